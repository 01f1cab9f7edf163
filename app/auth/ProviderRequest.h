#pragma once

#include "common/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>

namespace pd {

class ApiClient;
class HttpExchange;

// One HTTPS exchange with an OpenID Provider (its metadata document, its
// token endpoint). The provider is not our API server, so ApiJob's rules
// for it (origin-bound redirects, the server's key pin, bearer tokens) do
// not apply; the transport's do (HttpExchange): the client's network and
// CA bundle with full verification, HTTP/2 off, no redirects, a size cap on
// the JSON answer and an inactivity timeout. Deletes itself after
// finished().
class ProviderRequest : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kTimeout{30000};

    static ProviderRequest *get(ApiClient *client, const QUrl &url, QObject *parent);
    // application/x-www-form-urlencoded, as the token endpoint requires.
    static ProviderRequest *postForm(ApiClient *client, const QUrl &url, const QUrlQuery &form,
                                     QObject *parent);
    ~ProviderRequest() override;

    void cancel();

Q_SIGNALS:
    // result.json on success; on an OAuth error answer (400 with a JSON body)
    // both result.json and result.error are set.
    void finished(const pd::ApiResult &result);

private:
    ProviderRequest(ApiClient *client, QObject *parent);
    void start(const QUrl &url, const QByteArray *formBody);
    void onFinished();
    void finish(ApiResult result);

    ApiClient *m_client;
    QPointer<HttpExchange> m_exchange;
    bool m_done = false;
};

} // namespace pd
