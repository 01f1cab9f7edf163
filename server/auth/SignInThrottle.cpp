#include "SignInThrottle.h"

#include "kernel/Clock.h"

namespace pd::server {

SignInThrottle::SignInThrottle(const Clock &clock)
    : SignInThrottle(clock, Limits{})
{}

SignInThrottle::SignInThrottle(const Clock &clock, Limits limits)
    : m_clock(clock)
    , m_limits(limits)
{}

QString SignInThrottle::accountKey(const QString &email)
{
    return email.trimmed().toLower();
}

void SignInThrottle::prune(Failures &failures, qint64 now) const
{
    const qint64 oldest = now - m_limits.windowMs;
    while (!failures.isEmpty() && failures.constFirst() <= oldest)
        failures.removeFirst();
}

qint64 SignInThrottle::waitMs(QHash<QString, Failures> &table, const QString &key, int limit,
                              qint64 now) const
{
    const auto it = table.find(key);
    if (it == table.end())
        return 0;
    prune(*it, now);
    if (it->size() < limit)
        return 0;
    // The attempt that pushed the count to the limit has to leave the window
    // before the next one is allowed.
    return it->at(it->size() - limit) + m_limits.windowMs - now;
}

int SignInThrottle::retryAfterSeconds(const QString &email, const QString &address)
{
    const qint64 now = m_clock.nowMs();
    qint64 wait = waitMs(m_byAddress, address, m_limits.perAddress, now);
    if (!email.trimmed().isEmpty())
        wait = qMax(wait, waitMs(m_byAccount, accountKey(email), m_limits.perAccount, now));
    if (wait <= 0)
        return 0;
    return int((wait + 999) / 1000);
}

void SignInThrottle::recordFailure(const QString &email, const QString &address)
{
    const qint64 now = m_clock.nowMs();
    if (++m_recordsSincePrune >= 1000)
        pruneAll(now);
    m_byAddress[address].append(now);
    if (!email.trimmed().isEmpty())
        m_byAccount[accountKey(email)].append(now);
}

void SignInThrottle::clearAccount(const QString &email)
{
    m_byAccount.remove(accountKey(email));
}

void SignInThrottle::pruneAll(qint64 now)
{
    m_recordsSincePrune = 0;
    for (auto *table : {&m_byAccount, &m_byAddress}) {
        for (auto it = table->begin(); it != table->end();) {
            prune(*it, now);
            it = it->isEmpty() ? table->erase(it) : std::next(it);
        }
    }
}

} // namespace pd::server
