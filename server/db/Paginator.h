#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace pd::server {

class Database;
class JsonWriter;
class PageRow;
struct HttpRequest;

// What a list endpoint was asked for: limit, cursor, since/until, q.
struct PageQuery {
    int limit = 50;
    qint64 since = -1; // inclusive, ms
    qint64 until = -1; // exclusive, ms
    QString search;
    // Decoded cursor: position after the last row served, and the snapshot
    // bound pinned by the first page.
    bool hasCursor = false;
    qint64 afterTime = 0;
    QString afterId;
    QString snapshot;
    qint64 total = 0;
    QString cursorFilters;

    // Parses the query string; on failure fills *error (400 or 422).
    static std::optional<PageQuery> fromRequest(const HttpRequest &request, HttpResponse *error);
};

// Describes one paginated table. Rows are ordered newest first by
// (timeColumn, id). `numericId` tables pin their snapshot on MAX(id), others
// on the time of the first page.
struct PageSource {
    QString table;
    QString columns; // select list, must include timeColumn and id
    QString timeColumn;
    bool numericId = true;
    QStringList searchColumns;
    QString extraWhere; // optional additional condition (AND-ed)
    QVariantList extraBinds;
    // The table's per-account row count kept in list_row_counts (schema v5),
    // which an unfiltered first page reads instead of counting the rows.
    bool rowCounted = false;
};

// Keyset pagination with a pinned snapshot so a walk through the pages
// neither loses nor repeats a row while new rows are inserted.
class Paginator
{
public:
    using RowMapper = std::function<QJsonObject(const QSqlQuery &)>;
    // Writes one row as a JSON object (the large lists' fast path: the rows
    // are read straight from the sqlite3 or libpq statement).
    using RowWriter = std::function<void(const PageRow &, JsonWriter &)>;

    static QJsonObject page(const Database &db, const PageSource &source, const QString &accountId,
                            const PageQuery &query, qint64 nowMs, const RowMapper &mapRow);
    // The same page as compact JSON bytes.
    static QByteArray pageJson(const Database &db, const PageSource &source,
                               const QString &accountId, const PageQuery &query, qint64 nowMs,
                               const RowWriter &writeRow);

private:
    struct End {
        QJsonValue nextCursor; // null on the last page
        qint64 total = 0;
    };
    // Runs the page's queries and calls `onRow` for each row it holds, or
    // `onDirectRow` instead when given (rows read by SqliteStatement or
    // PostgresStatement).
    static End walk(const Database &db, const PageSource &source, const QString &accountId,
                    const PageQuery &query, qint64 nowMs,
                    const std::function<void(const QSqlQuery &)> &onRow,
                    const std::function<void(const PageRow &)> &onDirectRow = {});
};

} // namespace pd::server
