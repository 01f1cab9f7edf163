#pragma once

#include "common/ApiError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace pd {

struct SyncPageRequest {
    QString apiPath; // below /api/v1/, e.g. "visits"
    QString cursor;  // empty for the first page
    QString since;   // RFC 3339, empty for a full walk
    int limit = 500;
};

struct SyncPageReply {
    bool ok = false;
    QByteArray body; // the page JSON when ok
    ApiError error;  // when not ok
};

// Where the sync gets pages from. The real one is HttpSyncPageSource; tests
// inject fakes. Used only on the thread that created it.
class SyncPageSource
{
public:
    using Callback = std::function<void(const SyncPageReply &)>;
    virtual ~SyncPageSource() = default;
    // Starts fetching one page; `done` runs later, on this thread, unless
    // abort() is called first.
    virtual void fetch(const SyncPageRequest &request, Callback done) = 0;
    virtual void abort() = 0;
};

} // namespace pd
