#pragma once

#include "auth/AuthServices.h"
#include "auth/OidcVerifier.h"
#include "auth/SessionOpener.h"
#include "auth/SignInThrottle.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace pd::server {

class HttpRouter;
struct ClientInfo;

// OpenID Connect: POST /auth/oidc/nonce hands out the nonce an ID token must
// carry; POST /auth/oidc exchanges a verified ID token of a linked identity
// for a session (or the TOTP step, when the account has two-factor on);
// /auth/oidc/identities lists, links (re-authenticated, with an ID token of
// its own) and unlinks identities. An identity is never linked by email.
class OidcRoutes
{
public:
    explicit OidcRoutes(const AuthServices &services);
    void registerRoutes(HttpRouter &router);

private:
    struct Checked {
        std::optional<HttpResponse> error;
        const OidcIssuerConfig *issuer = nullptr;
        JwtVerifier::Claims claims;
        QString deviceName;
    };
    // Body checks, throttling, signature and claims, and the nonce's single
    // use: everything the exchange and the linking share.
    Checked checkToken(const HttpRequest &request, bool withDeviceName);

    HttpResponse nonce(const HttpRequest &request);
    HttpResponse exchange(const HttpRequest &request);
    HttpResponse identities(const HttpRequest &request);
    HttpResponse link(const HttpRequest &request);
    HttpResponse unlink(const HttpRequest &request);
    bool recentlyReauthenticated(const HttpRequest &request) const;
    QJsonObject identityJson(const QString &id, const QString &issuer, const QString &subject,
                             qint64 linkedAt) const;

    const AuthServices &m_services;
    SessionOpener m_opener;
    // Failed ID tokens per client address, apart from password failures:
    // a signed token cannot be guessed, but a flood of them costs signature
    // checks and probes the provider's keys.
    SignInThrottle m_failures;
};

} // namespace pd::server
