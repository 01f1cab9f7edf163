#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace pd::server {

class Clock;

// Counts failed password/TOTP attempts in a sliding window, independently per
// account email and per client address, so that neither guessing one
// account's password from many addresses nor many accounts from one address
// gets far. In memory on purpose: a restart forgets the counters, which only
// ever loosens the limit.
class SignInThrottle
{
public:
    struct Limits {
        int perAccount = 5;
        int perAddress = 20;
        qint64 windowMs = 15 * 60 * 1000;
    };

    explicit SignInThrottle(const Clock &clock);
    SignInThrottle(const Clock &clock, Limits limits);

    // 0 when an attempt may proceed, else the seconds until it may
    // (Retry-After). An empty email only checks the address.
    int retryAfterSeconds(const QString &email, const QString &address);
    void recordFailure(const QString &email, const QString &address);
    // A successful sign-in proves the password holder is back.
    void clearAccount(const QString &email);

private:
    using Failures = QList<qint64>;
    static QString accountKey(const QString &email);
    qint64 waitMs(QHash<QString, Failures> &table, const QString &key, int limit, qint64 now) const;
    void prune(Failures &failures, qint64 now) const;
    void pruneAll(qint64 now);

    const Clock &m_clock;
    Limits m_limits;
    QHash<QString, Failures> m_byAccount;
    QHash<QString, Failures> m_byAddress;
    int m_recordsSincePrune = 0;
};

} // namespace pd::server
