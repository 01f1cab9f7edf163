#pragma once

#include "kernel/SecretBox.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pd::server {

class Database;
class SessionStore;
struct ServerConfig;

struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QString sessionId;
    // The account the session belongs to: an opaque id the client uses to
    // bind what it keeps across sessions (requests not sent yet) to it.
    QString accountId;
    int expiresIn = 0;

    QJsonObject toJson() const;
};

// Opaque bearer tokens. Only their SHA-256 hashes are stored, so a leaked
// database does not hand out live tokens. Refresh tokens rotate: each is
// good for one use, and using one twice ends the session (token family) -
// except within a short grace window, where the same client presenting the
// same token again (a retry after a lost answer) gets the same rotated pair
// as long as that pair is still unused. That pair is kept for the window in
// the database (refresh_successors), sealed with the server secret, so the
// retry may reach any server process behind a load balancer; it is deleted
// once the window has passed.
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

    TokenService(const Database &db, const SessionStore &sessions, const ServerConfig &config,
                 const QByteArray &serverSecret);

    TokenSet issue(const QString &sessionId, qint64 nowMs) const;
    // `clientAddress` identifies the caller for the grace window.
    RefreshResult refresh(const QString &refreshToken, qint64 nowMs,
                          const QString &clientAddress = {}) const;

    static constexpr qint64 kRefreshGraceMs = 30 * 1000;

    // 32 bytes from the system CSPRNG, base64url.
    static QString randomToken();
    // 16 bytes from the system CSPRNG, base64url: URL-safe record ids.
    static QString randomId();
    static QString hash(const QString &token);

private:
    // The pair a refresh token was rotated into, if the same client may
    // still be answered with it again.
    std::optional<TokenSet> graceSuccessor(const QString &tokenHash, const QString &clientAddress,
                                           qint64 nowMs) const;
    void rememberSuccessor(const QString &tokenHash, const TokenSet &tokens,
                           const QString &clientAddress, qint64 nowMs) const;
    QString clientMac(const QString &clientAddress) const;

    const Database &m_db;
    const SessionStore &m_sessions;
    const ServerConfig &m_config;
    // Seals the successors: the database alone never yields a usable token.
    SecretBox m_box;
};

} // namespace pd::server
