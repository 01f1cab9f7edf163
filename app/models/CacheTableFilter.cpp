#include "models/CacheTableFilter.h"

#include "models/FtsQuery.h"
#include "models/ModelsLog.h"
#include "models/TermMatcher.h"
#include "store/SqliteHandle.h"
#include "store/StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace pd {

namespace {

int nextHitsTableNumber()
{
    static int number = 0; // UI thread only
    return ++number;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant bindable(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return isoUtc(value.toDateTime());
    return value;
}

// Rows of `table` the full-text index does not cover yet (a sync is still
// indexing); -1 on error.
qint64 unindexedRows(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE row_id > (SELECT indexed_upto "
                                   "FROM fts_state WHERE table_name = '%1')")
                        .arg(table)) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The highest row id of `table` in its full-text index; -1 on error.
qint64 indexedUpto(sqlite3 *handle, const QString &table)
{
    sqlite3_stmt *statement = nullptr;
    qint64 upto = -1;
    if (sqlite3_prepare_v2(handle, "SELECT indexed_upto FROM fts_state WHERE table_name = ?1", -1,
                           &statement, nullptr) == SQLITE_OK) {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_STATIC);
        if (sqlite3_step(statement) == SQLITE_ROW &&
            sqlite3_column_type(statement, 0) == SQLITE_INTEGER)
            upto = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return upto;
}

// Whether `sql` (a SELECT over the rows a condition leaves) yields at least
// CacheTableFilter::kScanThreshold rows; it reads no more than that many.
// True on error: the query that follows runs anyway and reports it.
bool atLeastThreshold(const QSqlDatabase &database, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)")
                           .arg(sql)
                           .arg(CacheTableFilter::kScanThreshold)))
        return true;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return true;
    return query.value(0).toLongLong() >= CacheTableFilter::kScanThreshold;
}

void isHit(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *hits = static_cast<const CacheTableFilter::Hits *>(sqlite3_user_data(context));
    const qint64 rowId = sqlite3_value_int64(arguments[0]);
    sqlite3_result_int(context, std::binary_search((*hits)->cbegin(), (*hits)->cend(), rowId));
}

void dropHits(void *hits)
{
    delete static_cast<CacheTableFilter::Hits *>(hits);
}

} // namespace

// The hits of a search of known terms only, read one range of row ids at a
// time (FTS5 seeks to a row id range in a term's entries), on the connection
// that prepared the filter; used on that connection's thread only. A walk in
// time order (rows arrive roughly in it) meets the hits range by range; a
// walk of another sort index meets row ids all over the table, and checks
// each row's own text with the matcher instead, until checking has cost
// about what reading every hit would (then it reads them).
struct CacheTableFilter::LazyHits {
    sqlite3 *handle = nullptr;
    QByteArray ftsTable;
    QByteArray match;
    // Every hit in [headStart, headEnd] (the newest rows: a window of them
    // often needs no other).
    std::vector<qint64> head;
    qint64 headEnd = 0;
    // The row ids beyond the head, and the hits estimated among them.
    qint64 lastRowId = 0;
    qint64 estimatedRest = 0;
    // Rows above it are not in the full-text index yet: never hits.
    qint64 indexedUpto = 0;
    std::unordered_map<qint64, std::vector<qint64>> ranges; // first row id >> bits -> hits
    std::shared_ptr<std::vector<qint64>> all;               // once every hit is read
    std::unique_ptr<TermMatcher> matcher;                   // null: rows are not checked
    qint64 checks = 0;
    QString error;

