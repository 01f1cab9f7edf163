#pragma once

#include <QString>

namespace pd {

// Where the sync of one category stands (a row of sync_state). Timestamps are
// the API's RFC 3339 UTC strings, which sort as text.
struct SyncState {
    QString category;
    // Next page of an unfinished walk; empty when no walk is in progress.
    QString cursor;
    // The `since` the unfinished walk was started with (cursors are bound to
    // their filters); empty for a full walk.
    QString walkSince;
    // Newest timestamp seen so far in the unfinished walk.
    QString walkHighWater;
    qint64 walkRows = 0;
    qint64 walkTotal = 0;
    // Newest timestamp of the last complete walk: the next walk asks for
    // `since` = this (inclusive, so the boundary row is fetched again).
    QString highWater;
    QString lastCompleteAt;

    bool walkInProgress() const { return !cursor.isEmpty(); }
    bool everCompleted() const { return !lastCompleteAt.isEmpty(); }
};

} // namespace pd
