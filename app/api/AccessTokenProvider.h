#pragma once

#include "common/ApiError.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace pd {

// What ApiClient needs from the authentication layer (AuthService).
class AccessTokenProvider
{
public:
    enum class RefreshOutcome {
        Refreshed,      // accessToken() now returns a fresh token
        SignInRequired, // the session is over; the user must sign in again
        Failed,         // could not refresh now (network...), the session may still be valid
    };
    using RefreshCallback = std::function<void(RefreshOutcome, const std::optional<ApiError> &)>;

    virtual ~AccessTokenProvider() = default;
    // The current access token; empty when there is none or it has expired.
    virtual QString accessToken() const = 0;
    // Gets a new access token. Concurrent calls share one refresh. `done` runs
    // once, unless `context` is destroyed first.
    virtual void refreshAccessToken(QObject *context, RefreshCallback done) = 0;
};

} // namespace pd
