#include "Paginator.h"

#include "Database.h"
#include "PageRow.h"
#include "PostgresStatement.h"
#include "SqliteStatement.h"
#include "data/JsonWriter.h"
#include "http/HttpRequest.h"
#include "kernel/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace pd::server {

namespace {

constexpr int kMaxLimit = 500;
constexpr int kMaxSearch = 200;

// A cursor only continues the walk it was issued for: it carries a digest of
// the filters, and a page asked with other filters and an old cursor is 400.
QString filterDigest(const PageQuery &query)
{
    const QString text = QString::number(query.since) + QLatin1Char('|') +
                         QString::number(query.until) + QLatin1Char('|') + query.search;
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString encodeCursor(qint64 time, const QString &id, const QString &snapshot, qint64 total,
                     const QString &filters)
{
    const QJsonObject object{{QStringLiteral("t"), QString::number(time)},
                             {QStringLiteral("f"), filters},
                             {QStringLiteral("n"), QString::number(total)},
                             {QStringLiteral("i"), id},
                             {QStringLiteral("s"), snapshot}};
    return QString::fromLatin1(
        QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &text, PageQuery *query)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    bool ok = false;
    query->afterTime = object.value(QStringLiteral("t")).toString().toLongLong(&ok);
    query->afterId = object.value(QStringLiteral("i")).toString();
    query->snapshot = object.value(QStringLiteral("s")).toString();
    bool totalOk = false;
    query->total = object.value(QStringLiteral("n")).toString().toLongLong(&totalOk);
    query->cursorFilters = object.value(QStringLiteral("f")).toString();
    query->hasCursor = ok && totalOk && !query->afterId.isEmpty() && !query->snapshot.isEmpty();
    return query->hasCursor;
}

class QSqlPageRow final : public PageRow
{
public:
    explicit QSqlPageRow(const QSqlQuery &query)
        : m_query(query)
    {}
    void writeString(JsonWriter &json, int column) const override
    {
        json.string(m_query.value(column).toString());
    }
    void writeTextOrNull(JsonWriter &json, int column) const override
    {
        json.textOrNull(m_query.value(column).toString());
    }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }

private:
    const QSqlQuery &m_query;
};

// A row read straight from a SqliteStatement or a PostgresStatement: text as
// the UTF-8 the database sent.
template <typename Statement> class DirectPageRow final : public PageRow
{
public:
    explicit DirectPageRow(const Statement &statement)
        : m_statement(statement)
    {}
    void writeString(JsonWriter &json, int column) const override
    {
        json.utf8String(m_statement.text(column));
    }
    void writeTextOrNull(JsonWriter &json, int column) const override
    {
        json.utf8TextOrNull(m_statement.text(column));
    }
    qint64 integer(int column) const override { return m_statement.integer(column); }

private:
    const Statement &m_statement;
};

struct PageRead {
    int count = 0;
    qint64 lastTime = 0;
    QString lastId;
    bool more = false;
};

// Reads up to `limit` rows of a statement already bound (one more tells
// whether there is a next page).
template <typename Statement>
PageRead readDirect(Statement &rows, const QString &timeColumn, int limit,
                    const std::function<void(const PageRow &)> &onRow)
{
    PageRead read;
    const DirectPageRow<Statement> row(rows);
    int timeIndex = -1;
    int idIndex = -1;
    while (rows.next()) {
        if (timeIndex < 0) {
            // PostgreSQL's result has its columns once it ran.
            timeIndex = rows.columnIndex(timeColumn.toUtf8());
            idIndex = rows.columnIndex("id");
        }
        if (read.count == limit) {
            read.more = true;
            break;
        }
        onRow(row);
        ++read.count;
        read.lastTime = rows.integer(timeIndex);
        read.lastId = QString::fromUtf8(rows.text(idIndex));
    }
    return read;
}

} // namespace

