#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace pd {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings())
{}

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
    case ApiError::Kind::Problem: {
        const int status = error.httpStatus();
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
               status == 504;
    }
    case ApiError::Kind::Tls:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Cancelled:
        return false;
    }
    return false;
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayBeforeRetry(const ApiRequest &request,
                                                                       const ApiError &error,
                                                                       int attemptsMade) const
{
    if (attemptsMade >= m_settings.maxAttempts || !request.retryable || !request.isRepeatable() ||
        !isTransient(error))
        return std::nullopt;
    if (const auto retryAfter = error.retryAfterSeconds()) {
        const std::chrono::seconds wait{*retryAfter};
        if (wait > m_settings.maxRetryAfter)
            return std::nullopt;
        return std::chrono::milliseconds(wait);
    }
    // base * 2^(n-1), capped, then the jittered part drawn from [0, jitter).
    const double exponential =
        double(m_settings.baseDelay.count()) * std::pow(2.0, double(std::max(0, attemptsMade - 1)));
    const double capped = std::min(exponential, double(m_settings.maxDelay.count()));
    const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    const double random = std::clamp(m_random(), 0.0, 1.0);
    const double delay = capped * (1.0 - jitter) + capped * jitter * random;
    return std::chrono::milliseconds(std::llround(delay));
}

} // namespace pd
