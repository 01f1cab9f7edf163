#include "TokenService.h"

#include "auth/SessionStore.h"
#include "db/Database.h"
#include "kernel/Lifetime.h"
#include "kernel/ServerConfig.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace pd::server {

namespace {

QString randomBase64Url(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()),
                                          bytes / int(sizeof(quint32)));
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QJsonObject TokenSet::toJson() const
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("authenticated")},
                       {QStringLiteral("access_token"), accessToken},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), expiresIn},
                       {QStringLiteral("refresh_token"), refreshToken},
                       {QStringLiteral("session_id"), sessionId},
                       {QStringLiteral("account_id"), accountId}};
}

TokenService::TokenService(const Database &db, const SessionStore &sessions,
                           const ServerConfig &config, const QByteArray &serverSecret)
    : m_db(db)
    , m_sessions(sessions)
    , m_config(config)
    , m_box(serverSecret, "refresh-grace")
{}

QString TokenService::randomToken()
{
    return randomBase64Url(32);
}

QString TokenService::randomId()
{
    return randomBase64Url(16);
}

QString TokenService::hash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

TokenSet TokenService::issue(const QString &sessionId, qint64 nowMs) const
{
    TokenSet tokens;
    tokens.sessionId = sessionId;
    QSqlQuery owner =
        m_db.run(QStringLiteral("SELECT account_id FROM sessions WHERE id = ?"), {sessionId});
    if (owner.next())
        tokens.accountId = owner.value(0).toString();
    tokens.expiresIn = m_config.accessTokenSeconds;
    tokens.accessToken = randomToken();
    tokens.refreshToken = randomToken();
    m_db.run(QStringLiteral("DELETE FROM access_tokens WHERE session_id = ? AND expires_at <= ?"),
             {sessionId, nowMs});
    m_db.run(QStringLiteral("INSERT INTO access_tokens (token_hash, session_id, expires_at)"
                            " VALUES (?, ?, ?)"),
             {hash(tokens.accessToken), sessionId, nowMs + qint64(tokens.expiresIn) * 1000});
    m_db.run(QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, created_at,"
                            " expires_at) VALUES (?, ?, ?, ?)"),
             {hash(tokens.refreshToken), sessionId, nowMs,
              nowMs + qint64(m_config.refreshTokenDays) * 24 * 3600 * 1000});
    return tokens;
}

QString TokenService::clientMac(const QString &clientAddress) const
{
    return QString::fromLatin1(m_box.mac(clientAddress.toUtf8()));
}

void TokenService::rememberSuccessor(const QString &tokenHash, const TokenSet &tokens,
                                     const QString &clientAddress, qint64 nowMs) const
{
    // Past the window a successor is never handed out again: the table only
    // ever holds the last 30 seconds' rotations.
    m_db.run(QStringLiteral("DELETE FROM refresh_successors WHERE rotated_at < ?"),
             {nowMs - kRefreshGraceMs});
    const QJsonObject pair{{QStringLiteral("access_token"), tokens.accessToken},
                           {QStringLiteral("refresh_token"), tokens.refreshToken},
                           {QStringLiteral("session_id"), tokens.sessionId},
                           {QStringLiteral("account_id"), tokens.accountId},
                           {QStringLiteral("expires_in"), tokens.expiresIn}};
    m_db.run(QStringLiteral("INSERT INTO refresh_successors (token_hash, session_id,"
                            " successor_hash, client_mac, sealed, rotated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)"),
             {tokenHash, tokens.sessionId, hash(tokens.refreshToken), clientMac(clientAddress),
              QString::fromLatin1(m_box.seal(QJsonDocument(pair).toJson(QJsonDocument::Compact))),
              nowMs});
}

