#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

class Clock;
class Database;

// Counts failed password/TOTP attempts in a sliding window, independently per
// account email and per client address, so that neither guessing one
// account's password from many addresses nor many accounts from one address
// gets far. The failures live in the database (sign_in_failures), so that
// every server process on it counts the same attempts: an attacker spread
// over the instances behind a load balancer gets no more tries than against
// one. Emails and addresses are stored as keyed hashes, and rows older than
// the window are pruned.
class SignInThrottle
{
public:
    struct Limits {
        int perAccount = 5;
        int perAddress = 20;
        qint64 windowMs = 15 * 60 * 1000;
    };

    // `scope` keeps separate counters apart in the one table (password
    // sign-in, OpenID Connect); `keySecret` keys the hashes.
    SignInThrottle(const Database &db, const Clock &clock, const QByteArray &keySecret,
                   const QString &scope = QStringLiteral("sign-in"));
    SignInThrottle(const Database &db, const Clock &clock, const QByteArray &keySecret,
                   const QString &scope, Limits limits);

    // 0 when an attempt may proceed, else the seconds until it may
    // (Retry-After). An empty email only checks the address.
    int retryAfterSeconds(const QString &email, const QString &address) const;
    void recordFailure(const QString &email, const QString &address);
    // A successful sign-in proves the password holder is back.
    void clearAccount(const QString &email) const;

    static constexpr qint64 kPruneEveryMs = 60 * 1000;

private:
    QString accountKey(const QString &email) const;
    QString addressKey(const QString &address) const;
    QString keyHash(const QString &kind, const QString &value) const;

    const Database &m_db;
    const Clock &m_clock;
    QByteArray m_keySecret;
    QString m_scope;
    Limits m_limits;
    qint64 m_nextPruneMs = 0;
};

} // namespace pd::server
