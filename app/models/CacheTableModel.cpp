#include "models/CacheTableModel.h"

#include "core/StartupGate.h"
#include "models/DistinctValuesQuery.h"
#include "models/MatchCounter.h"
#include "models/ModelsLog.h"
#include "models/WindowReader.h"
#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/SortIndexes.h"
#include "store/StoreIndexer.h"
#include "store/SyncStateStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

CacheTableModel::CacheTableModel(LocalStore *store, CacheTableSpec spec, StartupGate *gate,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.timeColumn)
    , m_filter(m_spec)
    , m_counter(new MatchCounter(gate, this))
    , m_gate(gate)
{
    connect(m_counter, &MatchCounter::counted, this, [this](qint64 count, const QString &error) {
        if (count < 0)
            m_error = error;
        Q_EMIT matchCountReady(count);
    });
    connect(store, &LocalStore::aboutToWipe, this, [this] {
        // The reader's connection goes too: the wipe empties the file's log
        // only once no other connection reads it.
        cancelReadsAhead();
        if (m_reader)
            m_reader->stop();
        m_changing = true;
        beginResetModel();
        m_windows.clear();
        m_atEnd = true;
        endResetModel();
        m_changing = false;
    });
    connect(store, &LocalStore::wiped, this, &CacheTableModel::refresh);
    connect(store->indexer(), &StoreIndexer::searchIndexBuilt, this, &CacheTableModel::indexBuilt);
    connect(store->indexer(), &StoreIndexer::sortIndexBuilt, this, &CacheTableModel::indexBuilt);
    // Not refresh(), which checks every table's indexes again: opening the
    // store has just done that. reload() asks for this order's index if it
    // is missing, and finds this table's search backlog (rows written since
    // the store was opened), which this model then asks to have indexed.
    reload();
    if (m_searchIndexing)
        m_store->indexer()->schedule();
}

CacheTableModel::~CacheTableModel()
{
    if (m_store && m_store->isOpen())
        m_filter.release(m_store->database());
}

int CacheTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_windows.rowCount();
}

int CacheTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant CacheTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CacheColumn &column = m_spec.columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column.kind == CacheColumn::Kind::Integer)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    const QVariantList *values = rowValues(index.row());
    // Empty when reading its window again failed or found the row gone, or
    // (no values) while it is being read.
    if (!values || values->size() <= index.column())
        return role == LoadingRole ? QVariant(isLoading(index.row())) : QVariant();
    const int columns = int(m_spec.columns.size());
    const QVariant &value = values->at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.isNull())
            return value;
        switch (column.kind) {
        case CacheColumn::Kind::Timestamp:
            if (const QDateTime time = value.toDateTime(); time.isValid())
                return time.toLocalTime();
            return DisplayText::invalid();
        case CacheColumn::Kind::Integer:
            // 1e400 or text where a number belongs.
            if (value.userType() != QMetaType::LongLong && value.userType() != QMetaType::Int)
                return DisplayText::invalid();
            return value;
        case CacheColumn::Kind::Text:
            return DisplayText::bounded(value.toString(), DisplayText::kCellChars,
                                        fullLength(*values, index.column()));
        }
        return value;
    case RawValueRole:
        if (column.kind == CacheColumn::Kind::Timestamp && !value.isNull())
            return value.toDateTime().isValid() ? isoUtc(value.toDateTime()) : QString();
        return value;
    case ItemIdRole:
        return values->at(columns);
    case FullLengthRole:
        if (column.kind != CacheColumn::Kind::Text || value.isNull())
            return {};
        return fullLength(*values, index.column());
    case LoadingRole:
        return false;
    default:
        return {};
    }
}

qsizetype CacheTableModel::fullLength(const QVariantList &values, int column) const
{
    // After the item id: the lengths of the text values that were cut, when
    // there are any.
    const int columns = int(m_spec.columns.size());
    if (values.size() > columns + 1) {
        const QList<qsizetype> lengths = values.at(columns + 1).value<QList<qsizetype>>();
        if (column < lengths.size() && lengths.at(column) >= 0)
            return lengths.at(column);
    }
    return values.at(column).toString().size();
}

