#pragma once

#include "common/ApiError.h"

#include <QJsonObject>

#include <chrono>
#include <functional>
#include <optional>

namespace pd {

struct OutboxItem;

// How one attempt to file a request ended.
struct OutboxSendResult {
    enum class Kind {
        Accepted,  // `request` is the server's request (new or replayed)
        Retryable, // try again later, after `retryAfter` when the server said
        Permanent, // the server refused it for good
    };
    Kind kind = Kind::Retryable;
    QJsonObject request;
    ApiError error;
    std::optional<std::chrono::milliseconds> retryAfter;

    static OutboxSendResult accepted(QJsonObject request)
    {
        return {Kind::Accepted, std::move(request), {}, std::nullopt};
    }
    static OutboxSendResult retryable(ApiError error,
                                      std::optional<std::chrono::milliseconds> retryAfter = {})
    {
        return {Kind::Retryable, {}, std::move(error), retryAfter};
    }
    static OutboxSendResult permanent(ApiError error)
    {
        return {Kind::Permanent, {}, std::move(error), std::nullopt};
    }
};

// Sends one outbox item (POST /api/v1/requests with its Idempotency-Key).
// The app's is core/ApiOutboxTransport (over the shared ApiClient); tests
// inject fakes.
class OutboxTransport
{
public:
    using Callback = std::function<void(const OutboxSendResult &)>;
    virtual ~OutboxTransport() = default;
    // `done` runs once, later, on this thread.
    virtual void send(const OutboxItem &item, Callback done) = 0;
};

} // namespace pd
