#pragma once

#include "common/DisplayText.h"
#include "models/CacheTableFilter.h"
#include "models/CacheTableSpec.h"
#include "models/LoadedWindows.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace pd {

class DistinctValuesQuery;
class LocalStore;
class MatchCounter;
class StartupGate;
class WindowReader;

// A read-only table over one cache table of the LocalStore, for views on the
// UI thread. Loads rows in windows of `windowSize` as the view scrolls
// (canFetchMore/fetchMore, keyset paging on the sort column), and runs
// sorting, column filters, a date range and full-text search in SQLite, so a
// million-row table answers in milliseconds (tests/bench/bench_models).
// Sorts by indexed columns read each window along the index
// (tests/unit/models/tst_query_plans checks the plans); columns that are not
// sortable are refused. Call refresh() after the sync stored new pages.
// Row values are kept for a bounded number of recently used windows
// (LoadedWindows): a row of a window dropped since is read again with its
// window, one index seek, so scrolling through a million rows keeps memory
// flat (tests/bench/bench_memory). Of a text value only its first
// kHeldChars characters are read into a window (a hostile server's 1 MB
// strings would hold hundreds of MB and freeze the views that lay them out):
// DisplayRole is the value as a view shows it (DisplayText::bounded()),
// FullLengthRole says how long the whole is and wholeText() reads it.
// Windows a view is about to need are read ahead on a WindowReader's thread
// (the window after the loaded rows, and a dropped window beside the rows a
// view reads); the UI thread reads one itself only when a view asks for
// rows nobody read ahead (a jump far away) and waitsForRows(), or under a
// search (its hits live on the UI thread's connection). Views turn
// waitsForRows() off: such rows then answer LoadingRole until their window,
// read first on the reader's thread, arrives and dataChanged() says so.
class CacheTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool sortPending READ sortPending NOTIFY sortPendingChanged)
    Q_PROPERTY(bool searchIndexing READ searchIndexing NOTIFY searchIndexingChanged)

