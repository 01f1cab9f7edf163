#include "RateLimiter.h"

#include "db/Database.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"

#include <QLoggingCategory>

#include <cmath>

namespace pd::server {

Q_LOGGING_CATEGORY(lcRateLimit, "pd.server.ratelimit", QtInfoMsg)

RateLimiter::RateLimiter(const Clock &clock, int perMinute, const Database *shared)
    : m_clock(clock)
    , m_shared(shared)
    , m_capacity(perMinute)
    , m_perMs(perMinute / 60000.0)
{}

int RateLimiter::acquire(const QString &key)
{
    if (m_capacity <= 0)
        return 0;
    const qint64 now = m_clock.nowMs();
    return m_shared ? acquireShared(key, now) : acquireInMemory(key, now);
}

qint64 RateLimiter::elapsedSince(qint64 thenMs, qint64 nowMs)
{
    return std::max<qint64>(0, nowMs - thenMs);
}

int RateLimiter::acquireInMemory(const QString &key, qint64 now)
{
    const QMutexLocker lock(&m_mutex);
    if (++m_acquiresSincePrune >= kPruneEvery)
        prune(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_capacity, now});
    Bucket &bucket = *it;
    // A clock set back neither refills nor drains the bucket: it refills
    // from the new "now" on (a negative interval would take tokens away for
    // as long as the clock went back).
    bucket.tokens =
        std::min(m_capacity, bucket.tokens + elapsedSince(bucket.updatedMs, now) * m_perMs);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return static_cast<int>(std::ceil((1.0 - bucket.tokens) / m_perMs / 1000.0));
}

int RateLimiter::acquireShared(const QString &key, qint64 now)
{
    // GCRA: each request moves the bucket's "theoretical arrival time" on by
    // one interval; a request is allowed while that time is at most a burst
    // (capacity - 1 intervals) ahead of now. Microseconds keep the interval
    // exact enough for any --rate-limit.
    const qint64 nowUs = now * 1000;
    const auto intervalUs = static_cast<qint64>(std::llround(60'000'000.0 / m_capacity));
    const qint64 burstUs = intervalUs * (static_cast<qint64>(m_capacity) - 1);
    try {
        if (now >= m_nextSharedPruneMs) {
            // A bucket whose time has passed is full, the same as no row.
            m_nextSharedPruneMs = now + kSharedPruneEveryMs;
            m_shared->run(QStringLiteral("DELETE FROM rate_limits WHERE tat_us <= ?"), {nowUs});
        }
        // One statement: the conditional update is the check, so two
        // instances can never both take the last token. No row back means
        // the bucket is empty.
        // A bucket's time is never more than burst + interval ahead of now
        // (plus the skew between servers' clocks), unless the clock went
        // back: then the bucket starts afresh, rather than refusing the
        // client for as long as the clock went back.
        QSqlQuery &take = m_shared->prepared(QStringLiteral(
            "INSERT INTO rate_limits (bucket, tat_us) VALUES (?, ?)"
            " ON CONFLICT (bucket) DO UPDATE SET tat_us ="
            " (CASE WHEN rate_limits.tat_us > ? AND rate_limits.tat_us <= ?"
            " THEN rate_limits.tat_us ELSE ? END) + ?"
            " WHERE rate_limits.tat_us <= ? OR rate_limits.tat_us > ? RETURNING tat_us"));
        const qint64 farthestUs = nowUs + burstUs + intervalUs + Lifetime::kClockSkewMs * 1000;
        Database::exec(take, {key, nowUs + intervalUs, nowUs, farthestUs, nowUs, intervalUs,
                              nowUs + burstUs, farthestUs});
        const bool allowed = take.next();
        take.finish();
        if (allowed)
            return 0;
        QSqlQuery held =
            m_shared->run(QStringLiteral("SELECT tat_us FROM rate_limits WHERE bucket = ?"), {key});
        const qint64 waitUs = held.next() ? held.value(0).toLongLong() - burstUs - nowUs : 0;
        return std::max(1, static_cast<int>((waitUs + 999'999) / 1'000'000));
    } catch (const DatabaseError &) {
        // A limiter that cannot count lets requests through rather than
        // turning a database hiccup into an outage; the handler's own
        // statements will fail loudly enough.
        if (!m_warned)
            qCWarning(lcRateLimit) << "the shared rate limit is unavailable; not limiting";
        m_warned = true;
        return 0;
    }
}

qsizetype RateLimiter::trackedClients() const
{
    if (!m_shared) {
        const QMutexLocker lock(&m_mutex);
        return m_buckets.size();
    }
    QSqlQuery count = m_shared->run(QStringLiteral("SELECT COUNT(*) FROM rate_limits"));
    return count.next() ? count.value(0).toLongLong() : 0;
}

void RateLimiter::prune(qint64 now)
{
    // A bucket that has refilled is the same as no bucket: dropping it keeps
    // the table as large as the clients of the last minute, not of all time.
    m_acquiresSincePrune = 0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens = it->tokens + elapsedSince(it->updatedMs, now) * m_perMs;
        it = tokens >= m_capacity ? m_buckets.erase(it) : std::next(it);
    }
}

} // namespace pd::server