std::optional<PageQuery> PageQuery::fromRequest(const HttpRequest &request, HttpResponse *error)
{
    // Unparseable values are the client's bug (400); parseable but
    // unacceptable ones are listed together (422), as the contract says.
    PageQuery query;
    QList<FieldError> errors;
    if (request.hasQueryValue(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok) {
            *error = HttpResponse::problem(Problem::BadRequest,
                                           QStringLiteral("limit must be an integer."));
            return std::nullopt;
        }
        if (query.limit < 1 || query.limit > kMaxLimit)
            errors.append({QStringLiteral("limit"),
                           QStringLiteral("limit must be an integer from 1 to 500")});
    }
    for (const QString &name : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!request.hasQueryValue(name))
            continue;
        const qint64 value = fromApiTime(request.queryValue(name));
        if (value < 0) {
            *error = HttpResponse::problem(
                Problem::BadRequest, name + QStringLiteral(" must be an RFC 3339 timestamp."));
            return std::nullopt;
        }
        (name == QLatin1String("since") ? query.since : query.until) = value;
    }
    if (query.since >= 0 && query.until >= 0 && query.since > query.until)
        errors.append({QStringLiteral("since"), QStringLiteral("since must not be after until")});
    if (request.hasQueryValue(QStringLiteral("q"))) {
        query.search = request.queryValue(QStringLiteral("q")).trimmed();
        if (query.search.isEmpty() || query.search.size() > kMaxSearch)
            errors.append({QStringLiteral("q"), QStringLiteral("q must be 1 to 200 characters")});
    }
    if (!errors.isEmpty()) {
        *error = HttpResponse::validationFailed(errors);
        return std::nullopt;
    }
    if (request.hasQueryValue(QStringLiteral("cursor")) &&
        (!decodeCursor(request.queryValue(QStringLiteral("cursor")), &query) ||
         query.cursorFilters != filterDigest(query))) {
        *error =
            HttpResponse::problem(Problem::BadRequest, QStringLiteral("The cursor is not valid."));
        return std::nullopt;
    }
    return query;
}

QJsonObject Paginator::page(const Database &db, const PageSource &source, const QString &accountId,
                            const PageQuery &query, qint64 nowMs, const RowMapper &mapRow)
{
    QJsonArray items;
    const End end = walk(db, source, accountId, query, nowMs,
                         [&](const QSqlQuery &row) { items.append(mapRow(row)); });
    return QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"), end.nextCursor},
        {QStringLiteral("total"), end.total},
    };
}

QByteArray Paginator::pageJson(const Database &db, const PageSource &source,
                               const QString &accountId, const PageQuery &query, qint64 nowMs,
                               const RowWriter &writeRow)
{
    // Members in QJsonObject's (sorted) order, so the bytes match page()'s.
    JsonWriter json(qsizetype(query.limit) * 512);
    json.beginObject();
    json.key(QLatin1StringView("items"));
    json.beginArray();
    const End end = walk(
        db, source, accountId, query, nowMs,
        [&](const QSqlQuery &row) { writeRow(QSqlPageRow(row), json); },
        [&](const PageRow &row) { writeRow(row, json); });
    json.endArray();
    json.key(QLatin1StringView("next_cursor"));
    if (end.nextCursor.isString())
        json.string(end.nextCursor.toString());
    else
        json.null();
    json.key(QLatin1StringView("total"));
    json.integer(end.total);
    json.endObject();
    return json.take();
}

