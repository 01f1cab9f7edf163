#pragma once

#include <QString>

struct sqlite3;

namespace pd {

// A scratch SQLite file next to the cache (`<cache>-staging`, 0600, in the
// same private data folder) that a connection attaches as schema
// `pd_staging`. The sync writes a large page's rows there as they arrive, so
// that the cache's own write lock, which the UI thread's writes (the outbox)
// wait for, is taken only for the short move of a whole page, never while a
// page crosses a slow network. Nothing in it outlives a page: its rows are
// deleted after every page (secure_delete overwrites them, auto_vacuum gives
// the pages back), the file is removed when detached, and
// LocalStore::wipe() removes one a crash left behind. Not in the TEMP
// schema: the store keeps TEMP in memory (temp_store = MEMORY), and a TEMP
// file would live outside the data folder.
class StagingDatabase
{
public:
    static constexpr const char *kSchema = "pd_staging";

    // The staging file of the cache file `databasePath`.
    static QString pathFor(const QString &databasePath);
    // Attaches a new, empty staging file to `handle` (a leftover of a crash
    // is replaced) unless one is attached already. Not inside a
    // transaction. A cache in memory (tests) stages in memory.
    static bool attach(sqlite3 *handle, QString *error);
    static bool isAttached(sqlite3 *handle);
    // Detaches the staging file and removes it. Its statements must be
    // finalized first.
    static void detach(sqlite3 *handle);
    // Removes the staging file of `databasePath`, if any (for the wipe,
    // with no connection attaching it). False when it stays.
    static bool remove(const QString &databasePath);
};

} // namespace pd
