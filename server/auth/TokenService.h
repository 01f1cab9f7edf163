#pragma once

#include <QJsonObject>
#include <QString>

namespace pd {

class Database;
class SessionStore;
struct ServerConfig;

struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QString sessionId;
    int expiresIn = 0;

    QJsonObject toJson() const;
};

// Opaque bearer tokens. Only their SHA-256 hashes are stored, so a leaked
// database does not hand out live tokens. Refresh tokens rotate: each is
// good for one use, and using one twice ends the session (token family).
class TokenService
{
public:
    enum class RefreshOutcome { Rotated, Invalid, Reused };
    struct RefreshResult {
        RefreshOutcome outcome = RefreshOutcome::Invalid;
        TokenSet tokens;
        QString accountId; // known for Rotated and Reused
        QString sessionId;
        bool sessionEnded = false; // Reused: this call revoked the session
    };

    TokenService(const Database &db, const SessionStore &sessions, const ServerConfig &config);

    TokenSet issue(const QString &sessionId, qint64 nowMs) const;
    RefreshResult refresh(const QString &refreshToken, qint64 nowMs) const;

    // 32 bytes from the system CSPRNG, base64url.
    static QString randomToken();
    // 16 bytes from the system CSPRNG, base64url: URL-safe record ids.
    static QString randomId();
    static QString hash(const QString &token);

private:
    const Database &m_db;
    const SessionStore &m_sessions;
    const ServerConfig &m_config;
};

} // namespace pd
