#pragma once

#include "common/ApiError.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace pd {

struct RequestStatusReply {
    bool ok = false;
    QJsonObject request; // the server's request when ok
    ApiError error;
};

// Where RequestTracker reads a request's current state (GET
// /api/v1/requests/{id}). The app's is core/ApiRequestStatusSource.
class RequestStatusSource
{
public:
    using Callback = std::function<void(const RequestStatusReply &)>;
    virtual ~RequestStatusSource() = default;
    // `done` runs once, later, on this thread.
    virtual void fetch(const QString &requestId, Callback done) = 0;
};

} // namespace pd