    // Appends the hits with lo <= rowid (< hi unless hi is 0) to `out`, sorted.
    bool read(qint64 lo, qint64 hi, std::vector<qint64> *out)
    {
        const QByteArray sql = "SELECT rowid FROM " + ftsTable + " WHERE " + ftsTable +
                               " MATCH ?1 AND rowid >= ?2" +
                               (hi > 0 ? QByteArray(" AND rowid < ?3") : QByteArray());
        sqlite3_stmt *statement = nullptr;
        const std::size_t first = out->size();
        int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
            sqlite3_bind_int64(statement, 2, lo);
            if (hi > 0)
                sqlite3_bind_int64(statement, 3, hi);
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                out->push_back(sqlite3_column_int64(statement, 0));
        }
        if (rc != SQLITE_DONE)
            error = SqliteHandle::lastError(handle);
        sqlite3_finalize(statement);
        const auto from = out->begin() + std::ptrdiff_t(first);
        if (rc == SQLITE_DONE && !std::is_sorted(from, out->end()))
            std::sort(from, out->end());
        return rc == SQLITE_DONE;
    }

    // Reads the hits after the head, once.
    bool readAll()
    {
        if (all)
            return true;
        auto every = std::make_shared<std::vector<qint64>>(head);
        if (!read(headEnd + 1, 0, every.get()))
            return false;
        all = std::move(every);
        ranges.clear();
        head.clear();
        head.shrink_to_fit();
        return true;
    }

    // The answer from hits read already; nullopt when they do not tell.
    std::optional<bool> known(qint64 rowId) const
    {
        if (all)
            return std::binary_search(all->cbegin(), all->cend(), rowId);
        if (rowId <= headEnd)
            return std::binary_search(head.cbegin(), head.cend(), rowId);
        if (const auto it = ranges.find(rowId >> kLazyRangeBits); it != ranges.end())
            return std::binary_search(it->second.cbegin(), it->second.cend(), rowId);
        return std::nullopt;
    }

    // Whether `rowId` is a hit, reading its range (or every hit); nullopt
    // when reading failed.
    std::optional<bool> contains(qint64 rowId)
    {
        if (const std::optional<bool> hit = known(rowId))
            return hit;
        const qint64 range = rowId >> kLazyRangeBits;
        if (int(ranges.size()) < kLazyRanges) {
            std::vector<qint64> hits;
            if (!read(qMax(range << kLazyRangeBits, headEnd + 1), (range + 1) << kLazyRangeBits,
                      &hits))
                return std::nullopt;
            const bool hit = std::binary_search(hits.cbegin(), hits.cend(), rowId);
            ranges.emplace(range, std::move(hits));
            return hit;
        }
        if (!readAll())
            return std::nullopt;
        return std::binary_search(all->cbegin(), all->cend(), rowId);
    }

    // Whether the row `rowId` with the indexed texts `texts` is a hit,
    // checking the texts while that costs less than reading every hit.
    std::optional<bool> check(qint64 rowId, sqlite3_value *const *texts, int count)
    {
        if (const std::optional<bool> hit = known(rowId))
            return hit;
        if (rowId > indexedUpto)
            return false; // the index does not hold it: the search does not find it
        if (matcher && checks < estimatedRest / kHitsReadPerCheck) {
            ++checks;
            bool failed = false;
            const bool hit = matcher->matches(texts, count, &failed);
            if (!failed)
                return hit;
            matcher.reset(); // read the hits instead
        }
        if (!readAll())
            return std::nullopt;
        return std::binary_search(all->cbegin(), all->cend(), rowId);
    }
};

namespace {

// (row_id) or (row_id, the indexed columns' values).
void isLazyHit(sqlite3_context *context, int count, sqlite3_value **arguments)
{
    const auto *lazy = static_cast<const std::shared_ptr<CacheTableFilter::LazyHits> *>(
        sqlite3_user_data(context));
    const qint64 rowId = sqlite3_value_int64(arguments[0]);
    const std::optional<bool> hit =
        count > 1 ? (*lazy)->check(rowId, arguments + 1, count - 1) : (*lazy)->contains(rowId);
    if (!hit) {
        const QByteArray message = (*lazy)->error.toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size()));
        return;
    }
    sqlite3_result_int(context, *hit);
}

void dropLazyHits(void *lazy)
{
    delete static_cast<std::shared_ptr<CacheTableFilter::LazyHits> *>(lazy);
}

} // namespace

CacheTableFilter::CacheTableFilter(const CacheTableSpec &spec)
    : m_spec(spec)
{
    const int number = nextHitsTableNumber();
    m_hitsTable = QStringLiteral("temp.pd_search_hits_%1").arg(number);
    m_hitsFunction = QStringLiteral("pd_search_hit_%1").arg(number);
}

