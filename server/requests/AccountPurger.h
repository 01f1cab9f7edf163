#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

class Database;

struct DeletionOutcome {
    qint64 purgedAt = 0;
    qint64 backupsRetainedUntil = 0;
};

// Erases an account: records the deletion (a keyed hash of the email only), then
// deletes the account row so every table that references it cascades
// (profile, data, sessions and tokens, requests) and removes the account's
// export archives from disk.
class AccountPurger
{
public:
    // `hashKey` keys the email hash kept in deletion_records.
    AccountPurger(const Database &db, int backupRetentionDays, const QByteArray &hashKey);
    // HMAC-SHA256 of the normalised email, hex.
    static QString emailHash(const QString &email, const QByteArray &hashKey);
    DeletionOutcome purge(const QString &accountId, qint64 nowMs) const;

private:
    const Database &m_db;
    int m_backupRetentionDays;
    QByteArray m_hashKey;
};

} // namespace pd::server
