#pragma once

#include <QList>
#include <QString>

namespace pd {

// One column of a cache table as a model shows it.
struct CacheColumn {
    enum class Kind { Text, Integer, Timestamp };
    QString field;  // SQL column (an internal name, never user input)
    QString header; // translated
    Kind kind = Kind::Text;
    // What rows sort by; defaults to `field`. Nullable columns use
    // ifnull(field, '') so that keyset paging can compare every row.
    QString sortExpression = {};
    // Whether views may sort by it: each sortable column has an index on its
    // sort expression (StoreMigrations), so that a sorted view reads one
    // window instead of sorting the whole table. Columns that views show
    // only as a part of another column are not sortable (an index costs
    // every insert of the sync).
    bool sortable = true;
};

// The table behind a model, its full-text index and its columns.
struct CacheTableSpec {
    QString table;
    QString ftsTable;
    int timeColumn = 0; // index into columns: date range and default sort
    QList<CacheColumn> columns;
};

} // namespace pd
