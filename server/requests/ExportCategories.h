#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::server {

// How a column is rendered in the export files.
enum class ExportColumnKind {
    Text,         // string, as stored
    NullableText, // string; the empty string is "absent" (null in JSON)
    Integer,
    Boolean,      // stored as 0/1
    Time,         // ms since epoch -> RFC 3339
    NullableTime, // NULL (or 0) -> null
    List,         // JSON array or whitespace/comma separated text -> array
    Json,         // a JSON document stored as text
};

struct ExportColumn {
    QString name; // field name in the file
    QString sql;  // select expression
    ExportColumnKind kind = ExportColumnKind::Text;
};

// One exportable category: where its rows live and how they are shaped.
// Rows are read in keyset batches so that even a million visits never sit in
// memory at once. Time series walk (timeColumn, keyColumn) newest first, the
// order of their (account_id, time DESC, id DESC) index and of the API; other
// tables walk keyColumn.
struct ExportCategory {
    QString name;
    QString from;          // FROM clause (table plus joins)
    QString accountColumn; // column compared with the account id
    QString keyColumn;     // unique batch key
    bool numericKey = true;
    QList<ExportColumn> columns;
    QString timeColumn = {}; // empty: not a time series
};

class ExportCategories
{
public:
    // nullptr for an unknown name.
    static const ExportCategory *find(const QString &name);
    // The contract's ExportCategory values.
    static QStringList names();

private:
    static const QList<ExportCategory> &all();
};

} // namespace pd::server
