#pragma once

#include <QtGlobal>

namespace pd::server {

class JsonWriter;

// One row of a list page as its JSON writer reads it: through QtSql, or
// straight from the statement (SqliteStatement, PostgresStatement), where
// text stays the UTF-8 that the database sent. Through QtSql every column of every row became a
// QVariant of UTF-16 text that the writer turned back into UTF-8: two fifths
// of the server's CPU for a visits page.
class PageRow
{
public:
    virtual ~PageRow() = default;
    // The column's text as a JSON string; NULL as an empty one.
    virtual void writeString(JsonWriter &json, int column) const = 0;
    // The column's text, or null when it is empty or NULL (as
    // JsonWriter::textOrNull()).
    virtual void writeTextOrNull(JsonWriter &json, int column) const = 0;
    virtual qint64 integer(int column) const = 0;

protected:
    PageRow() = default;
    PageRow(const PageRow &) = default;
    PageRow &operator=(const PageRow &) = default;
};

} // namespace pd::server
