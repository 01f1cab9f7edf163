#pragma once

namespace pd {

// Tuning of the sync; tests shorten the delays.
struct SyncOptions {
    int pageLimit = 500;
    int maxAttempts = 5; // per page, for transient failures
    int retryBaseDelayMs = 1000;
    int retryMaxDelayMs = 30000;
    int maxRetryAfterMs = 120000;  // a longer Retry-After fails the run
    int ftsChunkRows = 20000;      // rows per full-text catch-up transaction
    int catchUpEveryRows = 100000; // index during long walks so search works early
    // A walk with at least this many rows still to come is a bulk load: the
    // category's sort indexes are dropped for it and, like its full-text
    // index, built afterwards in the background (LocalStore::
    // scheduleIndexing()), not row by row and not on the sync's time.
    // 0 never bulk-loads.
    int bulkLoadRows = 20000;
};

} // namespace pd
