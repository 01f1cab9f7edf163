#pragma once

#include "store/StoreSchema.h"

#include <QString>

#include <functional>

struct sqlite3;

namespace pd {

// Keeps the FTS5 indexes complete. Triggers index single writes as they
// happen; a bulk writer (the sync engine, on a StoreConnection::Mode::
// BulkIngest connection) leaves its inserts unindexed and then calls
// catchUp(), which indexes the backlog in large transactions (FTS5 indexes
// about 5-10x faster that way than page by page).
class FtsIndex
{
public:
    // Indexes every row above fts_state.indexed_upto, `chunkRows` rows per
    // transaction so other writers wait at most one chunk. Stops early, with
    // true, when `cancelled` returns true.
    static bool catchUp(sqlite3 *handle, const FtsTableSpec &spec, int chunkRows, QString *error,
                        const std::function<bool()> &cancelled = {});
    // Rows of `table` not indexed yet; -1 on error.
    static qint64 backlog(sqlite3 *handle, const QString &table);
    // Whether any row of `table` is not indexed yet (reads one index entry,
    // unlike backlog()); false on error.
    static bool hasBacklog(sqlite3 *handle, const QString &table);
};

} // namespace pd
