#pragma once

#include <QtGlobal>

namespace pd {

// What ExportArchive accepts from a ZIP before reading any content: the
// numbers come from the central directory and are enforced again while
// streaming (an entry may never yield more than it declared).
struct ArchiveLimits {
    // manifest.json plus two formats of ten categories need 21, the
    // readable copy a page per 10,000 rows more: ~200 for a million visits
    // and as many messages.
    int maxEntries = 1024;
    // One file's uncompressed size; a million visits as JSON is ~0.5 GiB.
    qint64 maxEntryBytes = 4LL * 1024 * 1024 * 1024;
    qint64 maxTotalBytes = 16LL * 1024 * 1024 * 1024;
    qint64 maxManifestBytes = 1024 * 1024;
    // Zip-bomb guard: uncompressed / compressed for entries above the floor.
    // Exported CSV and JSON compress about 5-15:1; deflate tops out near 1032:1.
    double maxRatio = 200.0;
    qint64 ratioFloorBytes = 1024 * 1024;
};

} // namespace pd
