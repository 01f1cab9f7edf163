#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace pd::server {

class Clock;
class Database;

// A token bucket per client key: `perMinute` requests a minute with the same
// burst. acquire() answers 0 when the request may proceed, otherwise the
// whole seconds to wait (the Retry-After value).
//
// With a database the buckets live in its rate_limits table, shared by every
// server process on it (several instances behind a load balancer): one
// upsert per request, as GCRA (a bucket is the time at which it would be
// full again). Without one (SQLite, which serves a single process) they stay
// in this process's memory and cost no write; then one limiter serves every
// event loop of the process, its buckets under a mutex. A limiter with a
// database must be used on that connection's thread only: each loop has its
// own, and the table is what they share.
class RateLimiter
{
public:
    RateLimiter(const Clock &clock, int perMinute, const Database *shared = nullptr);

    int acquire(const QString &key);
    // Buckets held, for tests: full ones are pruned as requests come in.
    qsizetype trackedClients() const;

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    static constexpr int kPruneEvery = 1000;
    static constexpr qint64 kSharedPruneEveryMs = 60 * 1000;
    int acquireInMemory(const QString &key, qint64 now);
    // now - then, or 0 when the clock went back in between.
    static qint64 elapsedSince(qint64 thenMs, qint64 nowMs);
    int acquireShared(const QString &key, qint64 now);
    void prune(qint64 now);

    const Clock &m_clock;
    const Database *m_shared;
    mutable QMutex m_mutex; // the in-memory buckets

    double m_capacity;
    double m_perMs;
    QHash<QString, Bucket> m_buckets;
    int m_acquiresSincePrune = 0;
    qint64 m_nextSharedPruneMs = 0;
    bool m_warned = false;
};

} // namespace pd::server
