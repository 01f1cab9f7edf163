#pragma once

#include "api/ApiClient.h"
#include "auth/AuthService.h"
#include "auth/MemoryTokenStore.h"
#include "common/ApiResult.h"
#include "export/ExportResult.h"

#include "TestServer.h"

#include <memory>
#include <optional>

namespace pd::test {

// The client core's side of an export against the reference backend: an
// ApiClient and AuthService signed in to a demo account, then submit an
// export, wait for it to complete and read the request's result.
class ExportFlow
{
public:
    explicit ExportFlow(TestServer &server);
    ~ExportFlow();

    ApiClient &client() { return *m_client; }
    // Password sign-in (and the TOTP challenge when the account has one).
    bool signIn(const DemoAccount &account, QString *error);
    // One blocking API call.
    ApiResult call(const ApiRequest &request);
    // POST /requests for an export of `categories` as `format`, then polls
    // until it completes; nullopt and *error otherwise.
    std::optional<ExportResult> requestExport(const QStringList &categories, const QString &format,
                                              const QByteArray &idempotencyKey, QString *error);
    // `total` of GET /<resource>?limit=1.
    qint64 total(const QString &resource);

private:
    TestServer &m_server;
    MemoryTokenStore m_store;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuthService> m_auth;
};

} // namespace pd::test
