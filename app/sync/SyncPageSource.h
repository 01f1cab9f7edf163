#pragma once

#include "common/ApiError.h"

#include <QByteArray>
#include <QByteArrayView>
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
    // The page JSON when ok, unless it went to a BodySink as it arrived.
    QByteArray body;
    ApiError error; // when not ok
};

// Where the sync gets pages from. The real one is HttpSyncPageSource; tests
// inject fakes. Used only on the thread that created it.
class SyncPageSource
{
public:
    using Callback = std::function<void(const SyncPageReply &)>;
    // Takes the next piece of a page's body; false refuses the page (its
    // transfer stops and `done` reports a Malformed error).
    using BodySink = std::function<bool(QByteArrayView bytes)>;

    virtual ~SyncPageSource() = default;
    // Starts fetching one page; `done` runs later, on this thread, unless
    // abort() is called first. With `body`, the page's body goes there piece
    // by piece as it arrives (never inside fetch()) and `done` only says
    // how the transfer ended; without, the reply carries the whole body.
    virtual void fetch(const SyncPageRequest &request, Callback done, BodySink body = {}) = 0;
    virtual void abort() = 0;
    // The error of a page its BodySink refused.
    static ApiError refused() { return ApiError::malformed(QStringLiteral("page refused")); }

protected:
    // For a source that has a whole page at once: gives its body to `body`
    // (when there is one), then the outcome to `done`.
    static void deliverWhole(SyncPageReply reply, const BodySink &body, const Callback &done)
    {
        if (reply.ok && body) {
            if (!body(reply.body)) {
                reply.ok = false;
                reply.error = refused();
            }
            reply.body.clear();
        }
        done(reply);
    }
};

} // namespace pd
