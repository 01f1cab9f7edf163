#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pd {

// Where a running sync is, for a progress bar.
struct SyncProgress {
    QString category;
    qint64 rows = 0;  // rows of the category's current walk stored so far
    qint64 total = 0; // rows of the walk's snapshot (the page's `total`)
    qint64 bytes = 0; // page bytes received in this run, all categories
    // Estimated time left for the category, from this run's rate; -1 unknown.
    qint64 etaMs = -1;
    // Set while the sync waits because the server asked it to (429 with
    // Retry-After): when the next attempt goes out.
    QDateTime retryAt;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::SyncProgress)
