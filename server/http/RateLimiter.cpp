#include "RateLimiter.h"

#include "kernel/Clock.h"

#include <cmath>

namespace pd::server {

RateLimiter::RateLimiter(const Clock &clock, int perMinute)
    : m_clock(clock)
    , m_capacity(perMinute)
    , m_perMs(perMinute / 60000.0)
{}

int RateLimiter::acquire(const QString &key)
{
    if (m_capacity <= 0)
        return 0;
    const qint64 now = m_clock.nowMs();
    if (++m_acquiresSincePrune >= kPruneEvery)
        prune(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_capacity, now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(m_capacity, bucket.tokens + (now - bucket.updatedMs) * m_perMs);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return static_cast<int>(std::ceil((1.0 - bucket.tokens) / m_perMs / 1000.0));
}

void RateLimiter::prune(qint64 now)
{
    // A bucket that has refilled is the same as no bucket: dropping it keeps
    // the table as large as the clients of the last minute, not of all time.
    m_acquiresSincePrune = 0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens = it->tokens + (now - it->updatedMs) * m_perMs;
        it = tokens >= m_capacity ? m_buckets.erase(it) : std::next(it);
    }
}

} // namespace pd::server
