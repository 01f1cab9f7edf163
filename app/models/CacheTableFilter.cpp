#include "models/CacheTableFilter.h"

#include "models/FtsQuery.h"
#include "models/ModelsLog.h"
#include "store/StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

CacheTableFilter::CacheTableFilter(const CacheTableSpec &spec)
    : m_spec(spec)
    , m_hitsTable(QStringLiteral("temp.pd_search_hits_%1").arg(nextHitsTableNumber()))
{}

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
    }
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
    QSqlQuery query(database);
    const bool ok =
        query.exec(QStringLiteral("CREATE TABLE ") + m_hitsTable +
                   QStringLiteral(" (rowid INTEGER PRIMARY KEY)")) &&
        query.prepare(QStringLiteral("INSERT INTO %1 SELECT rowid FROM %2 WHERE %2 MATCH ?")
                          .arg(m_hitsTable, m_spec.ftsTable));
    query.addBindValue(m_match);
    if (!ok || !query.exec()) {
        *error = query.lastError().text();
        qCWarning(lcModels) << "search on" << m_spec.table << "failed:" << *error;
        return false;
    }
    m_hitCount = query.numRowsAffected();
    m_hitsStale = false;
    return true;
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
        if (it.value().metaType().id() != QMetaType::QString || !fts->columns.contains(field))
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
    if (!m_match.isEmpty() && connection == Connection::Other) {
        conditions << QStringLiteral("row_id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                          .arg(m_spec.ftsTable);
        binds->append(m_match);
    } else if (!m_match.isEmpty()) {
        conditions << hidden(m_hitCount >= kScanThreshold) + QStringLiteral("row_id IN ") +
                          m_hitsTable;
    }
    return conditions;
}

} // namespace pd
