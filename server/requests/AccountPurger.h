#pragma once

#include <QString>

namespace pd {

class Database;

struct DeletionOutcome {
    qint64 purgedAt = 0;
    qint64 backupsRetainedUntil = 0;
};

// Erases an account: records the deletion (hash of the email only), then
// deletes the account row so every table that references it cascades
// (profile, data, sessions and tokens, requests) and removes the account's
// export archives from disk.
class AccountPurger
{
public:
    AccountPurger(const Database &db, int backupRetentionDays);
    DeletionOutcome purge(const QString &accountId, qint64 nowMs) const;

private:
    const Database &m_db;
    int m_backupRetentionDays;
};

} // namespace pd