std::optional<TokenSet> TokenService::graceSuccessor(const QString &tokenHash,
                                                     const QString &clientAddress,
                                                     qint64 nowMs) const
{
    // Once the successor was itself used, the client that got it has moved
    // on, and a copy of the old token in other hands is a reuse after all.
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT s.sealed, s.client_mac, s.rotated_at FROM refresh_successors s"
                       " JOIN refresh_tokens r ON r.token_hash = s.successor_hash"
                       " WHERE s.token_hash = ? AND r.used_at IS NULL"),
        {tokenHash});
    if (!query.next() || !Lifetime::recent(nowMs, query.value(2).toLongLong(), kRefreshGraceMs) ||
        query.value(1).toString() != clientMac(clientAddress))
        return std::nullopt;
    const std::optional<QByteArray> opened = m_box.open(query.value(0).toString().toLatin1());
    if (!opened)
        return std::nullopt; // sealed under another secret: no grace
    const QJsonObject pair = QJsonDocument::fromJson(*opened).object();
    TokenSet tokens;
    tokens.accessToken = pair.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = pair.value(QLatin1String("refresh_token")).toString();
    tokens.sessionId = pair.value(QLatin1String("session_id")).toString();
    tokens.accountId = pair.value(QLatin1String("account_id")).toString();
    tokens.expiresIn = pair.value(QLatin1String("expires_in")).toInt();
    return tokens;
}

TokenService::RefreshResult TokenService::refresh(const QString &refreshToken, qint64 nowMs,
                                                  const QString &clientAddress) const
{
    const QString tokenHash = hash(refreshToken);
    Transaction transaction(m_db);
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT r.session_id, r.expires_at, r.used_at, s.account_id, s.revoked_at"
                       " FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id"
                       " WHERE r.token_hash = ?"),
        {tokenHash});
    RefreshResult result;
    if (!query.next())
        return result;
    result.sessionId = query.value(0).toString();
    result.accountId = query.value(3).toString();
    const qint64 expiresAt = query.value(1).toLongLong();
    const bool used = !query.value(2).isNull();
    const bool revoked = !query.value(4).isNull();
    query.finish();

    bool reused = used;
    // Twice its lifetime: a refresh token survives the clock going back by up
    // to its lifetime, so that correcting a clock does not sign everyone
    // out; the access tokens it renews follow the strict rule.
    const qint64 lifetimeMs = qint64(m_config.refreshTokenDays) * 24 * 3600 * 1000;
    if (!used && !revoked && Lifetime::alive(nowMs, expiresAt, 2 * lifetimeMs)) {
        // Conditional, so that of two concurrent uses only one rotates and
        // the other is treated as the reuse it is.
        const QSqlQuery spend =
            m_db.run(QStringLiteral("UPDATE refresh_tokens SET used_at = ?"
                                    " WHERE token_hash = ? AND used_at IS NULL"),
                     {nowMs, tokenHash});
        if (spend.numRowsAffected() == 1) {
            result.tokens = issue(result.sessionId, nowMs);
            m_sessions.touch(result.sessionId, nowMs);
            // In the same transaction: a retry that sees the token spent
            // also sees what it was spent on.
            rememberSuccessor(tokenHash, result.tokens, clientAddress, nowMs);
            transaction.commit();
            result.outcome = RefreshOutcome::Rotated;
            return result;
        }
        reused = true;
    }
    if (reused && !revoked) {
        // A retry of a refresh whose answer was lost (Qt re-sends a POST on
        // a dropped kept-alive connection) is not an attack.
        if (const std::optional<TokenSet> again = graceSuccessor(tokenHash, clientAddress, nowMs)) {
            result.tokens = *again;
            result.outcome = RefreshOutcome::Rotated;
            return result;
        }
    }
    if (reused) {
        // Someone holds a copy of a spent token: the legitimate client or an
        // attacker, and the server cannot tell which, so the family ends.
        result.sessionEnded = m_sessions.revoke(result.accountId, result.sessionId, nowMs);
        transaction.commit();
        result.outcome = RefreshOutcome::Reused;
        return result;
    }
    return result;
}

} // namespace pd::server
