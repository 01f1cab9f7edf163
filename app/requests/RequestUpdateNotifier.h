#pragma once

#include "requests/RequestUpdate.h"

namespace pd {

// Shows a request's status change outside the app's window (a desktop
// notification). Injected into RequestUpdates: the desktop's implementation
// lives in ui/ (freedesktop notifications over D-Bus, the tray), tests use a
// fake.
class RequestUpdateNotifier
{
public:
    virtual ~RequestUpdateNotifier() = default;
    // Shows `update`; false when it cannot be shown now (no notification
    // service, no tray): RequestUpdates keeps it queued and offers it again
    // at the next refresh.
    virtual bool notify(const RequestUpdate &update) = 0;
};

} // namespace pd
