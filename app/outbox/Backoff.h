#pragma once

#include <chrono>
#include <functional>

namespace pd {

// Exponential backoff: the bound for attempt n is min(cap, base * 2^(n-1)).
// fullJitter() draws uniformly from [0, bound] (AWS's "full jitter": spreads
// clients out best); equalJitter() from [bound/2, bound] (for polling, which
// must not come back at once).
class Backoff
{
public:
    // A number in [0, 1); injected so tests get exact delays.
    using Random = std::function<double()>;

    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random = {});

    std::chrono::milliseconds bound(int attempt) const;
    std::chrono::milliseconds fullJitter(int attempt) const;
    std::chrono::milliseconds equalJitter(int attempt) const;

private:
    double random() const;

    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    Random m_random;
};

} // namespace pd
