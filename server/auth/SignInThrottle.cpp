#include "SignInThrottle.h"

#include "db/Database.h"
#include "kernel/Clock.h"

#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace pd::server {

SignInThrottle::SignInThrottle(const Database &db, const Clock &clock, const QByteArray &keySecret,
                               const QString &scope)
    : SignInThrottle(db, clock, keySecret, scope, Limits{})
{}

SignInThrottle::SignInThrottle(const Database &db, const Clock &clock, const QByteArray &keySecret,
                               const QString &scope, Limits limits)
    : m_db(db)
    , m_clock(clock)
    , m_keySecret(keySecret)
    , m_scope(scope)
    , m_limits(limits)
{}

QString SignInThrottle::keyHash(const QString &kind, const QString &value) const
{
    // Keyed: a plain hash of an email is reversed by hashing a list of them.
    const QByteArray message = m_scope.toUtf8() + '\n' + kind.toUtf8() + '\n' + value.toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_keySecret, QCryptographicHash::Sha256).toHex());
}

QString SignInThrottle::accountKey(const QString &email) const
{
    return keyHash(QStringLiteral("account"), email.trimmed().toLower());
}

QString SignInThrottle::addressKey(const QString &address) const
{
    return keyHash(QStringLiteral("address"), address);
}

int SignInThrottle::retryAfterSeconds(const QString &email, const QString &address) const
{
    const qint64 now = m_clock.nowMs();
    const qint64 oldest = now - m_limits.windowMs;
    // The failure that pushed a count to its limit has to leave the window
    // before the next attempt is allowed: the limit-th newest one, for the
    // address and the account, in one round trip.
    const bool withAccount = !email.trimmed().isEmpty();
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT (SELECT at FROM sign_in_failures WHERE key_hash = ? AND at > ?"
                       " ORDER BY at DESC LIMIT 1 OFFSET ?),"
                       " (SELECT at FROM sign_in_failures WHERE key_hash = ? AND at > ?"
                       " ORDER BY at DESC LIMIT 1 OFFSET ?)"));
    Database::exec(query,
                   {addressKey(address), oldest, m_limits.perAddress - 1,
                    withAccount ? accountKey(email) : QString(), oldest, m_limits.perAccount - 1});
    qint64 wait = 0;
    if (query.next()) {
        for (int column = 0; column < 2; ++column) {
            if (!query.value(column).isNull())
                wait = qMax(wait, query.value(column).toLongLong() + m_limits.windowMs - now);
        }
    }
    query.finish();
    if (wait <= 0)
        return 0;
    return int((wait + 999) / 1000);
}

void SignInThrottle::recordFailure(const QString &email, const QString &address)
{
    const qint64 now = m_clock.nowMs();
    if (now >= m_nextPruneMs) {
        // As the in-memory counters were: nothing older than the window is kept.
        m_nextPruneMs = now + kPruneEveryMs;
        m_db.run(QStringLiteral("DELETE FROM sign_in_failures WHERE at <= ?"),
                 {now - m_limits.windowMs});
    }
    if (email.trimmed().isEmpty()) {
        m_db.run(QStringLiteral("INSERT INTO sign_in_failures (key_hash, at) VALUES (?, ?)"),
                 {addressKey(address), now});
        return;
    }
    m_db.run(QStringLiteral("INSERT INTO sign_in_failures (key_hash, at) VALUES (?, ?), (?, ?)"),
             {addressKey(address), now, accountKey(email), now});
}

void SignInThrottle::clearAccount(const QString &email) const
{
    m_db.run(QStringLiteral("DELETE FROM sign_in_failures WHERE key_hash = ?"),
             {accountKey(email)});
}

} // namespace pd::server
