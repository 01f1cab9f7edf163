#include "AccountPurger.h"

#include "db/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QStringList>

namespace pd::server {

AccountPurger::AccountPurger(const Database &db, int backupRetentionDays, const QByteArray &hashKey)
    : m_db(db)
    , m_backupRetentionDays(backupRetentionDays)
    , m_hashKey(hashKey)
{}

QString AccountPurger::emailHash(const QString &email, const QByteArray &hashKey)
{
    // Keyed: a plain SHA-256 of an email is reversed by hashing a list of
    // likely addresses, which would undo the erasure.
    return QString::fromLatin1(QMessageAuthenticationCode::hash(email.trimmed().toLower().toUtf8(),
                                                                hashKey, QCryptographicHash::Sha256)
                                   .toHex());
}

DeletionOutcome AccountPurger::purge(const QString &accountId, qint64 nowMs) const
{
    DeletionOutcome outcome{nowMs, nowMs + qint64(m_backupRetentionDays) * 24 * 3600 * 1000};
    QStringList archives;
    {
        Transaction transaction(m_db);
        QSqlQuery account =
            m_db.run(QStringLiteral("SELECT email FROM accounts WHERE id = ?"), {accountId});
        if (!account.next())
            throw DatabaseError("the account to purge does not exist");
        if (m_hashKey.size() < 32)
            throw DatabaseError("no server secret to key the erased email's hash");
        const QString hashedEmail = emailHash(account.value(0).toString(), m_hashKey);
        account.finish();

        QSqlQuery paths = m_db.run(
            QStringLiteral(
                "SELECT e.path FROM export_archives e JOIN requests r ON r.id = e.request_id"
                " WHERE r.account_id = ?"),
            {accountId});
        while (paths.next())
            archives << paths.value(0).toString();
        paths.finish();

        m_db.run(QStringLiteral(
                     "INSERT INTO deletion_records (account_id, email_hash, purged_at,"
                     " backups_retained_until) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (account_id) DO UPDATE SET email_hash = excluded.email_hash,"
                     " purged_at = excluded.purged_at,"
                     " backups_retained_until = excluded.backups_retained_until"),
                 {accountId, hashedEmail, outcome.purgedAt, outcome.backupsRetainedUntil});
        // Kept idempotent answers (a profile, say) are keyed by scope, not by
        // a foreign key.
        m_db.run(QStringLiteral("DELETE FROM idempotency_records WHERE scope = ?"),
                 {QString(QStringLiteral("account:") + accountId)});
        // Foreign keys cascade from here to every table holding the
        // account's data, sessions and tokens included.
        m_db.run(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId});
        transaction.commit();
    }
    for (const QString &path : std::as_const(archives))
        QFile::remove(path);
    return outcome;
}

} // namespace pd::server
