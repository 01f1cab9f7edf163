// A CacheTableModel keeps the values of a bounded number of windows however
// far a view scrolls, and reads a dropped window again exactly as it was:
// every row of 20,000, read in a scattered order after paging to the end
// (each next window a seek into the last key's rows, then the keys after),
// equals what a direct SQL query in the same order and under the same
// filters gives, for several sorts, filters and searches, also searches
// whose hits are checked row by row; rows stored while the view is scrolled
// neither appear nor shift rows until refresh(). Windows are read ahead on
// another thread (the next one, and a dropped one beside the rows read), so
// that the UI thread then finds them without reading, and reads ahead of an
// order or filters since changed are dropped. For a view (waitsForRows()
// off) a row of a dropped window is a placeholder until its window, read
// first on that thread, arrives; a jump elsewhere drops that read.
#include "models/CacheTableFilter.h"
#include "models/VisitsModel.h"
#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/StoreSchema.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <random>

using namespace pd;

namespace {

constexpr int kRows = 20000;
// Rows read one after the other, as a view reads a page of them.
constexpr int kRun = 50;

QDateTime newest()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
}

// Rows i in [first, first + count): timestamps repeat every three rows and
// durations every 97 (ties the row id breaks), a third of the cities are
// NULL, every 7th page title says "checkout"; only titles hold "page" and
// "checkout", so the searches' expected rows are a LIKE on the title.
// With a `rowIdStep`, row i gets the row id 1 + i * rowIdStep.
QString fillSql(int first, int count, int rowIdStep = 0)
{
    return QStringLiteral(R"sql(
WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2)
INSERT INTO visits (%3id, started_at, duration_seconds, ip_address, city, region, country,
    browser, browser_version, device_type, language, page_title, page_url, referrer, next_site)
SELECT %4'v' || i,
    strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25 12:00:00', '-' || ((i / 3) * 60) || ' seconds'),
    (i * 31) % 97, '198.51.100.' || (i % 250),
    CASE WHEN i % 3 THEN 'City ' || (i % 11) END, CASE WHEN i % 2 THEN 'Norte' END, 'PT',
    CASE i % 4 WHEN 0 THEN 'Firefox' WHEN 1 THEN 'Chrome' WHEN 2 THEN 'Safari' ELSE 'Edge' END,
    CASE WHEN i % 5 THEN '12' || (i % 10) END,
    CASE WHEN i % 6 THEN 'desktop' ELSE 'mobile' END, CASE WHEN i % 4 THEN 'en-GB' END,
    CASE WHEN i % 7 = 0 THEN 'checkout ' ELSE 'landing ' END || 'page ' || i,
    'https://shop.example.com/p/' || i, CASE WHEN i % 9 = 0 THEN 'https://search.example.net/' END,
    CASE WHEN i % 13 = 0 THEN 'https://mail.example.org/' END
FROM n)sql")
        .arg(first)
        .arg(first + count - 1)
        .arg(rowIdStep > 0 ? u"row_id, "_qs : QString(),
             rowIdStep > 0 ? u"1 + i * %1, "_qs.arg(rowIdStep) : QString());
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

struct Setting {
    int column;
    Qt::SortOrder order;
    std::function<void(CacheTableModel &)> apply;
    QString where; // the same rows, written directly
    int windowSize = CacheTableModel::kDefaultWindow;
    int heldWindows = 0; // 0: the model's default
};

// Every row's values (as RawValueRole gives them) then its id, in the
// model's columns' order, by a direct query.
QList<QVariantList> expectedRows(const QSqlDatabase &db, const CacheTableSpec &spec, int column,
                                 Qt::SortOrder order, const QString &where, QString *error)
{
    QStringList fields;
    for (const CacheColumn &c : spec.columns)
        fields << c.field;
    const CacheColumn &sorted = spec.columns.at(column);
    const QString key = sorted.sortExpression.isEmpty() ? sorted.field : sorted.sortExpression;
    const QString direction = order == Qt::AscendingOrder ? u" ASC"_qs : u" DESC"_qs;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_qs + fields.join(u", "_qs) + u", id FROM visits"_qs +
                    (where.isEmpty() ? QString() : u" WHERE "_qs + where) + u" ORDER BY "_qs + key +
                    direction + u", row_id"_qs + direction)) {
        *error = query.lastError().text();
        return {};
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i <= fields.size(); ++i)
            values << query.value(i);
        rows << values;
    }
    return rows;
}