bool CacheTableFilter::registerHitsFunction(sqlite3 *handle, const QString &function, Hits hits)
{
    const QByteArray name = function.toUtf8();
    // SQLite owns the copy of the reference and drops it with the function
    // (also when registering fails).
    // Any number of arguments: conditions() may pass the row's texts too.
    return sqlite3_create_function_v2(handle, name.constData(), -1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                      new Hits(std::move(hits)), &isHit, nullptr, nullptr,
                                      &dropHits) == SQLITE_OK;
}

qint64 CacheTableFilter::hitCount() const
{
    if (m_lazy) {
        if (!m_lazy->readAll()) {
            qCWarning(lcModels) << "search on" << m_spec.table << "failed:" << m_lazy->error;
            return -1;
        }
        return qint64(m_lazy->all->size());
    }
    return m_hitCount;
}

bool CacheTableFilter::hitCountKnown() const
{
    return !m_lazy || m_lazy->all;
}

CacheTableFilter::Hits CacheTableFilter::hits() const
{
    if (m_lazy) {
        if (!m_lazy->readAll()) {
            qCWarning(lcModels) << "search on" << m_spec.table << "failed:" << m_lazy->error;
            return std::make_shared<const std::vector<qint64>>();
        }
        return m_lazy->all;
    }
    return m_hits;
}

QString CacheTableFilter::hitsFunction() const
{
    return m_match.isEmpty() || m_hitCount < kScanThreshold ? QString() : m_hitsFunction;
}

void CacheTableFilter::setEquals(int column, const QVariant &value)
{
    if (value.isNull())
        m_equals.remove(column);
    else
        m_equals.insert(column, value);
    m_planStale = true;
}

void CacheTableFilter::clearEquals()
{
    m_equals.clear();
    m_planStale = true;
}

void CacheTableFilter::setTimeRange(const QDateTime &from, const QDateTime &until)
{
    m_from = from;
    m_until = until;
    m_planStale = true;
}

void CacheTableFilter::setSearch(const QString &userText)
{
    m_userText = userText;
    m_match = FtsQuery::fromUserText(userText);
    m_hitsStale = true;
}

void CacheTableFilter::invalidate()
{
    m_hitsStale = true;
    m_planStale = true;
}

bool CacheTableFilter::prepare(const QSqlDatabase &database, QString *error)
{
    if (m_planStale)
        plan(database);
    if (m_hitsStale)
        return collectHits(database, error);
    return true;
}

void CacheTableFilter::release(const QSqlDatabase &database)
{
    if (database.isOpen()) {
        QSqlQuery query(database);
        query.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_hitsTable);
        if (sqlite3 *handle = SqliteHandle::of(database); handle && (m_hits || m_lazy)) {
            const QByteArray name = m_hitsFunction.toUtf8();
            sqlite3_create_function_v2(handle, name.constData(), -1, SQLITE_UTF8, nullptr, nullptr,
                                       nullptr, nullptr, nullptr);
        }
    }
    m_hits.reset();
    m_lazy.reset();
    m_hitCount = 0;
    m_hitsStale = true;
}

