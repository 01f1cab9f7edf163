#pragma once

#include "http/HttpRequest.h"
#include "kernel/ServerContext.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pd::server {

class AccountStore;
class CredentialRoutes;
class HttpRouter;
class MfaChallengeStore;
class OidcRoutes;
class OidcVerifier;
class PasswordChecks;
class SecurityLog;
class SessionRoutes;
class SessionStore;
class SignInRoutes;
class SignInThrottle;
class TokenService;
struct AuthServices;

// Sign-in (password, TOTP, OpenID Connect), tokens, sessions, security
// settings. Owns its services; see docs/api/conventions.md "Auth".
class AuthModule : public QObject
{
    Q_OBJECT
public:
    AuthModule(const ServerContext &context, QObject *parent = nullptr);
    ~AuthModule() override;

    void registerRoutes(HttpRouter &router);
    // Resolves a bearer access token; nullopt when unknown, expired or revoked.
    std::optional<AuthContext> authenticate(const QByteArray &accessToken);

private:
    const ServerContext &m_context;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<MfaChallengeStore> m_challenges;
    std::unique_ptr<SecurityLog> m_log;
    std::unique_ptr<SignInThrottle> m_throttle;
    OidcVerifier *m_oidc;
    std::unique_ptr<PasswordChecks> m_ownPasswords; // without the context's
    std::unique_ptr<AuthServices> m_services;
    std::unique_ptr<SignInRoutes> m_signIn;
    std::unique_ptr<OidcRoutes> m_oidcRoutes;
    std::unique_ptr<SessionRoutes> m_sessionRoutes;
    std::unique_ptr<CredentialRoutes> m_credentialRoutes;
};

} // namespace pd::server
