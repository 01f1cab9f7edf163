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
    // Whether views may sort by it. Columns that views show only as a part
    // of another column are not sortable.
    bool sortable = true;
    // Whether the store has an index on its sort expression (StoreMigrations
    // version 2): a view sorted by it reads one window along the index
    // instead of sorting the whole table (tests/unit/models/tst_query_plans).
    bool indexed = true;
};

// The table behind a model, its full-text index and its columns.
struct CacheTableSpec {
    QString table;
    QString ftsTable;
    int timeColumn = 0; // index into columns: date range and default sort
    QList<CacheColumn> columns;
};

} // namespace pd
