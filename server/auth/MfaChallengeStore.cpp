#include "MfaChallengeStore.h"

#include "auth/TokenService.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace pd::server {

MfaChallengeStore::MfaChallengeStore(const Database &db)
    : m_db(db)
{}

QString MfaChallengeStore::create(const QString &accountId, const ClientInfo &client, qint64 nowMs,
                                  const QString &authMethod) const
{
    m_db.run(QStringLiteral("DELETE FROM mfa_challenges WHERE expires_at <= ?"), {nowMs});
    const QString id = TokenService::randomId();
    m_db.run(QStringLiteral("INSERT INTO mfa_challenges (id, account_id, device_name, user_agent,"
                            " ip_address, expires_at, auth_method) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {id, accountId, client.deviceName, client.userAgent, client.ipAddress,
              nowMs + qint64(kLifetimeSeconds) * 1000, authMethod});
    return id;
}

std::optional<MfaChallenge> MfaChallengeStore::open(const QString &id, qint64 nowMs) const
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT account_id, device_name, user_agent, ip_address, auth_method"
                       " FROM mfa_challenges"
                       " WHERE id = ? AND used_at IS NULL AND expires_at > ? AND attempts < ?"),
        {id, nowMs, kMaxAttempts});
    if (!query.next())
        return std::nullopt;
    MfaChallenge challenge;
    challenge.id = id;
    challenge.accountId = query.value(0).toString();
    challenge.client.deviceName = query.value(1).toString();
    challenge.client.userAgent = query.value(2).toString();
    challenge.client.ipAddress = query.value(3).toString();
    challenge.authMethod = query.value(4).toString();
    return challenge;
}

void MfaChallengeStore::recordFailure(const QString &id) const
{
    m_db.run(QStringLiteral("UPDATE mfa_challenges SET attempts = attempts + 1 WHERE id = ?"),
             {id});
}

bool MfaChallengeStore::consume(const QString &id, qint64 nowMs) const
{
    const QSqlQuery query = m_db.run(
        QStringLiteral("UPDATE mfa_challenges SET used_at = ? WHERE id = ? AND used_at IS NULL"),
        {nowMs, id});
    return query.numRowsAffected() == 1;
}

} // namespace pd::server
