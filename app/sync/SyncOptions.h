#pragma once

namespace pd {

// Tuning of the sync; tests shorten the delays.
struct SyncOptions {
    int pageLimit = 500;
    int maxAttempts = 5; // per page, for transient failures
    int retryBaseDelayMs = 1000;
    int retryMaxDelayMs = 30000;
    // A longer Retry-After (10^12 s, a date in year 9999) is waited out for
    // this long only, so that neither an absurd value parks the sync for
    // good nor a long one fails every run at once.
    int maxRetryAfterMs = 3600000;
    int ftsChunkRows = 20000;      // rows per full-text catch-up transaction
    int catchUpEveryRows = 100000; // index during long walks so search works early
    // A walk with at least this many rows still to come is a bulk load: the
    // category's sort indexes are dropped for it and, like its full-text
    // index, built afterwards in the background (LocalStore::
    // scheduleIndexing()), not row by row and not on the sync's time.
    // 0 never bulk-loads.
    int bulkLoadRows = 20000;
    // A walk asks for at most ceil(total / pageLimit) pages of its announced
    // total, plus this slack (or a tenth more, whichever is larger) for rows
    // added while it runs; a server that keeps sending pages past that
    // stops the category's walk.
    int walkSlackPages = 3;
    // The bound of a walk whose pages announce no total.
    int maxWalkPages = 100000;
    // A page past PageIngestor::kHoldBytes (never one of an honest server)
    // that takes longer than this from its first staged item to its end is
    // dropped as timed out and asked again. It no longer holds any lock of
    // the store meanwhile (it is staged, see StagingDatabase), but the
    // transfer's own timeout is one of inactivity: a server trickling a
    // byte now and then would otherwise keep the sync, and the staged
    // rows, for as long as it likes.
    int maxStreamedPageMs = 120000;
};

} // namespace pd
