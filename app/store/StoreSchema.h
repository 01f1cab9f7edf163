#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// A cache table with an FTS5 external-content index over its searchable
// columns (rowid = the table's row_id).
struct FtsTableSpec {
    QString table;
    QString ftsTable;
    QStringList columns;
};

// An index on the sort expression of a column a view can sort by. The sync
// drops a table's sort indexes while it bulk-loads it and StoreIndexer builds
// them again afterwards (SortIndexes).
struct SortIndexSpec {
    QString name;
    QString table;
    QString columns; // what follows "ON table", e.g. "(ifnull(city, ''))"

    // IF NOT EXISTS: another connection may have built it meanwhile.
    QByteArray createStatement() const
    {
        return "CREATE INDEX IF NOT EXISTS " + name.toUtf8() + " ON " + table.toUtf8() + ' ' +
               columns.toUtf8() + ';';
    }
};

// Names the migrations create, for code that must touch every table
// (wipe) or every full-text index (catch-up).
class StoreSchema
{
public:
    // The schema version the newest migration produces (PRAGMA user_version).
    static int latestVersion();
    // Every table holding account data, including the outbox and sync state.
    static const QStringList &accountTables();
    static const QList<FtsTableSpec> &ftsTables();
    // The sort indexes (StoreMigrations version 2 creates them).
    static const QList<SortIndexSpec> &sortIndexes();
    // The spec of `table`, or nullptr when it has no full-text index.
    static const FtsTableSpec *ftsFor(const QString &table);
};

} // namespace pd
