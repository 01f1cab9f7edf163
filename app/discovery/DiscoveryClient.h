#pragma once

#include "api/ApiClient.h"
#include "discovery/Discovery.h"
#include "net/ServerProfile.h"

#include <QCoreApplication>
#include <QObject>

namespace pd {

class ServerProfileStore;

// Adds a server from its base URL: fetches /.well-known/privacy-dashboard
// under the profile's TLS policy, checks the document, and saves the profile
// (named after the provider) in the store.
class DiscoveryClient : public QObject
{
    Q_OBJECT
public:
    // `store` may be null (fetch only); `dependencies` are passed on to the
    // ApiClient made for each fetch.
    explicit DiscoveryClient(ServerProfileStore *store, ApiClient::Dependencies dependencies = {},
                             QObject *parent = nullptr);

    // Fetches and checks the document; discovered() or failed() follows.
    void fetch(const ServerProfile &profile);
    // As fetch(), then names the profile after the provider, saves it and
    // emits serverAdded() (failed() otherwise).
    void addServer(const ServerProfile &candidate);

    // The checks beyond parsing: API version 1 on the profile's own origin.
    static std::optional<ApiError> check(const ServerProfile &profile, const Discovery &discovery);

Q_SIGNALS:
    void discovered(const pd::ServerProfile &profile, const pd::Discovery &discovery);
    void serverAdded(const pd::ServerProfile &profile, const pd::Discovery &discovery);
    void failed(const pd::ServerProfile &profile, const pd::ApiError &error);

private:
    void run(const ServerProfile &profile, bool save);

    ServerProfileStore *m_store;
    ApiClient::Dependencies m_dependencies;
};

} // namespace pd
