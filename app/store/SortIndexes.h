#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace pd {

// The sort indexes of the cache tables (StoreSchema::sortIndexes()) around a
// bulk load. Maintaining them row by row made a first sync of 1,000,000
// visits 2.8x slower than inserting the rows alone; building one afterwards
// sorts the finished table once. While they are missing, views still sort
// correctly, by reading and sorting the table (slower).
class SortIndexes
{
public:
    // Drops the sort indexes of `table` in one transaction.
    static bool drop(sqlite3 *handle, const QString &table, QString *error);
    // The declared sort indexes of `table` (of every table when empty) that
    // the file lacks; an empty list, and *error, when the schema could not
    // be read.
    static QStringList missing(sqlite3 *handle, const QString &table = {},
                               QString *error = nullptr);
    // The declared sort index of `table` that orders by `sortExpression`
    // (a column, or an expression like "ifnull(city, '')", as a view sorts
    // by it); empty when none does (the time column has its own index,
    // never dropped).
    static QString indexFor(const QString &table, const QString &sortExpression);
    // Whether a view of `table` sorted by `sortExpression` waits for its
    // sort index (dropped for a bulk load, not built again yet): it still
    // sorts correctly, but reads the whole table to do so, so a view can
    // say that this order is still being indexed. false when the
    // expression has no sort index or the schema could not be read.
    static bool pending(sqlite3 *handle, const QString &table, const QString &sortExpression);
    // Whether the sync is walking `table` (sync_state has its cursor): a
    // bulk load may be under way, and its indexes wait for its end.
    static bool syncWalking(sqlite3 *handle, const QString &table);
    // The page cache (and so the sorter's budget per sorted part, in KiB as
    // a negative cache_size) while build() runs.
    static constexpr int kBuildCacheKiB = -8192;

    // Creates the missing sort indexes of `table` (every table when empty),
    // one per transaction, so a writer waits at most for one index; the
    // sorter uses worker threads. Stops early, with true, when `cancelled`
    // returns true. `built` is called with each index's name once it is
    // committed, so that views sorted by it need not wait for the others.
    static bool build(sqlite3 *handle, const QString &table, QString *error,
                      const std::function<bool()> &cancelled = {},
                      const std::function<void(const QString &name)> &built = {});
};

} // namespace pd