QString CacheTableModel::wholeText(int row, int column) const
{
    if (column < 0 || column >= m_spec.columns.size() ||
        m_spec.columns.at(column).kind != CacheColumn::Kind::Text || !m_store || !m_store->isOpen())
        return {};
    const QVariant id = data(index(row, 0), ItemIdRole);
    if (id.isNull())
        return {};
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT ") + m_spec.columns.at(column).field +
                       QStringLiteral(" FROM ") + m_spec.table + QStringLiteral(" WHERE id = ?"))) {
        qCWarning(lcModels) << "whole value of" << m_spec.table
                            << "failed:" << query.lastError().text();
        return {};
    }
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        qCWarning(lcModels) << "whole value of" << m_spec.table
                            << "failed:" << query.lastError().text();
        return {};
    }
    return query.value(0).toString();
}

QVariant CacheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_spec.columns.size())
        return m_spec.columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> CacheTableModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(RawValueRole, "rawValue");
    roles.insert(ItemIdRole, "itemId");
    roles.insert(FullLengthRole, "fullLength");
    roles.insert(LoadingRole, "loading");
    return roles;
}

bool CacheTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CacheTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<LoadedWindows::Row> rows = nextWindow();
    if (rows.isEmpty())
        return;
    m_changing = true;
    const int first = m_windows.rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_windows.append(std::move(rows));
    endInsertRows();
    m_changing = false;
    readNextAhead();
}

void CacheTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size() || !m_spec.columns.at(column).sortable)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void CacheTableModel::setColumnFilter(int column, const QVariant &value)
{
    if (column < 0 || column >= m_spec.columns.size())
        return;
    m_filter.setEquals(column, value);
    reload();
}

void CacheTableModel::clearColumnFilters()
{
    m_filter.clearEquals();
    reload();
}

void CacheTableModel::setDateRange(const QDateTime &from, const QDateTime &until)
{
    m_filter.setTimeRange(from, until);
    reload();
}

void CacheTableModel::setSearchText(const QString &text)
{
    m_filter.setSearch(text);
    reload();
}

void CacheTableModel::refresh()
{
    if (m_store && m_store->isOpen())
        m_store->scheduleIndexing();
    m_filter.invalidate();
    reload();
}

void CacheTableModel::updateSearchIndexing()
{
    const bool indexing = m_store && m_store->isOpen() && !m_spec.ftsTable.isEmpty() &&
                          FtsIndex::hasBacklog(m_store->handle(), m_spec.table);
    if (indexing == m_searchIndexing)
        return;
    m_searchIndexing = indexing;
    Q_EMIT searchIndexingChanged(indexing);
}

void CacheTableModel::indexBuilt(const QString &table)
{
    if (table != m_spec.table)
        return;
    // A search shown while the full-text index caught up, or an order that
    // waited for its index: the rows change, so read them again.
    const bool searchComplete = m_searchIndexing && m_filter.hasSearch();
    updateSearchIndexing();
    if ((searchComplete && !m_searchIndexing) || (m_sortPending && !sortIndexMissing())) {
        m_filter.invalidate();
        reload();
    }
}

bool CacheTableModel::sortIndexMissing() const
{
    return m_store && m_store->isOpen() &&
           SortIndexes::pending(m_store->handle(), m_spec.table, sortExpression(m_sortColumn));
}

int CacheTableModel::shownSortColumn() const
{
    return m_sortPending ? m_spec.timeColumn : m_sortColumn;
}

Qt::SortOrder CacheTableModel::shownSortOrder() const
{
    return m_sortPending ? Qt::DescendingOrder : m_sortOrder;
}

void CacheTableModel::reload()
{
    if (m_changing)
        return;
    const bool wasPending = m_sortPending;
    m_sortPending = sortIndexMissing();
    cancelReadsAhead();
    m_changing = true;
    beginResetModel();
    m_windows.clear();
    m_atEnd = false;
    m_error.clear();
    QString error;
    if (!m_store || !m_store->isOpen()) {
        m_atEnd = true;
    } else if (!m_filter.prepare(m_store->database(), &error)) {
        m_error = error;
        m_atEnd = true;
        Q_EMIT queryFailed(error);
    } else if (m_filter.matchesNothing()) {
        m_atEnd = true; // no need to ask
    } else {
        if (QList<LoadedWindows::Row> rows = fetchWindow(false); !rows.isEmpty())
            m_windows.append(std::move(rows));
    }
    endResetModel();
    m_changing = false;
    readNextAhead();
    updateSearchIndexing();
    // Nothing else may ask for the index soon. While the sync walks the
    // table, it asks when the walk ends (the indexer would wait for that).
    if (m_sortPending && !m_store->indexer()->isRunning() &&
        !SortIndexes::syncWalking(m_store->handle(), m_spec.table))
        m_store->scheduleIndexing();
    if (m_sortPending != wasPending)
        Q_EMIT sortPendingChanged(m_sortPending);
}