public:
    enum Role {
        // As stored: ISO text for timestamps; of a text value, its first
        // kHeldChars characters.
        RawValueRole = Qt::UserRole,
        ItemIdRole, // the server's id of the row's item
        // Of a text value, its length in characters (in bytes when it is
        // longer than kHeldBytes and holds a NUL).
        FullLengthRole,
        // True while the row's window is being read for a view (see
        // setWaitsForRows()); the row's other roles are null meanwhile.
        LoadingRole,
    };

    static constexpr int kDefaultWindow = 200;
    // Dropped windows read ahead at a time, at most.
    static constexpr int kReadsAheadMax = 4;
    // More rows than a view shows at once: a read for rows this far from
    // those a view asks for now is for a place the view has left.
    static constexpr int kViewRowsMax = 256;
    // How much of each text value the windows hold.
    static constexpr qsizetype kHeldChars = DisplayText::kDetailChars;
    // Read of each text value: enough for kHeldChars characters of UTF-8.
    static constexpr qsizetype kHeldBytes = 4 * kHeldChars;

    // The match count and the filter values wait while `gate` is held.
    CacheTableModel(LocalStore *store, CacheTableSpec spec, StartupGate *gate = nullptr,
                    QObject *parent = nullptr);
    ~CacheTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // Rows whose `column` equals `value`; a null value removes the filter.
    void setColumnFilter(int column, const QVariant &value);
    void clearColumnFilters();
    // Rows whose time lies in [from, until); an invalid bound is open.
    void setDateRange(const QDateTime &from, const QDateTime &until);
    // Rows containing every word of `text` (as word prefixes).
    void setSearchText(const QString &text);
    void setWindowSize(int rows) { m_windowSize = qMax(1, rows); }
    int windowSize() const { return m_windowSize; }
    // How many loaded windows keep their rows' values in memory (at least
    // two); the others are read again when a view shows them.
    void setHeldWindows(int windows) { m_windows.setMaxHeld(windows); }
    int heldWindows() const { return m_windows.maxHeld(); }
    // Rows whose values are in memory now (tests and benchmarks).
    int heldRowCount() const { return m_windows.heldRows(); }
    // Whether data() reads the rows of a dropped window on the UI thread
    // (true, the default: for callers that need the values now). Off, such
    // a row answers LoadingRole (and no values) while its window is read
    // on the reader's thread, before any read ahead; dataChanged() for the
    // window's rows follows. Asking for rows far from those (a view jumped
    // again) drops that read. Under a search rows are read on the UI
    // thread either way.
    void setWaitsForRows(bool wait) { m_waitsForRows = wait; }
    bool waitsForRows() const { return m_waitsForRows; }
    // Whether `row`'s values are being read for a view (LoadingRole, without
    // asking for them).
    bool isLoading(int row) const;
    // How many times the UI thread waited for a window's rows: read them
    // itself, or waited for a read ahead that had not finished (tests and
    // benchmarks).
    int blockingReads() const { return m_blockingReads; }
    // Whether windows are read ahead on another thread now (not under a
    // search, nor when the store is closed).
    bool readsAhead() const;
    // Reads ahead not yet taken (tests).
    int readsAheadPending() const { return int(m_windowReads.size()) + (m_nextRead ? 1 : 0); }

    // The order sort() asked for; while sortPending(), rows come newest
    // first instead.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Whether the asked-for order waits for its sort index (a bulk sync
    // dropped it, StoreIndexer builds it in the background): without it,
    // every window would read and sort the whole table on the UI thread
    // (over a second for 1,000,000 visits). Meanwhile the rows are shown
    // newest first, like the time column's own index orders them; once the
    // index is built, the model reloads in the asked-for order by itself
    // and sortPendingChanged(false) follows.
    bool sortPending() const { return m_sortPending; }
    const CacheTableSpec &spec() const { return m_spec; }
    // A search combined with another filter is counted up to kCountCap
    // rows: a count of kCountCap + 1 means "more than kCountCap".
    static constexpr qint64 kCountCap = CacheTableFilter::kCountCap;
    // Whether counts under the current filters are capped (so that a count
    // of kCountCap + 1 means "more than kCountCap").
    bool countIsCapped() const { return m_filter.countCapped(); }

    // The whole text value of `row` in `column`, read from the store (one
    // row by its id); null when it is not a text column or the read failed.
    QString wholeText(int row, int column) const;

    // How many rows match the filters (a COUNT query: for a "n results"
    // label, not needed to show rows), capped as kCountCap says; -1 on
    // error. Blocks: views use countMatches().
    qint64 matchCount() const;
    // Counts the matching rows off the UI thread; matchCountReady() follows
    // (unless the filters change first: then only the newer count reports).
    void countMatches();
    QString lastError() const { return m_error; }

    // A statement as the model runs it, for query-plan checks
    // (tests/unit/models/tst_query_plans) and benchmarks.
    struct Query {
        QString sql;
        QVariantList binds;
        // A SQL function the statement calls, to register on another
        // connection with these hits (CacheTableFilter::
        // registerHitsFunction()); empty when it calls none.
        QString hitsFunction = {};
        CacheTableFilter::Hits hits = {};
    };
    // The first window after a change of sort or filters.
    Query windowQuery() const;
    // What reads the window after the loaded rows, in one or two statements
    // whose rows follow each other (the second is read only for the rows the
    // first left to fill the window); none when no row is loaded. SQLite
    // seeks a sort index by the key alone, never by (key, row id): one
    // statement would walk every row of the last key before the last row
    // loaded, which deep in a large group of one key ("Firefox", an empty
    // city) is most of them. So the rest of that key's rows are read by key
    // and row id (a seek), then the keys after it.
    QList<Query> nextWindowQueries() const;
    // What reads loaded window `window` (0 is the first) again once its
    // values were dropped: the rows between its first and last row's keys,
    // none stored since, in one to three statements whose rows follow each
    // other; none when no such window is loaded.
    QList<Query> loadedWindowQueries(int window) const;
    // What countMatches() runs on its own connection; an empty sql when it
    // needs no query (the search counted its hits).
    Query countQuery() const;
    // Whether the cache table holds any row, filters aside (a cheap EXISTS
    // query, for a page's empty state); nullopt when it could not be read.
    std::optional<bool> hasStoredRows() const;
    // When the sync of `category` last walked to its end (RFC 3339); empty
    // when it never did or the store is closed.
    QString lastSyncedAt(const QString &category) const;
    // Reads which values the table holds in `columns` (at most
    // DistinctValuesQuery::kMaxValues each, filters aside), off the UI
    // thread, for filter choices; distinctValuesReady() follows. False, and
    // no signal, when the store is closed.
    bool readDistinctValues(const QList<int> &columns);
    bool distinctValuesPending() const;
    // Whether the full-text index does not cover every row yet (after a bulk
    // sync it catches up in the background): a search may miss rows. When
    // it has caught up, a search shown is run again by itself.
    bool searchIndexing() const { return m_searchIndexing; }

