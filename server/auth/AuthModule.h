#pragma once

#include "core/ServerContext.h"
#include "http/HttpRequest.h"

#include <QObject>

#include <optional>

namespace pd {

class HttpRouter;

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
};

} // namespace pd