// Row numbers 0..count-1 in a scattered order: runs of `run` neighbours (as
// a view reads them) in a shuffled order.
QList<int> scatteredRows(int count, int run, unsigned seed)
{
    QList<int> starts;
    for (int row = 0; row < count; row += run)
        starts << row;
    std::shuffle(starts.begin(), starts.end(), std::mt19937(seed));
    QList<int> rows;
    for (int start : starts) {
        for (int row = start; row < std::min(count, start + run); ++row)
            rows << row;
    }
    return rows;
}

} // namespace

class TestModelWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    bool insert(int first, int count)
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(fillSql(first, count))) {
            qWarning() << query.lastError().text();
            return false;
        }
        return true;
    }

    // Compares every row of `model` (read in a scattered order) with
    // `expected`, checking after each run that no more rows than the bound
    // are held.
    void compareAll(CacheTableModel &model, const QList<QVariantList> &expected, unsigned seed)
    {
        QCOMPARE(model.rowCount(), int(expected.size()));
        const int columns = model.columnCount();
        const int bound = model.heldWindows() * std::max(1, model.windowSize());
        int row = 0;
        for (const int r : scatteredRows(model.rowCount(), kRun, seed)) {
            const QVariantList &want = expected.at(r);
            for (int c = 0; c < columns; ++c) {
                const QVariant got = model.index(r, c).data(CacheTableModel::RawValueRole);
                if (want.at(c).isNull())
                    QVERIFY2(got.isNull(), qPrintable(u"row %1 column %2: %3"_qs.arg(r).arg(c).arg(
                                               got.toString())));
                else
                    QVERIFY2(got.toString() == want.at(c).toString(),
                             qPrintable(u"row %1 column %2: %3, expected %4"_qs.arg(r).arg(c).arg(
                                 got.toString(), want.at(c).toString())));
            }
            QCOMPARE(model.index(r, 0).data(CacheTableModel::ItemIdRole).toString(),
                     want.constLast().toString());
            if (++row % kRun == 0)
                QVERIFY2(
                    model.heldRowCount() <= bound,
                    qPrintable(u"%1 rows held, bound %2"_qs.arg(model.heldRowCount()).arg(bound)));
        }
        QVERIFY(model.heldRowCount() <= bound);
    }

    // Rows [first, last] of `model` equal `expected`'s.
    static bool sameRows(CacheTableModel &model, const QList<QVariantList> &expected, int first,
                         int last)
    {
        for (int r = first; r <= last; ++r) {
            if (model.index(r, 0).data(CacheTableModel::ItemIdRole).toString() !=
                    expected.at(r).constLast().toString() ||
                model.index(r, VisitsModel::PageTitle).data(CacheTableModel::RawValueRole) !=
                    expected.at(r).at(VisitsModel::PageTitle)) {
                qWarning() << "row" << r << "differs";
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>(m_dir.filePath(u"windows.sqlite"_qs));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        QVERIFY(insert(0, kRows));
    }

    void cleanupTestCase() { m_store.reset(); }

    void readsDroppedWindowsAgainExactly_data()
    {
        QTest::addColumn<int>("setting");
        QTest::newRow("newest first") << 0;
        QTest::newRow("oldest first") << 1;
        QTest::newRow("by duration (ties)") << 2;
        QTest::newRow("by city desc (NULLs)") << 3;
        QTest::newRow("rare search by title") << 4;
        QTest::newRow("common search by duration desc") << 5;
        QTest::newRow("mobile, date range, by browser") << 6;
        QTest::newRow("by IP, windows of 64, 3 held") << 7;
        // 5,000 rows a browser: windows end exactly where a key's rows do.
        QTest::newRow("by browser, windows of 250") << 8;
        QTest::newRow("common search, mobile, by city") << 9;
    }

    void readsDroppedWindowsAgainExactly()
    {
        QFETCH(int, setting);
        const QString from = iso(newest().addDays(-5));
        const QString until = iso(newest().addDays(-1));
        const QList<Setting> settings = {
            {VisitsModel::StartedAt, Qt::DescendingOrder, {}, {}},
            {VisitsModel::StartedAt, Qt::AscendingOrder, {}, {}},
            {VisitsModel::Duration, Qt::AscendingOrder, {}, {}},
            {VisitsModel::City, Qt::DescendingOrder, {}, {}},
            {VisitsModel::PageTitle, Qt::AscendingOrder,
             [](CacheTableModel &m) { m.setSearchText(u"checkout"_qs); },
             u"page_title LIKE 'checkout %'"_qs, CacheTableModel::kDefaultWindow, 4},
            {VisitsModel::Duration, Qt::DescendingOrder,
             [](CacheTableModel &m) { m.setSearchText(u"page"_qs); },
             u"page_title LIKE '%page%'"_qs},
            {VisitsModel::Browser, Qt::DescendingOrder,
             [](CacheTableModel &m) {
                 m.setColumnFilter(VisitsModel::DeviceType, u"mobile"_qs);
                 m.setDateRange(newest().addDays(-5), newest().addDays(-1));
             },
             u"device_type = 'mobile' AND started_at >= '%1' AND started_at < '%2'"_qs.arg(from,
                                                                                           until),
             CacheTableModel::kDefaultWindow, 4},
            {VisitsModel::IpAddress, Qt::AscendingOrder, {}, {}, 64, 3},
            {VisitsModel::Browser, Qt::AscendingOrder, {}, {}, 250},
            {VisitsModel::City, Qt::AscendingOrder,
             [](CacheTableModel &m) {
                 m.setSearchText(u"page"_qs);
                 m.setColumnFilter(VisitsModel::DeviceType, u"mobile"_qs);
             },
             u"page_title LIKE '%page%' AND device_type = 'mobile'"_qs, 64, 4},
        };
        const Setting &s = settings.at(setting);
        VisitsModel model(m_store.get());
        model.setWindowSize(s.windowSize);
        if (s.heldWindows > 0)
            model.setHeldWindows(s.heldWindows);
        if (s.apply)
            s.apply(model);
        model.sort(s.column, s.order);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QString error;
        const QList<QVariantList> expected =
            expectedRows(m_store->database(), model.spec(), s.column, s.order, s.where, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.size() > 4 * s.windowSize * model.heldWindows() / 2);

        // Paging to the end as a view does, which reads every row once.
        const int bound = model.heldWindows() * s.windowSize;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(model.heldRowCount() <= bound);
        }
        QVERIFY(model.heldRowCount() < model.rowCount()); // the bound is real here
        compareAll(model, expected, 7U + unsigned(setting));
        // And single rows far apart.
        std::mt19937 random(11);
        for (int i = 0; i < 200; ++i) {
            const int r = int(random() % unsigned(expected.size()));
            QCOMPARE(model.index(r, 0).data(CacheTableModel::ItemIdRole).toString(),
                     expected.at(r).constLast().toString());
        }
        QVERIFY(model.heldRowCount() <= bound);
    }

    // A search of known terms with many hits over row ids spread wider than
    // the hits read first: a walk of another sort index checks rows' texts
    // (then reads every hit, past its budget), a walk in time order reads
    // range by range; every row, read in a scattered order, is still what
    // SQL gives.
    void readsSearchesOverSpreadRowIdsExactly_data()
    {
        QTest::addColumn<int>("setting");
        QTest::newRow("by duration") << 0;
        QTest::newRow("mobile, by city desc, windows of 64") << 1;
        QTest::newRow("two words, oldest first") << 2;
        QTest::newRow("by browser desc, windows of 250") << 3;
    }

    void readsSearchesOverSpreadRowIdsExactly()
    {
        QFETCH(int, setting);
        constexpr int kSpreadRows = 30000;
        constexpr int kStep = 3;
        static_assert(kSpreadRows * kStep > CacheTableFilter::kHeadRowIds);
        QTemporaryDir dir;
        LocalStore store(dir.filePath(u"spread.sqlite"_qs));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlQuery fill(store.database());
        QVERIFY2(fill.exec(fillSql(0, kSpreadRows, kStep)), qPrintable(fill.lastError().text()));
        QVERIFY2(
            FtsIndex::catchUp(store.handle(), *StoreSchema::ftsFor(u"visits"_qs), 100000, &error),
            qPrintable(error));

        // Six of seven titles say "landing".
        const QString landing = u"page_title LIKE 'landing %'"_qs;
        const QList<Setting> settings = {
            {VisitsModel::Duration, Qt::AscendingOrder,
             [](CacheTableModel &m) { m.setSearchText(u"landing"_qs); }, landing},
            {VisitsModel::City, Qt::DescendingOrder,
             [](CacheTableModel &m) {
                 m.setSearchText(u"landing"_qs);
                 m.setColumnFilter(VisitsModel::DeviceType, u"mobile"_qs);
             },
             landing + u" AND device_type = 'mobile'"_qs, 64, 4},
            {VisitsModel::StartedAt, Qt::AscendingOrder,
             [](CacheTableModel &m) { m.setSearchText(u"landing page"_qs); }, landing},
            {VisitsModel::Browser, Qt::DescendingOrder,
             [](CacheTableModel &m) { m.setSearchText(u"LANDING"_qs); }, landing, 250},
        };
        const Setting &s = settings.at(setting);
        VisitsModel model(&store);
        model.setWindowSize(s.windowSize);
        if (s.heldWindows > 0)
            model.setHeldWindows(s.heldWindows);
        model.sort(s.column, s.order);
        s.apply(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        const QList<QVariantList> expected =
            expectedRows(store.database(), model.spec(), s.column, s.order, s.where, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.size() > 4 * s.windowSize * model.heldWindows() / 2);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        compareAll(model, expected, 17U + unsigned(setting));
        QCOMPARE(model.matchCount(),
                 setting == 1 ? qMin<qint64>(expected.size(), CacheTableModel::kCountCap + 1)
                              : qint64(expected.size()));
    }

    // A sync stores rows while the view is scrolled (the model refreshes
    // when the category is complete): windows read again show the rows they
    // showed, none of the new ones and no row twice, until refresh().
    void rowsStoredWhileScrolledChangeNothingUntilRefresh()
    {
        VisitsModel model(m_store.get());
        model.setHeldWindows(4);
        model.sort(VisitsModel::Duration, Qt::AscendingOrder);
        QString error;
        const QList<QVariantList> before =
            expectedRows(m_store->database(), model.spec(), VisitsModel::Duration,
                         Qt::AscendingOrder, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        while (model.canFetchMore({}))
            model.fetchMore({});
        // Every duration gains rows: among the existing ones in every window.
        QVERIFY(insert(kRows, 500));
        compareAll(model, before, 3);

        model.refresh();
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QList<QVariantList> after =
            expectedRows(m_store->database(), model.spec(), VisitsModel::Duration,
                         Qt::AscendingOrder, {}, &error);
        QCOMPARE(after.size(), before.size() + 500);
        compareAll(model, after, 4);
        QSqlQuery remove(m_store->database());
        QVERIFY(remove.exec(u"DELETE FROM visits WHERE row_id > %1"_qs.arg(kRows)));
    }

    // The window after the loaded rows is read on the reader's thread while
    // the view shows the first: fetchMore() then adds it without a read on
    // the UI thread, and the one after it is read ahead in turn.
    void readsTheNextWindowAhead()
    {
        VisitsModel model(m_store.get());
        QSignalSpy ahead(&model, &CacheTableModel::windowReadAhead);
        QVERIFY(model.readsAhead());
        QCOMPARE(model.rowCount(), CacheTableModel::kDefaultWindow);
        QTRY_VERIFY(ahead.contains(QVariantList{-1}));
        const int blocking = model.blockingReads();
        model.fetchMore({});
        QCOMPARE(model.blockingReads(), blocking);
        QCOMPARE(model.rowCount(), 2 * CacheTableModel::kDefaultWindow);
        QString error;
        const QList<QVariantList> expected =
            expectedRows(m_store->database(), model.spec(), VisitsModel::StartedAt,
                         Qt::DescendingOrder, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(sameRows(model, expected, 0, model.rowCount() - 1));
        QCOMPARE(model.readsAheadPending(), 1);
        ahead.clear();
        QTRY_VERIFY(ahead.contains(QVariantList{-1}));
        model.fetchMore({});
        QCOMPARE(model.blockingReads(), blocking);
        QVERIFY(sameRows(model, expected, 0, model.rowCount() - 1));
    }

    // Scrolling back through windows whose values were dropped: reading a
    // row in a window's first half reads the window before it ahead, in
    // its last half the window after it; the UI thread then reads neither.
    void readsDroppedNeighboursAheadInEitherDirection()
    {
        VisitsModel model(m_store.get());
        model.setHeldWindows(3);
        model.sort(VisitsModel::Duration, Qt::AscendingOrder);
        QString error;
        const QList<QVariantList> expected =
            expectedRows(m_store->database(), model.spec(), VisitsModel::Duration,
                         Qt::AscendingOrder, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int window = model.windowSize();
        for (int i = 0; i < 9; ++i)
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 10 * window);
        QSignalSpy ahead(&model, &CacheTableModel::windowReadAhead);

        // Window 5 (dropped) is read now; its first rows ask for window 4.
        QVERIFY(sameRows(model, expected, 5 * window, 5 * window + 10));
        QTRY_VERIFY(ahead.contains(QVariantList{4}));
        int blocking = model.blockingReads();
        QVERIFY(sameRows(model, expected, 4 * window, 5 * window - 1));
        QCOMPARE(model.blockingReads(), blocking);

        // Window 1 (dropped) is read now; its last rows ask for window 2.
        QVERIFY(sameRows(model, expected, 2 * window - 10, 2 * window - 1));
        QTRY_VERIFY(ahead.contains(QVariantList{2}));
        blocking = model.blockingReads();
        QVERIFY(sameRows(model, expected, 2 * window, 3 * window - 1));
        QCOMPARE(model.blockingReads(), blocking);
        QVERIFY(model.heldRowCount() <= 3 * window);
    }

    // A read ahead under one order is never shown under another: a sort
    // (or filter, or refresh) drops it, and the next window follows the new
    // order.
    void dropsReadsAheadOfAnotherOrder()
    {
        VisitsModel model(m_store.get());
        QCOMPARE(model.readsAheadPending(), 1); // the second window, newest first
        model.sort(VisitsModel::City, Qt::AscendingOrder);
        QCOMPARE(model.readsAheadPending(), 1); // the second window by city
        QSignalSpy ahead(&model, &CacheTableModel::windowReadAhead);
        QTRY_VERIFY(ahead.contains(QVariantList{-1}));
        model.fetchMore({});
        model.setColumnFilter(VisitsModel::DeviceType, u"mobile"_qs);
        model.fetchMore({});
        QString error;
        const QList<QVariantList> expected =
            expectedRows(m_store->database(), model.spec(), VisitsModel::City, Qt::AscendingOrder,
                         u"device_type = 'mobile'"_qs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(model.rowCount(), 2 * model.windowSize());
        QVERIFY(sameRows(model, expected, 0, model.rowCount() - 1));
    }

    // A search's hits live on the UI thread's connection: its windows are
    // read there, none ahead.
    void readsNoWindowAheadUnderASearch()
    {
        VisitsModel model(m_store.get());
        model.setSearchText(u"page"_qs);
        QVERIFY(!model.readsAhead());
        QCOMPARE(model.readsAheadPending(), 0);
        const int blocking = model.blockingReads();
        model.fetchMore({});
        QCOMPARE(model.blockingReads(), blocking + 1);
        QCOMPARE(model.rowCount(), 2 * model.windowSize());
    }

    // `windows` windows of 50 rows loaded, two held, and a view that does
    // not wait for rows (placeholders instead): rows far from the last
    // window read are in dropped windows.
    static void loadWindowsForJumps(VisitsModel &model, int windows)
    {
        model.setWindowSize(50);
        model.setHeldWindows(2);
        model.setWaitsForRows(false);
        model.refresh(); // windows of 50 from the first
        for (int i = 1; i < windows; ++i)
            model.fetchMore({});
    }

    // A view jumps to rows whose window was dropped: they are placeholders
    // (LoadingRole, no values) without a read on the UI thread, their
    // window is read before anything read ahead, and dataChanged() for its
    // rows follows with the rows SQL gives.
    void aJumpShowsPlaceholdersUntilItsWindowArrives()
    {
        VisitsModel model(m_store.get());
        loadWindowsForJumps(model, 10);
        QCOMPARE(model.rowCount(), 10 * 50);
        QString error;
        const QList<QVariantList> expected =
            expectedRows(m_store->database(), model.spec(), VisitsModel::StartedAt,
                         Qt::DescendingOrder, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int blocking = model.blockingReads();

        // Window 2 (rows 100..149) was dropped.
        QVERIFY(model.index(120, 0).data(CacheTableModel::LoadingRole).toBool());
        QVERIFY(model.isLoading(120));
        QVERIFY(model.isLoading(100));
        QVERIFY(!model.isLoading(99)); // another window, nobody asked
        QVERIFY(model.index(120, VisitsModel::PageTitle).data().isNull());
        QVERIFY(model.index(120, 0).data(CacheTableModel::ItemIdRole).isNull());
        QCOMPARE(model.blockingReads(), blocking);

        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(100, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(149, model.columnCount() - 1));
        QVERIFY(!model.isLoading(120));
        QVERIFY(!model.index(120, 0).data(CacheTableModel::LoadingRole).toBool());
        QVERIFY(sameRows(model, expected, 100, 149));
        QCOMPARE(model.blockingReads(), blocking);
    }

    // The view jumps on before the rows it jumped to arrive: that read is
    // dropped (no dataChanged() for it), the new place's is done.
    void aJumpElsewhereDropsTheReadForThePlaceLeft()
    {
        VisitsModel model(m_store.get());
        loadWindowsForJumps(model, 20);
        QCOMPARE(model.rowCount(), 20 * 50);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy ahead(&model, &CacheTableModel::windowReadAhead);

        QVERIFY(model.index(60, 0).data(CacheTableModel::LoadingRole).toBool()); // window 1
        QVERIFY(model.index(30, 0).data(CacheTableModel::LoadingRole).toBool()); // window 0, near
        // Window 15, far away: the reads of windows 0 and 1 are dropped.
        QVERIFY(model.index(760, 0).data(CacheTableModel::LoadingRole).toBool());
        QVERIFY(!model.isLoading(60));
        QVERIFY(!model.isLoading(30));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(750, 0));
        // Whatever else was read ahead meanwhile, never the windows left.
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!ahead.contains(QVariantList{0}));
        QVERIFY(!ahead.contains(QVariantList{1}));
        // Back there, they are read again.
        QVERIFY(model.index(60, 0).data(CacheTableModel::LoadingRole).toBool());
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(50, 0));
    }

    // A wipe (signing out) drops every row and every held value.
    void aWipeDropsEverything()
    {
        VisitsModel model(m_store.get());
        model.fetchMore({});
        QVERIFY(model.heldRowCount() > 0);
        QString error;
        QVERIFY2(m_store->wipe(&error), qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.heldRowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelWindows)
#include "tst_model_windows.moc"