bool CacheTableFilter::collectHits(const QSqlDatabase &database, QString *error)
{
    release(database);
    if (m_match.isEmpty()) {
        m_hitsStale = false;
        return true;
    }
    sqlite3 *handle = SqliteHandle::of(database);
    if (!handle) {
        *error = QStringLiteral("the search has no connection");
        return false;
    }
    // Looked up again with every collection: a refresh may bring new terms.
    m_searching =
        FtsQuery::fromUserText(m_userText, [this, handle](const QString &prefix, int limit) {
            return termsWithPrefix(handle, prefix, limit);
        });
    // Known terms only: FTS5 reads them lazily, so the hits among the newest
    // rows (the first kHeadRowIds row ids) tell whether there are many
    // without reading them all.
    const bool lazy = !m_searching.contains(QStringLiteral("\"*"));
    qint64 firstRowId = 0;
    qint64 lastRowId = 0;
    if (lazy) {
        sqlite3_stmt *bounds = nullptr;
        // Two subqueries: SQLite reads one end of the row id b-tree for each
        // (min and max in one SELECT read every row id, 100 ms for 1M rows).
        const QByteArray table = m_spec.table.toUtf8();
        const QByteArray sql = "SELECT (SELECT min(row_id) FROM " + table +
                               "), (SELECT max(row_id) FROM " + table + ')';
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &bounds, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(bounds) == SQLITE_ROW) {
            firstRowId = sqlite3_column_int64(bounds, 0);
            lastRowId = sqlite3_column_int64(bounds, 1);
        }
        sqlite3_finalize(bounds);
    }
    const qint64 headEnd = firstRowId + kHeadRowIds - 1;
    const bool bounded = lazy && lastRowId > headEnd;
    // Through the C API: a QSqlQuery costs more per row than the search.
    auto hits = std::make_shared<std::vector<qint64>>();
    const QByteArray search =
        QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(m_spec.ftsTable).toUtf8() +
        (bounded ? " AND rowid <= " + QByteArray::number(headEnd) + " ORDER BY rowid"
                 : QByteArray());
    const QByteArray match = m_searching.toUtf8();
    sqlite3_stmt *statement = nullptr;
    int rc =
        sqlite3_prepare_v2(handle, search.constData(), int(search.size()), &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            hits->push_back(sqlite3_column_int64(statement, 0));
    }
    sqlite3_finalize(statement);
    bool ok = rc == SQLITE_DONE;
    if (ok && !std::is_sorted(hits->cbegin(), hits->cend()))
        std::sort(hits->begin(), hits->end());
    m_hitCount = qint64(hits->size());
    // The hits beyond the head, as many as among the head's row ids.
    const qint64 estimatedRest =
        bounded ? m_hitCount * (lastRowId - headEnd) / qMax<qint64>(1, headEnd - firstRowId + 1)
                : 0;
    if (ok && bounded && m_hitCount + estimatedRest >= kScanThreshold) {
        auto reader = std::make_shared<LazyHits>();
        reader->handle = handle;
        reader->ftsTable = m_spec.ftsTable.toUtf8();
        reader->match = match;
        reader->headEnd = headEnd;
        reader->head = std::move(*hits);
        reader->lastRowId = lastRowId;
        reader->estimatedRest = estimatedRest;
        reader->indexedUpto = indexedUpto(handle, m_spec.table);
        if (reader->indexedUpto >= 0)
            reader->matcher = TermMatcher::create(handle, m_spec.ftsTable, m_searching);
        m_hitCount += estimatedRest;
        const QByteArray name = m_hitsFunction.toUtf8();
        // SQLite owns the copy of the reference and drops it with the
        // function (also when registering fails). Any number of arguments:
        // (row_id) or (row_id, the indexed columns' values).
        ok = sqlite3_create_function_v2(handle, name.constData(), -1,
                                        SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                        new std::shared_ptr<LazyHits>(reader), &isLazyHit, nullptr,
                                        nullptr, &dropLazyHits) == SQLITE_OK;
        if (ok) {
            m_lazy = std::move(reader);
            m_hitsStale = false;
            return true;
        }
    } else if (ok && bounded) {
        // Few hits after all: the rest, at once.
        std::vector<qint64> rest;
        LazyHits reader;
        reader.handle = handle;
        reader.ftsTable = m_spec.ftsTable.toUtf8();
        reader.match = match;
        ok = reader.read(headEnd + 1, 0, &rest);
        if (!ok)
            *error = reader.error;
        hits->insert(hits->end(), rest.cbegin(), rest.cend());
        m_hitCount = qint64(hits->size());
    }
    if (ok && m_hitCount >= kScanThreshold) {
        ok = registerHitsFunction(handle, m_hitsFunction, hits);
    } else if (ok) {
        // A few hits drive the query: as a table SQLite can join.
        const QByteArray table = m_hitsTable.toUtf8();
        const QByteArray create =
            "SAVEPOINT pd_hits; CREATE TABLE " + table + " (rowid INTEGER PRIMARY KEY);";
        const QByteArray insert = "INSERT INTO " + table + " VALUES (?)";
        ok = SqliteHandle::exec(handle, create.constData(), error) &&
             sqlite3_prepare_v2(handle, insert.constData(), int(insert.size()), &statement,
                                nullptr) == SQLITE_OK;
        for (auto it = hits->cbegin(); ok && it != hits->cend(); ++it) {
            sqlite3_bind_int64(statement, 1, *it);
            ok = sqlite3_step(statement) == SQLITE_DONE;
            sqlite3_reset(statement);
        }
        sqlite3_finalize(statement);
        if (!ok && error->isEmpty())
            *error = SqliteHandle::lastError(handle);
        ok = SqliteHandle::exec(handle,
                                ok ? "RELEASE pd_hits" : "ROLLBACK TO pd_hits; RELEASE pd_hits",
                                nullptr) &&
             ok;
    }
    if (!ok) {
        if (error->isEmpty())
            *error = SqliteHandle::lastError(handle);
        m_hitCount = 0;
        qCWarning(lcModels) << "search on" << m_spec.table << "failed:" << *error;
        return false;
    }
    m_hits = std::move(hits);
    m_hitsStale = false;
    return true;
}

