#pragma once

#include "auth/AuthServices.h"
#include "auth/ClientInfo.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <optional>

namespace pd::server {

class HttpRouter;
struct AccountRecord;

// Changing credentials of the signed-in account: re-authentication, the
// password, and two-factor enrolment.
class CredentialRoutes
{
public:
    static constexpr qint64 kReauthenticationWindowMs = 5 * 60 * 1000;

    explicit CredentialRoutes(const AuthServices &services);
    void registerRoutes(HttpRouter &router);

private:
    HttpResponse reauthenticate(const HttpRequest &request);
    HttpResponse changePassword(const HttpRequest &request);
    HttpResponse enrolTotp(const HttpRequest &request);
    HttpResponse confirmTotp(const HttpRequest &request);
    HttpResponse disableTotp(const HttpRequest &request);

    bool recentlyReauthenticated(const AuthContext &caller) const;
    // Counts a failed proof towards sign-in throttling and logs it.
    HttpResponse rejectProof(const AccountRecord &account, const ClientInfo &client,
                             const char *event, const QString &what) const;
    std::optional<HttpResponse> throttledFor(const AccountRecord &account,
                                             const ClientInfo &client) const;
    QString sessionDevice(const AuthContext &caller) const;

    const AuthServices &m_services;
};

} // namespace pd::server
