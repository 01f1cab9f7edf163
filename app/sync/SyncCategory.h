#pragma once

#include <QList>
#include <QString>

#include <string_view>

namespace pd {

// How one member of a list item is stored: its JSON path ("location.city"),
// its column and type.
struct SyncColumn {
    enum class Type { Text, Integer, Boolean };
    std::string_view path;
    const char *column;
    Type type = Type::Text;
};

// A paginated API list mirrored into a cache table. columns[0] is always the
// item's `id` and columns[timeColumn] its time series field.
struct SyncCategory {
    QString name;    // sync_state key and table name: "visits"
    QString apiPath; // below /api/v1/: "third-party-records"
    int timeColumn = 1;
    QList<SyncColumn> columns;

    static const QList<SyncCategory> &all();
    static const SyncCategory *byName(const QString &name);
};

} // namespace pd