QString CacheTableModel::sortExpression(int column) const
{
    const CacheColumn &spec = m_spec.columns.at(column);
    return spec.sortExpression.isEmpty() ? spec.field : spec.sortExpression;
}

QString CacheTableModel::whereClause(QVariantList *binds, bool ordered,
                                     CacheTableFilter::Connection connection) const
{
    const QStringList conditions =
        m_filter.conditions(binds, ordered ? shownSortColumn() : -1, connection);
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString CacheTableModel::selectSql() const
{
    // Text values: their first bytes (as a blob: SQLite's text functions
    // stop at a NUL, which a hostile value may hold), enough for
    // kHeldChars characters; after the other columns, the length of a value
    // longer than those bytes: in characters, or in bytes when it holds a
    // NUL (length() would stop there).
    QStringList fields;
    QStringList lengths;
    for (const CacheColumn &column : m_spec.columns) {
        if (column.kind == CacheColumn::Kind::Text) {
            const QString blob = QStringLiteral("CAST(%1 AS BLOB)").arg(column.field);
            fields << QStringLiteral("substr(%1, 1, %2)").arg(blob).arg(kHeldBytes);
            lengths << QStringLiteral(
                           "CASE WHEN length(%1) > %2 THEN CASE WHEN instr(%1, x'00') = 0"
                           " THEN length(%3) ELSE length(%1) END END")
                           .arg(blob)
                           .arg(kHeldBytes)
                           .arg(column.field);
        } else {
            fields << column.field;
        }
    }
    fields << lengths;
    return QStringLiteral("SELECT row_id, id, ") + sortExpression() + u", " +
           fields.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + m_spec.table;
}

QString CacheTableModel::orderSql() const
{
    const QString direction =
        shownSortOrder() == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + sortExpression() + direction +
           QStringLiteral(", row_id") + direction;
}

CacheTableModel::Query CacheTableModel::windowQuery() const
{
    Query query;
    query.sql = selectSql() + whereClause(&query.binds, true) + orderSql() +
                QStringLiteral(" LIMIT ") + QString::number(m_windowSize);
    return query;
}

CacheTableModel::Query CacheTableModel::rangeQuery(const QStringList &range,
                                                   const QVariantList &rangeBinds, bool oneKey,
                                                   int limit) const
{
    Query query;
    QStringList conditions = m_filter.conditions(&query.binds, shownSortColumn());
    conditions << range;
    query.binds << rangeBinds;
    // Under "key = ?" SQLite sees that an expression index orders by row id,
    // not that it orders by the expression.
    const QString direction =
        shownSortOrder() == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = oneKey && !m_spec.columns.at(shownSortColumn()).sortExpression.isEmpty()
                              ? QStringLiteral(" ORDER BY row_id") + direction
                              : orderSql();
    query.sql = selectSql() + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")) +
                order + QStringLiteral(" LIMIT ") + QString::number(limit);
    return query;
}

QList<CacheTableModel::Query> CacheTableModel::nextWindowQueries() const
{
    if (m_windows.isEmpty())
        return {};
    const LoadedWindows::Key &last = m_windows.lastKey();
    const bool descending = shownSortOrder() == Qt::DescendingOrder;
    const QString key = sortExpression();
    const QString after = descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?");
    return {
        rangeQuery({key + QStringLiteral(" = ?"), QStringLiteral("row_id") + after},
                   {last.sortKey, last.rowId}, true, m_windowSize),
        rangeQuery({key + after}, {last.sortKey}, false, m_windowSize),
    };
}

QList<CacheTableModel::Query> CacheTableModel::loadedWindowQueries(int window) const
{
    if (window < 0 || window >= m_windows.windowCount())
        return {};
    const LoadedWindows::Bounds &bounds = m_windows.bounds(window);
    const bool descending = shownSortOrder() == Qt::DescendingOrder;
    const QString key = sortExpression();
    const QString after = descending ? QStringLiteral(" <= ?") : QStringLiteral(" >= ?");
    const QString before = descending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
    // As nextWindowQueries() says, the rows of the first and the last key
    // are read by key and row id (a seek), and those between by key. The row
    // id bound leaves out rows stored since the window was loaded (they
    // carry higher ids); "+" keeps SQLite from reading by row id instead of
    // walking the sort index.
    const auto part = [&](QStringList range, QVariantList rangeBinds, bool oneKey) {
        range << QStringLiteral("+row_id <= ?");
        rangeBinds << bounds.maxRowId;
        return rangeQuery(range, rangeBinds, oneKey, bounds.rows);
    };
    const QString equals = key + QStringLiteral(" = ?");
    if (bounds.first.sortKey == bounds.last.sortKey)
        return {part({equals, QStringLiteral("row_id") + after, QStringLiteral("row_id") + before},
                     {bounds.first.sortKey, bounds.first.rowId, bounds.last.rowId}, true)};
    return {
        part({equals, QStringLiteral("row_id") + after}, {bounds.first.sortKey, bounds.first.rowId},
             true),
        part({key + (descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?")),
              key + (descending ? QStringLiteral(" > ?") : QStringLiteral(" < ?"))},
             {bounds.first.sortKey, bounds.last.sortKey}, false),
        part({equals, QStringLiteral("row_id") + before}, {bounds.last.sortKey, bounds.last.rowId},
             true),
    };
}

CacheTableModel::Query CacheTableModel::countQuery() const
{
    Query query;
    if (m_filter.matchesNothing() || (m_filter.onlySearch() && m_filter.hitCountKnown()))
        return query;
    if (m_filter.onlySearch()) {
        // The hits are being read lazily: counting them all is the
        // counter's work, off the UI thread.
        query.sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(m_spec.ftsTable);
        query.binds = {m_filter.searchExpression()};
        return query;
    }
    const QString where = whereClause(&query.binds, false, CacheTableFilter::Connection::Other);
    if (m_filter.countCapped())
        query.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                        .arg(m_spec.table, where)
                        .arg(kCountCap + 1);
    else
        query.sql = QStringLiteral("SELECT count(*) FROM ") + m_spec.table + where;
    query.hitsFunction = m_filter.hitsFunction();
    if (!query.hitsFunction.isEmpty())
        query.hits = m_filter.hits();
    return query;
}

QList<LoadedWindows::Row> CacheTableModel::fetchWindow(bool afterLastRow)
{
    if (!m_store || !m_store->isOpen()) {
        m_atEnd = true;
        return {};
    }
    QString error;
    const QList<Query> parts =
        afterLastRow && !m_windows.isEmpty() ? nextWindowQueries() : QList<Query>{windowQuery()};
    ++m_blockingReads;
    QList<LoadedWindows::Row> rows =
        WindowReader::read(m_store->database(), m_spec, parts, m_windowSize, &error);
    if (!error.isEmpty()) {
        m_error = error;
        m_atEnd = true;
        Q_EMIT queryFailed(m_error);
        return {};
    }
    m_atEnd = rows.size() < m_windowSize;
    return rows;
}

QList<LoadedWindows::Row> CacheTableModel::nextWindow()
{
    if (m_nextRead) {
        const quint64 id = *std::exchange(m_nextRead, std::nullopt);
        if (!m_reader->isReady(id))
            ++m_blockingReads;
        // A read that failed is done again here, which reports it.
        if (std::optional<WindowReader::Result> read = m_reader->take(id);
            read && read->error.isEmpty()) {
            m_atEnd = read->rows.size() < m_windowSize;
            return std::move(read->rows);
        }
    }
    return fetchWindow(true);
}

const QVariantList *CacheTableModel::rowValues(int row) const
{
    const int window = m_windows.windowOf(row);
    if (window < 0)
        return nullptr;
    if (!m_windows.isHeld(window)) {
        if (!m_waitsForRows && readsAhead()) {
            readShownWindow(window);
            return nullptr;
        }
        // Held even when the read failed (as empty rows): a view asks for
        // every cell, and one failed read is enough until refresh().
        m_windows.hold(window, readWindowAgain(window));
    }
    readNeighbourAhead(window, row);
    return m_windows.values(row);
}

QList<QVariantList> CacheTableModel::readWindowAgain(int window) const
{
    QList<LoadedWindows::Row> rows;
    bool read = false;
    QString error;
    if (const auto ahead = m_windowReads.constFind(window); ahead != m_windowReads.cend()) {
        const quint64 id = *ahead;
        m_windowReads.erase(ahead);
        if (!m_reader->isReady(id))
            ++m_blockingReads;
        if (std::optional<WindowReader::Result> result = m_reader->take(id);
            result && result->error.isEmpty()) {
            rows = std::move(result->rows);
            read = true;
        }
    }
    const int expected = m_windows.bounds(window).rows;
    if (!read && m_store && m_store->isOpen()) {
        ++m_blockingReads;
        rows = WindowReader::read(m_store->database(), m_spec, loadedWindowQueries(window),
                                  expected, &error);
    }
    if (error.isEmpty() && rows.size() != expected)
        qCWarning(lcModels) << "window" << window << "of" << m_spec.table << "now holds"
                            << rows.size() << "rows instead of" << expected;
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (LoadedWindows::Row &row : rows)
        values.append(std::move(row.values));
    return values;
}

bool CacheTableModel::readsAhead() const
{
    // A search's hits live on the UI thread's connection (a TEMP table or
    // a SQL function over hits read lazily there).
    return m_store && m_store->isOpen() && m_error.isEmpty() && !m_filter.hasSearch();
}

WindowReader *CacheTableModel::reader() const
{
    if (!m_reader) {
        auto *self = const_cast<CacheTableModel *>(this);
        m_reader = new WindowReader(m_store->path(), m_spec, self);
        connect(m_reader, &WindowReader::ready, self, &CacheTableModel::takeReadAhead);
    }
    return m_reader;
}

void CacheTableModel::readNextAhead()
{
    if (m_atEnd || m_nextRead || m_windows.isEmpty() || !readsAhead())
        return;
    // Not while a first frame is built: the reader's thread would open its
    // connection and read on the core that the warm-up thread and the window
    // are built with.
    if (m_gate && m_gate->isHeld()) {
        if (!m_nextReadWaits) {
            m_nextReadWaits = true;
            m_gate->run(this, [this] {
                m_nextReadWaits = false;
                readNextAhead();
            });
        }
        return;
    }
    m_nextRead = reader()->start(nextWindowQueries(), m_windowSize);
}

void CacheTableModel::readNeighbourAhead(int window, int row) const
{
    // A view shows a few dozen rows: half a window ahead is time enough to
    // read the next one (a few milliseconds) before it scrolls in.
    const LoadedWindows::Bounds &bounds = m_windows.bounds(window);
    const int near = qMax(1, bounds.rows / 2);
    int neighbour = -1;
    if (row - bounds.firstRow < near && window > 0)
        neighbour = window - 1;
    else if (bounds.firstRow + bounds.rows - 1 - row < near && window + 1 < m_windows.windowCount())
        neighbour = window + 1;
    // At most one read of each window at a time, and few at all: only those
    // beside the rows in view help.
    if (neighbour < 0 || m_windows.isHeld(neighbour) || m_windowReads.contains(neighbour) ||
        m_windowReads.size() - m_shownReads.size() >= kReadsAheadMax || !readsAhead())
        return;
    m_windowReads.insert(neighbour, reader()->start(loadedWindowQueries(neighbour),
                                                    m_windows.bounds(neighbour).rows));
}

void CacheTableModel::readShownWindow(int window) const
{
    // Asked for by every cell of the window's rows in view: cheap when known.
    if (const auto read = m_windowReads.constFind(window); read != m_windowReads.cend()) {
        if (!m_shownReads.contains(window)) {
            m_shownReads.append(window); // read ahead, and now in view
            m_reader->hurry(*read);
        }
        return;
    }
    dropReadsFarFrom(window);
    const LoadedWindows::Bounds &bounds = m_windows.bounds(window);
    m_windowReads.insert(window, reader()->start(loadedWindowQueries(window), bounds.rows, true));
    m_shownReads.append(window);
}

void CacheTableModel::dropReadsFarFrom(int window) const
{
    const LoadedWindows::Bounds &near = m_windows.bounds(window);
    for (auto read = m_windowReads.begin(); read != m_windowReads.end();) {
        const LoadedWindows::Bounds &far = m_windows.bounds(read.key());
        const int apart = read.key() < window ? near.firstRow - (far.firstRow + far.rows)
                                              : far.firstRow - (near.firstRow + near.rows);
        if (apart <= kViewRowsMax) {
            ++read;
            continue;
        }
        m_reader->cancel(*read);
        m_shownReads.removeOne(read.key());
        read = m_windowReads.erase(read);
    }
}

bool CacheTableModel::isLoading(int row) const
{
    if (row < 0 || row >= m_windows.rowCount())
        return false;
    const int window = m_windows.windowOf(row);
    return !m_windows.isHeld(window) && m_shownReads.contains(window);
}

void CacheTableModel::takeReadAhead(quint64 id)
{
    if (m_nextRead == id) {
        Q_EMIT windowReadAhead(-1); // fetchMore() takes it
        return;
    }
    const int window = m_windowReads.key(id, -1);
    if (window < 0)
        return;
    const bool shown = m_shownReads.removeOne(window);
    // Held now: a view scrolling to it finds its values.
    m_windows.hold(window, readWindowAgain(window));
    if (shown) {
        const LoadedWindows::Bounds &bounds = m_windows.bounds(window);
        Q_EMIT dataChanged(index(bounds.firstRow, 0),
                           index(bounds.firstRow + bounds.rows - 1, columnCount() - 1));
    }
    Q_EMIT windowReadAhead(window);
}

void CacheTableModel::cancelReadsAhead()
{
    if (m_reader)
        m_reader->cancelAll();
    m_nextRead.reset();
    m_windowReads.clear();
    m_shownReads.clear();
}

void CacheTableModel::countMatches()
{
    if (!m_store || !m_store->isOpen() || !m_error.isEmpty()) {
        m_counter->cancel();
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT matchCountReady(-1); }, Qt::QueuedConnection);
        return;
    }
    const Query count = countQuery();
    // The search already counted its hits while collecting them.
    if (count.sql.isEmpty()) {
        m_counter->cancel();
        const qint64 hits = m_filter.hitCount();
        QMetaObject::invokeMethod(
            this, [this, hits] { Q_EMIT matchCountReady(hits); }, Qt::QueuedConnection);
        return;
    }
    m_counter->start(m_store->path(), count);
}