QStringList CacheTableFilter::termsWithPrefix(sqlite3 *handle, const QString &prefix,
                                              int limit) const
{
    // The index's vocabulary, on this connection only (TEMP). Of the kinds
    // of fts5vocab table, only "instance" reads lazily: "row" counts each
    // term's rows first (7-15 ms for a common word). Each lookup seeks to the
    // first term at or after a bound and reads one entry; the next bound is
    // just past the term found (tokens never hold U+0001), and the upper
    // bound is past every term that starts with the prefix.
    const QByteArray vocabulary = "temp.pd_terms_" + m_spec.ftsTable.toUtf8();
    const QByteArray create = "CREATE VIRTUAL TABLE IF NOT EXISTS " + vocabulary +
                              " USING fts5vocab(main, " + m_spec.ftsTable.toUtf8() + ", instance)";
    const QByteArray select = "SELECT term FROM " + vocabulary +
                              " WHERE term >= ?1 AND term < ?2 || char(1114111) LIMIT 1";
    sqlite3_stmt *statement = nullptr;
    if (!SqliteHandle::exec(handle, create.constData(), nullptr) ||
        sqlite3_prepare_v2(handle, select.constData(), int(select.size()), &statement, nullptr) !=
            SQLITE_OK)
        return {};
    const QByteArray utf8 = prefix.toUtf8();
    QByteArray from = utf8;
    QStringList terms;
    int rc = SQLITE_ROW;
    while (terms.size() < limit) {
        sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW)
            break;
        const QByteArray term(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                              sqlite3_column_bytes(statement, 0));
        terms << QString::fromUtf8(term);
        from = term + '\x01';
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? terms : QStringList();
}

void CacheTableFilter::plan(const QSqlDatabase &database)
{
    m_planStale = false;
    planEquals(database);
    planTimeRange(database);
}

void CacheTableFilter::planTimeRange(const QSqlDatabase &database)
{
    m_broadTimeRange = false;
    if (!m_from.isValid() && !m_until.isValid())
        return;
    // Only the range: its count walks the time index alone.
    QStringList range;
    QVariantList rangeBinds;
    const QString time = m_spec.columns.at(m_spec.timeColumn).field;
    if (m_from.isValid()) {
        range << time + QStringLiteral(" >= ?");
        rangeBinds << isoUtc(m_from);
    }
    if (m_until.isValid()) {
        range << time + QStringLiteral(" < ?");
        rangeBinds << isoUtc(m_until);
    }
    m_broadTimeRange =
        atLeastThreshold(database,
                         QStringLiteral("SELECT 1 FROM ") + m_spec.table +
                             QStringLiteral(" WHERE ") + range.join(QStringLiteral(" AND ")),
                         rangeBinds);
}

