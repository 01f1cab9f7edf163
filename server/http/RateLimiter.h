#pragma once

#include <QHash>
#include <QString>

namespace pd::server {

class Clock;

// A token bucket per client key: `perMinute` requests a minute with the same
// burst. acquire() answers 0 when the request may proceed, otherwise the
// whole seconds to wait (the Retry-After value).
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int perMinute);

    int acquire(const QString &key);
    // Buckets held, for tests: full ones are pruned as requests come in.
    qsizetype trackedClients() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    static constexpr int kPruneEvery = 1000;
    void prune(qint64 now);

    const Clock &m_clock;
    double m_capacity;
    double m_perMs;
    QHash<QString, Bucket> m_buckets;
    int m_acquiresSincePrune = 0;
};

} // namespace pd::server
