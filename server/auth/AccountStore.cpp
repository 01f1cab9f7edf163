#include "AccountStore.h"

#include "auth/Totp.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace pd::server {

AccountStore::AccountStore(const Database &db)
    : m_db(db)
{}

std::optional<AccountRecord> AccountStore::findWhere(const QString &condition,
                                                     const QString &value) const
{
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT id, email, password_hash, password_changed_at, created_at,"
                                " totp_secret, totp_enabled, totp_pending_secret FROM accounts"
                                " WHERE deleted_at IS NULL AND ") +
                     condition,
                 {value});
    if (!query.next())
        return std::nullopt;
    AccountRecord account;
    account.id = query.value(0).toString();
    account.email = query.value(1).toString();
    account.passwordHash = query.value(2).toString();
    account.passwordChangedAt = query.value(3).toLongLong();
    account.createdAt = query.value(4).toLongLong();
    account.totpSecret = query.value(5).toString();
    account.totpEnabled = query.value(6).toInt() != 0;
    account.totpPendingSecret = query.value(7).toString();
    return account;
}

std::optional<AccountRecord> AccountStore::findByEmail(const QString &email) const
{
    return findWhere(QStringLiteral("lower(email) = lower(?)"), email.trimmed());
}

std::optional<AccountRecord> AccountStore::findById(const QString &id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

bool AccountStore::acceptTotp(const QString &accountId, const QString &secret, const QString &code,
                              qint64 nowMs) const
{
    if (secret.isEmpty())
        return false;
    const qint64 step = Totp::matchStep(secret, code, nowMs / 1000, 1);
    if (step < 0)
        return false;
    // The conditional update is the replay check: a step at or before the
    // stored one changes no row.
    const QSqlQuery query =
        m_db.run(QStringLiteral(
                     "UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?"),
                 {step, accountId, step});
    return query.numRowsAffected() == 1;
}

void AccountStore::setPassword(const QString &accountId, const QString &passwordHash,
                               qint64 nowMs) const
{
    m_db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, password_changed_at = ?"
                            " WHERE id = ?"),
             {passwordHash, nowMs, accountId});
}

void AccountStore::setPendingTotp(const QString &accountId, const QString &secret) const
{
    m_db.run(QStringLiteral("UPDATE accounts SET totp_pending_secret = ? WHERE id = ?"),
             {secret, accountId});
}

bool AccountStore::enableTotp(const QString &accountId, const QString &pendingSecret) const
{
    const QSqlQuery query = m_db.run(
        QStringLiteral("UPDATE accounts SET totp_secret = totp_pending_secret, totp_enabled = 1,"
                       " totp_pending_secret = NULL"
                       " WHERE id = ? AND totp_enabled = 0 AND totp_pending_secret = ?"),
        {accountId, pendingSecret});
    return query.numRowsAffected() == 1;
}

bool AccountStore::disableTotp(const QString &accountId) const
{
    const QSqlQuery query =
        m_db.run(QStringLiteral("UPDATE accounts SET totp_enabled = 0, totp_secret = NULL,"
                                " totp_pending_secret = NULL WHERE id = ? AND totp_enabled = 1"),
                 {accountId});
    return query.numRowsAffected() == 1;
}

} // namespace pd::server