void CacheTableFilter::planEquals(const QSqlDatabase &database)
{
    m_assisted.clear();
    m_broadEquals.clear();
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        const CacheColumn &column = m_spec.columns.at(it.key());
        // On an index of the column's own value, the count reads index
        // entries only.
        if (column.indexed && column.sortExpression.isEmpty() &&
            atLeastThreshold(database,
                             QStringLiteral("SELECT 1 FROM ") + m_spec.table +
                                 QStringLiteral(" WHERE ") + column.field + QStringLiteral(" = ?"),
                             {bindable(it.value())}))
            m_broadEquals << it.key();
    }
    const FtsTableSpec *fts = StoreSchema::ftsFor(m_spec.table);
    // Only with a complete index: it must not hide rows it does not hold yet.
    if (!fts || m_equals.isEmpty() || unindexedRows(database, m_spec.table) != 0)
        return;
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        const QString field = m_spec.columns.at(it.key()).field;
        // A value that many rows hold is in as many phrases: never assisted.
        if (it.value().metaType().id() != QMetaType::QString || !fts->columns.contains(field) ||
            m_broadEquals.contains(it.key()))
            continue;
        const QString phrase = FtsQuery::columnPhrase(field, it.value().toString());
        if (phrase.isEmpty())
            continue;
        // A common value is found fastest by walking the time index; a rare
        // (or absent) one through its index entries.
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? "
                                     "LIMIT %2)")
                          .arg(fts->ftsTable)
                          .arg(kScanThreshold));
        query.addBindValue(phrase);
        if (query.exec() && query.next() && query.value(0).toLongLong() < kScanThreshold)
            m_assisted.insert(it.key(), phrase);
    }
}

QStringList CacheTableFilter::conditions(QVariantList *binds, int sortColumn,
                                         Connection connection) const
{
    // "+" keeps SQLite from driving the query by a condition that leaves
    // many rows, so that it walks the sort index and stops after one window.
    // (Without an index on the sort column it has no such walk.)
    const bool sortIndexed = sortColumn >= 0 && m_spec.columns.at(sortColumn).indexed;
    const auto hidden = [sortIndexed](bool broad) {
        return sortIndexed && broad ? QStringLiteral("+") : QString();
    };
    // Only a walk in time order (rows arrive roughly in it) meets the hits
    // range by range; a walk of another index checks each row's texts (the
    // matcher), and without that, or for a count, the hits are read at once.
    // A failed read is reported by the query, which reads again.
    const bool checkRows =
        m_lazy && m_lazy->matcher && sortColumn >= 0 && sortColumn != m_spec.timeColumn;
    if (m_lazy && !checkRows && sortColumn != m_spec.timeColumn)
        m_lazy->readAll();
    QStringList conditions;
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        const bool broad = it.key() != sortColumn && m_broadEquals.contains(it.key());
        conditions << hidden(broad) + m_spec.columns.at(it.key()).field + QStringLiteral(" = ?");
        binds->append(bindable(it.value()));
        if (m_assisted.contains(it.key())) {
            conditions << QStringLiteral("row_id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                              .arg(m_spec.ftsTable);
            binds->append(m_assisted.value(it.key()));
        }
    }
    const QString time = hidden(sortColumn != m_spec.timeColumn && m_broadTimeRange) +
                         m_spec.columns.at(m_spec.timeColumn).field;
    if (m_from.isValid()) {
        conditions << time + QStringLiteral(" >= ?");
        binds->append(isoUtc(m_from));
    }
    if (m_until.isValid()) {
        conditions << time + QStringLiteral(" < ?");
        binds->append(isoUtc(m_until));
    }
    if (!m_match.isEmpty() && m_hitCount >= kScanThreshold) {
        // Many hits: checked row by row as the query walks the sort index
        // (another connection registers the function with hits()).
        if (checkRows && !m_lazy->all)
            conditions
                << m_hitsFunction + QStringLiteral("(row_id, ") +
                       StoreSchema::ftsFor(m_spec.table)->columns.join(QStringLiteral(", ")) + u')';
        else
            conditions << m_hitsFunction + QStringLiteral("(row_id)");
    } else if (!m_match.isEmpty() && connection == Connection::Other) {
        conditions << QStringLiteral("row_id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                          .arg(m_spec.ftsTable);
        binds->append(m_searching);
    } else if (!m_match.isEmpty()) {
        conditions << QStringLiteral("row_id IN ") + m_hitsTable;
    }
    return conditions;
}

} // namespace pd