qint64 CacheTableModel::matchCount() const
{
    if (!m_store || !m_store->isOpen())
        return -1;
    if (m_error.isEmpty() && (m_filter.onlySearch() || m_filter.matchesNothing()))
        return m_filter.hitCount(); // counted while collecting the hits
    QVariantList binds;
    QSqlQuery query(m_store->database());
    const QString where = whereClause(&binds, false);
    if (!query.prepare(m_filter.countCapped()
                           ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                                 .arg(m_spec.table, where)
                                 .arg(kCountCap + 1)
                           : QStringLiteral("SELECT count(*) FROM ") + m_spec.table + where))
        return -1;
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::optional<bool> CacheTableModel::hasStoredRows() const
{
    if (!m_store)
        return std::nullopt;
    if (!m_store->isOpen())
        return false; // nothing stored yet: not an error
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + m_spec.table + u')') ||
        !query.next()) {
        qCWarning(lcModels).noquote() << "row check failed:" << query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toBool();
}

QString CacheTableModel::lastSyncedAt(const QString &category) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return SyncStateStore(m_store->database()).load(category).lastCompleteAt;
}

bool CacheTableModel::readDistinctValues(const QList<int> &columns)
{
    if (!m_store || !m_store->isOpen())
        return false;
    if (!m_distinct) {
        m_distinct = new DistinctValuesQuery(m_store->path(), m_spec.table, m_gate, this);
        connect(m_distinct, &DistinctValuesQuery::finished, this,
                [this](const QHash<QString, QStringList> &values) {
                    QHash<int, QStringList> byColumn;
                    for (int column : std::as_const(m_distinctColumns)) {
                        const QString &field = m_spec.columns.at(column).field;
                        if (const auto it = values.constFind(field); it != values.cend())
                            byColumn.insert(column, *it);
                    }
                    Q_EMIT distinctValuesReady(byColumn);
                });
    }
    QStringList fields;
    m_distinctColumns.clear();
    for (int column : columns) {
        if (column < 0 || column >= m_spec.columns.size())
            continue;
        m_distinctColumns << column;
        fields << m_spec.columns.at(column).field;
    }
    m_distinct->run(fields);
    return true;
}

bool CacheTableModel::distinctValuesPending() const
{
    return m_distinct && m_distinct->isRunning();
}

} // namespace pd