Paginator::End Paginator::walk(const Database &db, const PageSource &source,
                               const QString &accountId, const PageQuery &query, qint64 nowMs,
                               const std::function<void(const QSqlQuery &)> &onRow,
                               const std::function<void(const PageRow &)> &onDirectRow)
{
    QString snapshot = query.snapshot;
    const bool unfiltered =
        query.since < 0 && query.until < 0 && query.search.isEmpty() && source.extraWhere.isEmpty();
    qint64 total = query.total;
    bool counted = query.hasCursor;
    if (!query.hasCursor && source.numericId && source.rowCounted && unfiltered) {
        // Snapshot and count in one statement, so both see the same rows
        // (one read transaction on SQLite, one statement snapshot on
        // PostgreSQL): the count is the rows up to the snapshot's id.
        QSqlQuery &first =
            db.prepared(QStringLiteral("SELECT COALESCE((SELECT MAX(id) FROM %1), 0),"
                                       " COALESCE((SELECT row_count FROM list_row_counts"
                                       " WHERE account_id = ? AND list = '%1'), 0)")
                            .arg(source.table));
        Database::exec(first, {accountId});
        if (first.next()) {
            snapshot = QString::number(first.value(0).toLongLong());
            total = first.value(1).toLongLong();
        } else {
            snapshot = QStringLiteral("0");
            total = 0;
        }
        first.finish();
        counted = true;
    } else if (!query.hasCursor) {
        if (source.numericId) {
            // The table's highest id, not the account's: ids only grow, so
            // it pins the account's rows just as well, and it is one step
            // down the primary key instead of a walk over all of the
            // account's rows (a quarter of a second for a million).
            QSqlQuery &max = db.prepared(
                QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(source.table));
            Database::exec(max);
            snapshot = QString::number(max.next() ? max.value(0).toLongLong() : 0);
            max.finish();
        } else {
            snapshot = QString::number(nowMs);
        }
    }

    QStringList where{QStringLiteral("account_id = ?")};
    QVariantList binds{accountId};
    if (source.numericId) {
        where << QStringLiteral("id <= ?");
        binds << snapshot.toLongLong();
    } else {
        where << source.timeColumn + QStringLiteral(" <= ?");
        binds << snapshot.toLongLong();
    }
    if (query.since >= 0) {
        where << source.timeColumn + QStringLiteral(" >= ?");
        binds << query.since;
    }
    if (query.until >= 0) {
        where << source.timeColumn + QStringLiteral(" < ?");
        binds << query.until;
    }
    if (!query.search.isEmpty() && !source.searchColumns.isEmpty()) {
        QStringList any;
        for (const QString &column : source.searchColumns) {
            any << db.caseInsensitiveContains(column);
            binds << likePattern(query.search);
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!source.extraWhere.isEmpty()) {
        where << QLatin1Char('(') + source.extraWhere + QLatin1Char(')');
        binds << source.extraBinds;
    }
    const QString filter = where.join(QStringLiteral(" AND "));

    // The snapshot pins the set, so its size is counted once, on the first
    // page, and carried in the cursor instead of being recounted per page.
    if (!counted) {
        QSqlQuery &count = db.prepared(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(source.table, filter));
        Database::exec(count, binds);
        total = count.next() ? count.value(0).toLongLong() : 0;
        count.finish();
    }

    QString pageFilter = filter;
    QVariantList pageBinds = binds;
    if (query.hasCursor) {
        // A row-value comparison, not "t < ? OR (t = ? AND id < ?)": both
        // SQLite and PostgreSQL turn it into one range seek on the
        // (account_id, time, id) index, so a page deep in a million rows
        // costs the same as the first.
        pageFilter += QStringLiteral(" AND (%1, id) < (?, ?)").arg(source.timeColumn);
        const QVariant afterId =
            source.numericId ? QVariant(query.afterId.toLongLong()) : QVariant(query.afterId);
        pageBinds << query.afterTime << afterId;
    }
    pageBinds << query.limit + 1;
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 DESC, id DESC LIMIT ?")
            .arg(source.columns, source.table, pageFilter, source.timeColumn);
    PageRead read;
    if (onDirectRow && SqliteStatement::handleOf(db)) {
        // Kept prepared like the others; reset at the end of the block,
        // which ends its read snapshot.
        SqliteStatement rows(db, sql);
        rows.bind(pageBinds);
        read = readDirect(rows, source.timeColumn, query.limit, onDirectRow);
    } else if (onDirectRow && db.isPostgres()) {
        PostgresStatement rows(db, sql);
        rows.bind(pageBinds);
        read = readDirect(rows, source.timeColumn, query.limit, onDirectRow);
    } else {
        // Prepared once per shape of query and kept (the limit is bound, so
        // the shapes are few): PostgreSQL otherwise parses and plans every
        // page in a PREPARE, EXECUTE and DEALLOCATE of its own.
        QSqlQuery &rows = db.prepared(sql);
        Database::exec(rows, pageBinds);
        const int timeIndex = rows.record().indexOf(source.timeColumn);
        const int idIndex = rows.record().indexOf(QStringLiteral("id"));
        while (rows.next()) {
            if (read.count == query.limit) {
                read.more = true;
                break;
            }
            onRow(rows);
            ++read.count;
            read.lastTime = rows.value(timeIndex).toLongLong();
            read.lastId = rows.value(idIndex).toString();
        }
        // A kept statement left open would hold SQLite's read snapshot.
        rows.finish();
    }
    End end;
    end.total = total;
    end.nextCursor = read.more ? QJsonValue(encodeCursor(read.lastTime, read.lastId, snapshot,
                                                         total, filterDigest(query)))
                               : QJsonValue(QJsonValue::Null);
    return end;
}

} // namespace pd::server
