#pragma once

#include "api/ApiRequest.h"
#include "common/ApiError.h"

#include <chrono>
#include <functional>
#include <optional>

namespace pd {

// The single place that decides whether and when a failed attempt is
// repeated (libQuotient's central retry table, not per-job retries).
// Only repeatable requests (idempotent method or Idempotency-Key) are retried,
// and only after transient failures: network errors, timeouts, 408, 429,
// 500, 502, 503, 504. Retry-After is honoured; otherwise the delay grows
// exponentially with jitter, up to a cap.
class RetryPolicy
{
public:
    struct Settings {
        int maxAttempts = 4; // including the first one
        std::chrono::milliseconds baseDelay{500};
        std::chrono::milliseconds maxDelay{30000};
        double jitter = 0.5; // fraction of the delay that is randomised
        // A longer Retry-After is not waited for: the error goes to the caller.
        std::chrono::seconds maxRetryAfter{120};
    };
    // Returns a number in [0, 1); injected so tests get fixed delays.
    using RandomSource = std::function<double()>;

    RetryPolicy();
    explicit RetryPolicy(Settings settings, RandomSource random = {});

    const Settings &settings() const { return m_settings; }

    // How long to wait before attempt number `attemptsMade + 1`, or nullopt
    // to give up and report `error`.
    std::optional<std::chrono::milliseconds>
    delayBeforeRetry(const ApiRequest &request, const ApiError &error, int attemptsMade) const;

    static bool isTransient(const ApiError &error);

private:
    Settings m_settings;
    RandomSource m_random;
};

} // namespace pd