public Q_SLOTS:
    // Reloads the first window (after new data or a changed filter), and
    // asks the store to build the indexes a bulk sync left to build
    // (LocalStore::scheduleIndexing(): nothing when none are missing).
    void refresh();

Q_SIGNALS:
    // A query failed (developer detail, no data); the model shows no rows.
    void queryFailed(const QString &detail);
    // The result of countMatches(); -1 when the count failed.
    void matchCountReady(qint64 count);
    // The result of readDistinctValues(): values by column, in SQLite's
    // order; a column whose read failed is missing.
    void distinctValuesReady(const QHash<int, QStringList> &values);
    void searchIndexingChanged(bool indexing);
    void sortPendingChanged(bool pending);
    // A window was read ahead: the rows of the loaded window `window`, or
    // (-1) the window after the loaded rows, which fetchMore() then adds
    // without reading (tests).
    void windowReadAhead(int window);

private:
    QString whereClause(
        QVariantList *binds, bool ordered,
        CacheTableFilter::Connection connection = CacheTableFilter::Connection::Prepared) const;
    // A window's part: the rows under the filters within `range` (conditions
    // on the sort key and row id), in sort order, at most `limit`. `oneKey`:
    // the range holds a single key.
    Query rangeQuery(const QStringList &range, const QVariantList &rangeBinds, bool oneKey,
                     int limit) const;
    void reload();
    // The column and direction the rows are read in: the asked-for ones,
    // or newest first while sortPending().
    int shownSortColumn() const;
    Qt::SortOrder shownSortOrder() const;
    QString sortExpression(int column) const;
    QString sortExpression() const { return sortExpression(shownSortColumn()); }
    // Whether the asked-for order's sort index is missing now.
    bool sortIndexMissing() const;
    QString selectSql() const;
    QString orderSql() const;
    QList<LoadedWindows::Row> fetchWindow(bool afterLastRow);
    // The window after the loaded rows, read ahead or now.
    QList<LoadedWindows::Row> nextWindow();
    // The values of `row`, its window read again when it was dropped; null
    // when that read failed.
    const QVariantList *rowValues(int row) const;
    // The values read again of dropped window `window`, read ahead or now.
    QList<QVariantList> readWindowAgain(int window) const;
    // Reads ahead the window after the loaded rows.
    void readNextAhead();
    // Reads ahead a dropped window beside the rows a view reads (`row` of
    // held window `window`): the one before or after when `row` lies within
    // half a window of that edge.
    void readNeighbourAhead(int window, int row) const;
    // Reads dropped `window` for a view now, first of all reads, unless it
    // is being read already (then it is hurried).
    void readShownWindow(int window) const;
    // Drops the reads of windows more than kViewRowsMax rows from `window`.
    void dropReadsFarFrom(int window) const;
    void takeReadAhead(quint64 id);
    // Drops every read ahead (the rows they read no longer belong).
    void cancelReadsAhead();
    WindowReader *reader() const;
    // The length of the text value in `column` of a row's `values`.
    qsizetype fullLength(const QVariantList &values, int column) const;
    void updateSearchIndexing();
    void indexBuilt(const QString &table);

    QPointer<LocalStore> m_store;
    CacheTableSpec m_spec;
    // Mutable: data() reads dropped windows again.
    mutable LoadedWindows m_windows;
    bool m_atEnd = false;
    bool m_changing = false; // inside begin/end: views may call back
    int m_windowSize = kDefaultWindow;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    CacheTableFilter m_filter;
    QString m_error;
    MatchCounter *m_counter;
    QPointer<StartupGate> m_gate;
    DistinctValuesQuery *m_distinct = nullptr; // made on first use
    QList<int> m_distinctColumns;
    bool m_searchIndexing = false;
    bool m_sortPending = false;
    // Reads ahead (mutable: data() asks for them): of the window after the
    // loaded rows, and of dropped windows by window.
    mutable WindowReader *m_reader = nullptr; // made on first use
    std::optional<quint64> m_nextRead;
    bool m_nextReadWaits = false; // for the startup gate
    mutable QHash<int, quint64> m_windowReads;
    // Of those, the windows a view shows placeholders for.
    mutable QList<int> m_shownReads;
    mutable int m_blockingReads = 0;
    bool m_waitsForRows = true;
};

} // namespace pd
