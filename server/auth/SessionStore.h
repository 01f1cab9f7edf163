#pragma once

#include "auth/ClientInfo.h"
#include "http/HttpRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd::server {

class Database;

struct SessionRecord {
    QString id;
    QString deviceName;
    QString userAgent;
    QString ipAddress;
    QString location;
    QString authMethod; // password, password+totp, oidc, oidc+totp
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
};

// The `sessions` table. A session is one signed-in device; its tokens hang
// off it, so revoking the session ends every token of that family at once.
class SessionStore
{
public:
    // `accessTokenLifetimeMs`: what TokenService issues them for
    // (--access-token-seconds; ServerConfig's default here).
    explicit SessionStore(const Database &db, qint64 accessTokenLifetimeMs = 900 * 1000);

    // Returns the new session id.
    QString create(const QString &accountId, const ClientInfo &client, const QString &authMethod,
                   qint64 nowMs) const;
    // Resolves a hashed access token to its caller, or nullopt when unknown,
    // expired (Lifetime: also when the clock went back past its issue) or
    // the session is revoked.
    std::optional<AuthContext> authenticate(const QString &accessTokenHash, qint64 nowMs) const;
    void touch(const QString &sessionId, qint64 nowMs) const;
    void markReauthenticated(const QString &sessionId, qint64 nowMs) const;

    // False when the session is not the account's or already revoked.
    bool revoke(const QString &accountId, const QString &sessionId, qint64 nowMs) const;
    // Revokes every active session of the account except `keepSessionId`
    // (none when empty); returns how many.
    int revokeAll(const QString &accountId, const QString &keepSessionId, qint64 nowMs) const;

    // Active: not revoked and still renewable (an unexpired, unused refresh
    // token), newest use first.
    QList<SessionRecord> active(const QString &accountId, qint64 nowMs) const;
    std::optional<SessionRecord> find(const QString &accountId, const QString &sessionId) const;

private:
    const Database &m_db;
    qint64 m_accessTokenLifetimeMs;
};

} // namespace pd::server
