#pragma once

#include <QtGlobal>

namespace pd::server {

// Whether something issued for `lifetimeMs` and ending at `endsAtMs` (a
// token, a re-authentication, an archive link) is alive at `nowMs` by the
// wall clock. A wall clock set back would keep it alive for as long again as
// the clock went back, and a token issued "tomorrow" would outlive every
// rule; so it is alive only while what is left of it is at most its whole
// lifetime, plus the skew tolerated between the clocks of several servers.
// A clock set back further than that ends it instead of stretching it.
class Lifetime
{
public:
    static constexpr qint64 kClockSkewMs = 60 * 1000;

    static bool alive(qint64 nowMs, qint64 endsAtMs, qint64 lifetimeMs)
    {
        return nowMs < endsAtMs && endsAtMs - nowMs <= lifetimeMs + kClockSkewMs;
    }

    // Whether `atMs` (> 0; 0 is never) is at most `windowMs` ago, and not
    // later than now beyond the skew: the same rule for a moment that counts
    // for a while after it (a re-authentication).
    static bool recent(qint64 nowMs, qint64 atMs, qint64 windowMs)
    {
        return atMs > 0 && nowMs - atMs <= windowMs && atMs - nowMs <= kClockSkewMs;
    }
};

} // namespace pd::server
