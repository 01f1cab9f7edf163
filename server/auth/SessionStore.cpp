#include "SessionStore.h"

#include "auth/TokenService.h"
#include "db/Database.h"
#include "kernel/Lifetime.h"

#include <QSqlQuery>

namespace pd::server {

namespace {

// last_seen_at is informational; writing it on every request would turn each
// read into a write.
constexpr qint64 kTouchIntervalMs = 60 * 1000;

SessionRecord readSession(const QSqlQuery &query)
{
    SessionRecord session;
    session.id = query.value(0).toString();
    session.deviceName = query.value(1).toString();
    session.userAgent = query.value(2).toString();
    session.ipAddress = query.value(3).toString();
    session.location = query.value(4).toString();
    session.createdAt = query.value(5).toLongLong();
    session.lastSeenAt = query.value(6).toLongLong();
    session.authMethod = query.value(7).toString();
    return session;
}

const QString kSessionColumns = QStringLiteral(
    "s.id, s.device_name, s.user_agent, s.ip_address, s.location, s.created_at, s.last_seen_at,"
    " s.auth_method");

} // namespace

SessionStore::SessionStore(const Database &db, qint64 accessTokenLifetimeMs)
    : m_db(db)
    , m_accessTokenLifetimeMs(accessTokenLifetimeMs)
{}

QString SessionStore::create(const QString &accountId, const ClientInfo &client,
                             const QString &authMethod, qint64 nowMs) const
{
    const QString id = TokenService::randomId();
    m_db.run(QStringLiteral("INSERT INTO sessions (id, account_id, device_name, user_agent,"
                            " ip_address, location, auth_method, created_at, last_seen_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, accountId, client.deviceName, client.userAgent, client.ipAddress, client.location,
              authMethod, nowMs, nowMs});
    return id;
}

std::optional<AuthContext> SessionStore::authenticate(const QString &accessTokenHash,
                                                      qint64 nowMs) const
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT s.id, s.account_id, s.reauthenticated_at, s.last_seen_at, t.expires_at"
        " FROM access_tokens t JOIN sessions s ON s.id = t.session_id"
        " WHERE t.token_hash = ? AND s.revoked_at IS NULL"));
    Database::exec(query, {accessTokenHash});
    if (!query.next())
        return std::nullopt;
    AuthContext context;
    context.sessionId = query.value(0).toString();
    context.accountId = query.value(1).toString();
    context.reauthenticatedAt = query.value(2).toLongLong();
    const qint64 lastSeen = query.value(3).toLongLong();
    const qint64 expiresAt = query.value(4).toLongLong();
    query.finish();
    if (!Lifetime::alive(nowMs, expiresAt, m_accessTokenLifetimeMs))
        return std::nullopt;
    // Also when the clock went back past the last touch: "last seen" would
    // otherwise stay in the future until the clock caught up.
    if (nowMs - lastSeen >= kTouchIntervalMs || lastSeen > nowMs)
        touch(context.sessionId, nowMs);
    return context;
}

void SessionStore::touch(const QString &sessionId, qint64 nowMs) const
{
    m_db.run(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"),
             {nowMs, sessionId});
}

void SessionStore::markReauthenticated(const QString &sessionId, qint64 nowMs) const
{
    m_db.run(QStringLiteral("UPDATE sessions SET reauthenticated_at = ?, last_seen_at = ?"
                            " WHERE id = ?"),
             {nowMs, nowMs, sessionId});
}

bool SessionStore::revoke(const QString &accountId, const QString &sessionId, qint64 nowMs) const
{
    const QSqlQuery query =
        m_db.run(QStringLiteral("UPDATE sessions SET revoked_at = ?"
                                " WHERE id = ? AND account_id = ? AND revoked_at IS NULL"),
                 {nowMs, sessionId, accountId});
    if (query.numRowsAffected() != 1)
        return false;
    // The join in authenticate() already rejects these; deleting them keeps
    // the token tables small. Refresh tokens stay so that a reused one is
    // still recognised as reuse.
    m_db.run(QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"), {sessionId});
    return true;
}

int SessionStore::revokeAll(const QString &accountId, const QString &keepSessionId,
                            qint64 nowMs) const
{
    int count = 0;
    QStringList ids;
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT id FROM sessions WHERE account_id = ? AND revoked_at IS NULL"),
        {accountId});
    while (query.next())
        ids.append(query.value(0).toString());
    for (const auto &id : std::as_const(ids)) {
        if (id != keepSessionId && revoke(accountId, id, nowMs))
            ++count;
    }
    return count;
}

QList<SessionRecord> SessionStore::active(const QString &accountId, qint64 nowMs) const
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT ") + kSessionColumns +
            QStringLiteral(" FROM sessions s WHERE s.account_id = ? AND s.revoked_at IS NULL"
                           " AND EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.session_id = s.id"
                           " AND r.used_at IS NULL AND r.expires_at > ?)"
                           " ORDER BY s.last_seen_at DESC, s.id"),
        {accountId, nowMs});
    QList<SessionRecord> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

std::optional<SessionRecord> SessionStore::find(const QString &accountId,
                                                const QString &sessionId) const
{
    QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + kSessionColumns +
                                   QStringLiteral(" FROM sessions s WHERE s.id = ?"
                                                  " AND s.account_id = ? AND s.revoked_at IS NULL"),
                               {sessionId, accountId});
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

} // namespace pd::server
