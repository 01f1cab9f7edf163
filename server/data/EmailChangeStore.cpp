#include "EmailChangeStore.h"

#include "db/Database.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace pd::server {

EmailChangeStore::EmailChangeStore(const Database &db, QByteArray secret)
    : m_db(db)
    , m_secret(std::move(secret))
{}

QString EmailChangeStore::newCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10,
                                    QLatin1Char('0'));
}

QString EmailChangeStore::codeHash(const QString &accountId, const QString &newEmail,
                                   const QString &code) const
{
    // Bound to the account and the address, so a code mailed for one change
    // confirms no other.
    const QByteArray message =
        QByteArray(accountId.toUtf8() + '\n' + newEmail.toUtf8() + '\n' + code.toUtf8());
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex());
}

std::optional<PendingEmailChange> EmailChangeStore::find(const QString &accountId,
                                                         qint64 nowMs) const
{
    m_db.run(QStringLiteral("DELETE FROM email_changes WHERE account_id = ?"
                            " AND (expires_at <= ? OR attempts >= ?)"),
             {accountId, nowMs, kMaxAttempts});
    QSqlQuery query = m_db.run(QStringLiteral("SELECT new_email, expires_at, attempts"
                                              " FROM email_changes WHERE account_id = ?"),
                               {accountId});
    if (!query.next())
        return std::nullopt;
    return PendingEmailChange{query.value(0).toString(), query.value(1).toLongLong(),
                              kMaxAttempts - query.value(2).toInt()};
}

QString EmailChangeStore::start(const QString &accountId, const QString &newEmail,
                                qint64 nowMs) const
{
    const QString code = newCode();
    m_db.run(QStringLiteral("DELETE FROM email_changes WHERE account_id = ?"), {accountId});
    m_db.run(
        QStringLiteral("INSERT INTO email_changes (account_id, new_email, code_hash,"
                       " created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
        {accountId, newEmail, codeHash(accountId, newEmail, code), nowMs, nowMs + kLifetimeMs});
    return code;
}

std::optional<QString> EmailChangeStore::resend(const QString &accountId, qint64 nowMs,
                                                bool *limitReached) const
{
    *limitReached = false;
    const std::optional<PendingEmailChange> pending = find(accountId, nowMs);
    if (!pending)
        return std::nullopt;
    const QString code = newCode();
    const QSqlQuery update = m_db.run(
        QStringLiteral("UPDATE email_changes SET code_hash = ?, attempts = 0, expires_at = ?,"
                       " sends = sends + 1 WHERE account_id = ? AND sends < ?"),
        {codeHash(accountId, pending->newEmail, code), nowMs + kLifetimeMs, accountId, kMaxSends});
    if (update.numRowsAffected() != 1) {
        *limitReached = true;
        return std::nullopt;
    }
    return code;
}

EmailChangeStore::Outcome EmailChangeStore::confirm(const QString &accountId, const QString &code,
                                                    qint64 nowMs, QString *newEmail,
                                                    int *attemptsLeft) const
{
    *attemptsLeft = 0;
    const QSqlQuery counted =
        m_db.run(QStringLiteral("UPDATE email_changes SET attempts = attempts + 1"
                                " WHERE account_id = ? AND attempts < ? AND expires_at > ?"),
                 {accountId, kMaxAttempts, nowMs});
    if (counted.numRowsAffected() != 1) {
        find(accountId, nowMs); // removes a spent change
        return Outcome::NoChange;
    }
    QSqlQuery query = m_db.run(QStringLiteral("SELECT new_email, code_hash, attempts"
                                              " FROM email_changes WHERE account_id = ?"),
                               {accountId});
    if (!query.next())
        return Outcome::NoChange;
    const QString email = query.value(0).toString();
    const QByteArray stored = query.value(1).toString().toLatin1();
    const QByteArray given = codeHash(accountId, email, code).toLatin1();
    // Both are hex digests of the same length; compare without an early exit.
    unsigned char difference = stored.size() == given.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(stored.size(), given.size()); ++i)
        difference |= static_cast<unsigned char>(stored.at(i) ^ given.at(i));
    if (difference != 0) {
        *attemptsLeft = kMaxAttempts - query.value(2).toInt();
        if (*attemptsLeft <= 0)
            cancel(accountId);
        return Outcome::Wrong;
    }
    cancel(accountId);
    *newEmail = email;
    return Outcome::Accepted;
}

bool EmailChangeStore::cancel(const QString &accountId) const
{
    const QSqlQuery removed =
        m_db.run(QStringLiteral("DELETE FROM email_changes WHERE account_id = ?"), {accountId});
    return removed.numRowsAffected() > 0;
}

} // namespace pd::server
