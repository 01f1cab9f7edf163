#pragma once

#include "auth/AuthServices.h"
#include "auth/SessionOpener.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace pd {

class HttpRouter;
struct AccountRecord;

// POST /auth/oidc: exchanges a verified ID token of a configured OpenID
// Provider for a session.
class OidcRoutes
{
public:
    explicit OidcRoutes(const AuthServices &services);
    void registerRoutes(HttpRouter &router);

private:
    HttpResponse exchange(const HttpRequest &request);
    // The linked account for (issuer, subject), else the account with the
    // verified email, which then gets linked.
    std::optional<AccountRecord> resolveAccount(const QString &issuer, const QString &subject,
                                                const QString &email) const;

    const AuthServices &m_services;
    SessionOpener m_opener;
};

} // namespace pd
