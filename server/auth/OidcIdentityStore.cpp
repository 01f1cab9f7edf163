#include "OidcIdentityStore.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace pd::server {

OidcIdentityStore::OidcIdentityStore(const Database &db)
    : m_db(db)
{}

QString OidcIdentityStore::idOf(const QString &issuer, const QString &subject)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(issuer.toUtf8() + '\n' + subject.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

std::optional<QString> OidcIdentityStore::accountFor(const QString &issuer,
                                                     const QString &subject) const
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT account_id FROM oidc_identities WHERE issuer = ? AND subject = ?"),
        {issuer, subject});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QList<OidcIdentity> OidcIdentityStore::list(const QString &accountId) const
{
    QSqlQuery query = m_db.run(QStringLiteral("SELECT issuer, subject, linked_at FROM"
                                              " oidc_identities WHERE account_id = ?"
                                              " ORDER BY linked_at, issuer, subject"),
                               {accountId});
    QList<OidcIdentity> identities;
    while (query.next()) {
        const QString issuer = query.value(0).toString();
        const QString subject = query.value(1).toString();
        identities.append({idOf(issuer, subject), issuer, subject, query.value(2).toLongLong()});
    }
    return identities;
}

OidcIdentityStore::LinkOutcome OidcIdentityStore::link(const QString &accountId,
                                                       const QString &issuer,
                                                       const QString &subject, qint64 nowMs) const
{
    const QSqlQuery insert = m_db.run(
        QStringLiteral("INSERT INTO oidc_identities (issuer, subject, account_id, linked_at)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (issuer, subject) DO NOTHING"),
        {issuer, subject, accountId, nowMs});
    if (insert.numRowsAffected() == 1)
        return LinkOutcome::Linked;
    return accountFor(issuer, subject) == accountId ? LinkOutcome::AlreadyLinked
                                                    : LinkOutcome::OtherAccount;
}

bool OidcIdentityStore::unlink(const QString &accountId, const QString &id) const
{
    for (const OidcIdentity &identity : list(accountId)) {
        if (identity.id != id)
            continue;
        const QSqlQuery removed =
            m_db.run(QStringLiteral("DELETE FROM oidc_identities WHERE issuer = ? AND subject = ?"
                                    " AND account_id = ?"),
                     {identity.issuer, identity.subject, accountId});
        return removed.numRowsAffected() == 1;
    }
    return false;
}

} // namespace pd::server
