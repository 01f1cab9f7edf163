// Checks SQLite's plan for every statement a data view runs: each sort
// (every sortable column, both directions), alone and under each filter
// and the search the pages offer, its next window, and its match count.
// A view must never read the whole table, nor sort it, to show one window:
// a plan that scans the data table without an index, or that sorts in a
// temporary b-tree, fails, unless a condition the model counted below
// CacheTableFilter::kScanThreshold rows drives the query (then SQLite sorts
// those few rows, and the plan must seek, never scan, the table).
#include "models/CacheTableFilter.h"
#include "models/LogsModel.h"
#include "models/MessagesModel.h"
#include "models/ThirdPartyRecordsModel.h"
#include "models/VisitsModel.h"
#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/SortIndexes.h"
#include "store/StoreIndexer.h"
#include "store/StoreSchema.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

using namespace pd;

namespace {

// Rows per table: enough for the common filter values, the common search
// term and the wide date range to reach the model's scan threshold.
constexpr int kRows = 50000;
static_assert(kRows / 2 > CacheTableFilter::kScanThreshold);

QDateTime newest()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
}

// Every 5000th row carries the rare values ("tablet", "sms", "error", the
// word "rare"); the others alternate between two common ones.
QString fillScript()
{
    return QStringLiteral(R"sql(
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
INSERT INTO %2 SELECT %3 FROM n)sql")
        .arg(kRows - 1);
}

const char *const kTime =
    "strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25 12:00:00', '-' || (i * 7) || ' seconds')";

QStringList fillStatements()
{
    const QString time = QString::fromLatin1(kTime);
    const QString rare = QStringLiteral("i % 5000 = 0");
    return {
        fillScript().arg(
            QStringLiteral("visits (id, started_at, duration_seconds, ip_address, city, region, "
                           "country, browser, browser_version, device_type, language, "
                           "page_title, page_url, referrer, next_site)"),
            QStringLiteral("'v' || i, %1, i % 900, '203.0.113.' || (i % 250), "
                           "CASE WHEN i % 3 THEN 'Lisboa' END, NULL, 'PT', 'Firefox', '120.0', "
                           "CASE WHEN %2 THEN 'tablet' WHEN i % 2 THEN 'desktop' "
                           "ELSE 'mobile' END, CASE WHEN i % 5 THEN 'en-GB' END, "
                           "CASE WHEN %2 THEN 'rare ' ELSE '' END || 'common page ' || i, "
                           "'https://shop.example.com/' || i, CASE WHEN i % 4 = 0 THEN "
                           "'https://search.example.net/' END, NULL")
                .arg(time, rare)),
        fillScript().arg(
            QStringLiteral("messages (id, sent_at, channel, direction, counterpart, body)"),
            QStringLiteral("'m' || i, %1, CASE WHEN %2 THEN 'sms' WHEN i % 2 THEN 'email' "
                           "ELSE 'whatsapp' END, CASE WHEN (i / 2) % 2 THEN 'inbound' "
                           "ELSE 'outbound' END, 'Agent ' || (i % 40), CASE WHEN %2 "
                           "THEN 'rare ' ELSE '' END || 'common message ' || i")
                .arg(time, rare)),
        fillScript().arg(
            QStringLiteral("logs (id, occurred_at, level, event, detail, ip_address)"),
            QStringLiteral("'l' || i, %1, CASE WHEN %2 THEN 'error' WHEN i % 2 THEN 'info' "
                           "ELSE 'warning' END, CASE WHEN %2 THEN 'rare ' ELSE '' END || "
                           "'common event ' || (i % 30), CASE WHEN i % 3 THEN 'detail ' || i "
                           "END, CASE WHEN i % 2 THEN '198.51.100.' || (i % 250) END")
                .arg(time, rare)),
        fillScript().arg(
            QStringLiteral("third_party_records (id, received_at, field, value, source)"),
            QStringLiteral("'t' || i, %1, 'field ' || (i % 20), CASE WHEN %2 THEN 'rare ' "
                           "ELSE '' END || 'common value ' || i, 'Source ' || (i % 7)")
                .arg(time, rare)),
    };
}

// What a page can set on its view; `bounded` when the setting leaves fewer
// rows than the scan threshold (the plan may sort them).
struct Setting {
    QString name;
    std::function<void(CacheTableModel &)> apply;
    bool bounded = false;
};

struct View {
    QString name;
    CacheTableSpec spec;
    std::function<std::unique_ptr<CacheTableModel>(LocalStore *)> make;
    // The column filters the page offers: column, a common and a rare value.
    struct Filter {
        int column;
        QString common;
        QString rare;
    };
    QList<Filter> filters;
};

QList<View> views()
{
    return {
        {QStringLiteral("visits"),
         VisitsModel::tableSpec(),
         [](LocalStore *store) { return std::make_unique<VisitsModel>(store); },
         {{VisitsModel::DeviceType, QStringLiteral("desktop"), QStringLiteral("tablet")}}},
        {QStringLiteral("messages"),
         MessagesModel::tableSpec(),
         [](LocalStore *store) { return std::make_unique<MessagesModel>(store); },
         {{MessagesModel::Channel, QStringLiteral("email"), QStringLiteral("sms")},
          {MessagesModel::Direction, QStringLiteral("inbound"), QStringLiteral("none")}}},
        {QStringLiteral("logs"),
         LogsModel::tableSpec(),
         [](LocalStore *store) { return std::make_unique<LogsModel>(store); },
         {{LogsModel::Level, QStringLiteral("info"), QStringLiteral("error")}}},
        {QStringLiteral("third_party_records"),
         ThirdPartyRecordsModel::tableSpec(),
         [](LocalStore *store) { return std::make_unique<ThirdPartyRecordsModel>(store); },
         {}},
    };
}

QList<Setting> settings(const View &view)
{
    QList<Setting> list = {
        {QStringLiteral("no filter"), [](CacheTableModel &) {}},
        {QStringLiteral("wide date range"),
         [](CacheTableModel &model) { model.setDateRange(newest().addDays(-30), {}); }},
        {QStringLiteral("narrow date range"),
         [](CacheTableModel &model) {
             model.setDateRange(newest().addSecs(-3600), newest().addSecs(-3000));
         },
         true},
        {QStringLiteral("common search"),
         [](CacheTableModel &model) { model.setSearchText(QStringLiteral("common")); }},
        {QStringLiteral("rare search"),
         [](CacheTableModel &model) { model.setSearchText(QStringLiteral("rare")); }, true},
        {QStringLiteral("common search, wide date range"),
         [](CacheTableModel &model) {
             model.setSearchText(QStringLiteral("common"));
             model.setDateRange(newest().addDays(-30), {});
         }},
    };
    for (const View::Filter &filter : view.filters) {
        const QString field = view.spec.columns.at(filter.column).field;
        list.append({QStringLiteral("%1 = %2 (common)").arg(field, filter.common),
                     [filter](CacheTableModel &model) {
                         model.setColumnFilter(filter.column, filter.common);
                     }});
        list.append({QStringLiteral("%1 = %2 (rare)").arg(field, filter.rare),
                     [filter](CacheTableModel &model) {
                         model.setColumnFilter(filter.column, filter.rare);
                     },
                     true});
        list.append(
            {QStringLiteral("%1 = %2, common search, wide date range").arg(field, filter.common),
             [filter](CacheTableModel &model) {
                 model.setColumnFilter(filter.column, filter.common);
                 model.setSearchText(QStringLiteral("common"));
                 model.setDateRange(newest().addDays(-30), {});
             }});
    }
    return list;
}

QStringList explain(const QSqlDatabase &db, const CacheTableModel::Query &query, QString *error)
{
    QSqlQuery explain(db);
    if (!explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query.sql)) {
        *error = explain.lastError().text();
        return {};
    }
    for (const QVariant &bind : query.binds)
        explain.addBindValue(bind);
    if (!explain.exec()) {
        *error = explain.lastError().text();
        return {};
    }
    QStringList details;
    while (explain.next())
        details << explain.value(3).toString();
    return details;
}

// Why `plan` reads too much of `table` to show one window; empty when it
// does not.
QString planProblem(const QStringList &plan, const QString &table, bool sortAllowed)
{
    const QRegularExpression scan(QStringLiteral("^SCAN %1( |$)").arg(table));
    const QRegularExpression seek(QStringLiteral("^SEARCH %1 ").arg(table));
    bool seeks = false;
    for (const QString &step : plan) {
        if (scan.match(step).hasMatch()) {
            if (!step.contains(u"USING INDEX") && !step.contains(u"USING COVERING INDEX"))
                return QStringLiteral("full table scan: ") + step;
            if (sortAllowed)
                return QStringLiteral("index scan under a sort: ") + step;
        }
        seeks = seeks || seek.match(step).hasMatch();
    }
    if (plan.contains(u"USE TEMP B-TREE FOR ORDER BY"_qs) && !(sortAllowed && seeks))
        return QStringLiteral("sorts the table in a temporary b-tree");
    return {};
}

// Why `plan`, for the rows of one key after a given row id, does not seek
// them: any walk of `table` (even along an index) reads rows before that
// row id, all of that key's rows deep in a large group.
QString seekProblem(const QStringList &plan, const QString &table)
{
    const QRegularExpression scan(QStringLiteral("^SCAN %1( |$)").arg(table));
    const QRegularExpression seek(QStringLiteral("^SEARCH %1 ").arg(table));
    bool seeks = false;
    for (const QString &step : plan) {
        if (scan.match(step).hasMatch())
            return QStringLiteral("walks the table instead of seeking: ") + step;
        seeks = seeks || seek.match(step).hasMatch();
    }
    return seeks ? QString() : QStringLiteral("no seek in the table");
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

    // `oneKey`: the query reads the rows of one key from a row id on.
    // On `store`'s connection (the shared store's when null).
    void checkPlan(const CacheTableModel::Query &query, const QString &table, bool sortAllowed,
                   const char *what, bool oneKey = false, LocalStore *store = nullptr)
    {
        QString error;
        const QStringList plan =
            explain((store ? store : m_store.get())->database(), query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!plan.isEmpty());
        QString problem = planProblem(plan, table, sortAllowed);
        if (problem.isEmpty() && oneKey)
            problem = seekProblem(plan, table);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2\n  SQL: %3\n  plan: %4")
                                                   .arg(QLatin1StringView(what), problem, query.sql,
                                                        plan.join(QStringLiteral(" | ")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>(m_dir.filePath(QStringLiteral("plans.sqlite")));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        QSqlDatabase db = m_store->database();
        QVERIFY(db.transaction());
        for (const QString &statement : fillStatements()) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement),
                     qPrintable(query.lastError().text() + u'\n' + statement));
        }
        QVERIFY(db.commit());
    }

    void cleanupTestCase() { m_store.reset(); }

    void sortedWindows_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<int>("setting");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        const QList<View> all = views();
        for (int v = 0; v < all.size(); ++v) {
            const QList<CacheColumn> columns = all.at(v).spec.columns;
            const QList<Setting> list = settings(all.at(v));
            for (int s = 0; s < list.size(); ++s) {
                for (int c = 0; c < columns.size(); ++c) {
                    if (!columns.at(c).sortable || !columns.at(c).indexed)
                        continue;
                    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                        QTest::addRow("%s, %s, by %s %s", qPrintable(all.at(v).name),
                                      qPrintable(list.at(s).name), qPrintable(columns.at(c).field),
                                      order == Qt::AscendingOrder ? "asc" : "desc")
                            << v << s << c << order;
                }
            }
        }
    }

    void sortedWindows()
    {
        QFETCH(int, view);
        QFETCH(int, setting);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        const View v = views().at(view);
        const Setting s = settings(v).at(setting);
        std::unique_ptr<CacheTableModel> model = v.make(m_store.get());
        s.apply(*model);
        model->sort(column, order);
        QCOMPARE(model->sortColumn(), column);
        QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
        const QString &table = model->spec().table;
        checkPlan(model->windowQuery(), table, s.bounded, "first window");
        // The next window: the rest of the last key's rows (a seek by key
        // and row id), then the keys after it.
        const QList<CacheTableModel::Query> next = model->nextWindowQueries();
        if (model->rowCount() > 0)
            QCOMPARE(next.size(), 2);
        for (qsizetype i = 0; i < next.size(); ++i)
            checkPlan(next.at(i), table, s.bounded, "next window", i == 0);
        // A window read again after the model dropped its values: its first
        // and last key's rows are seeks too.
        const QList<CacheTableModel::Query> again = model->loadedWindowQueries(0);
        for (qsizetype i = 0; i < again.size(); ++i)
            checkPlan(again.at(i), table, s.bounded, "loaded window read again",
                      again.size() == 1 || i != 1);
    }

    void matchCounts_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<int>("setting");
        const QList<View> all = views();
        for (int v = 0; v < all.size(); ++v) {
            const QList<Setting> list = settings(all.at(v));
            for (int s = 0; s < list.size(); ++s)
                QTest::addRow("%s, %s", qPrintable(all.at(v).name), qPrintable(list.at(s).name))
                    << v << s;
        }
    }

    // A count reads every matching row, but never the whole table for a
    // narrower condition.
    void matchCounts()
    {
        QFETCH(int, view);
        QFETCH(int, setting);
        const View v = views().at(view);
        std::unique_ptr<CacheTableModel> model = v.make(m_store.get());
        settings(v).at(setting).apply(*model);
        const CacheTableModel::Query count = model->countQuery();
        if (count.sql.isEmpty())
            QSKIP("the search counted its hits: no query");
        checkPlan(count, model->spec().table, false, "match count");
    }

    // Every sortable column has an index: sortedWindows checks them all.
    void everySortableColumnIsIndexed()
    {
        for (const View &view : views()) {
            for (const CacheColumn &column : view.spec.columns)
                QVERIFY2(!column.sortable || column.indexed, qPrintable(column.field));
        }
    }

    // After a bulk sync dropped a table's sort indexes (SortIndexes::drop),
    // an order that needs one is not read by sorting the whole table on the
    // UI thread: the model shows the rows newest first, says that the order
    // waits (sortPending()), and its plans still walk an index. Once the
    // store's indexer built the index, the model shows the asked-for order
    // by itself; the plans walk the sort indexes again.
    void sortsWaitForTheirIndexes_data()
    {
        QTest::addColumn<int>("view");
        const QList<View> all = views();
        for (int v = 0; v < all.size(); ++v)
            QTest::addRow("%s", qPrintable(all.at(v).name)) << v;
    }

    void sortsWaitForTheirIndexes()
    {
        QFETCH(int, view);
        const View v = views().at(view);
        std::unique_ptr<CacheTableModel> model = v.make(m_store.get());
        const QString &table = model->spec().table;
        const int time = model->spec().timeColumn;
        // The first two windows (keyset paging) in the model's order.
        const auto shown = [&] {
            model->fetchMore({});
            QStringList ids;
            for (int row = 0; row < model->rowCount(); ++row)
                ids << model->index(row, 0).data(CacheTableModel::ItemIdRole).toString();
            return ids;
        };
        QList<std::pair<int, Qt::SortOrder>> orders;
        for (int c = 0; c < model->spec().columns.size(); ++c) {
            if (c != time && model->spec().columns.at(c).sortable) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    orders.append({c, order});
            }
        }
        QVERIFY(!orders.isEmpty());
        QList<QStringList> indexed;
        for (const auto &[column, order] : std::as_const(orders)) {
            model->sort(column, order);
            indexed << shown();
        }
        model->sort(time, Qt::DescendingOrder);
        const QStringList newestFirst = shown();
        QVERIFY(!model->sortPending());

        // A bulk load of the table: the indexer leaves its indexes until the
        // sync's walk ends.
        QSqlQuery walk(m_store->database());
        QVERIFY2(walk.exec(QStringLiteral("INSERT INTO sync_state (category, cursor) VALUES ('%1', "
                                          "'page 2') ON CONFLICT (category) DO UPDATE SET "
                                          "cursor = excluded.cursor")
                               .arg(table)),
                 qPrintable(walk.lastError().text()));
        QString error;
        QVERIFY2(SortIndexes::drop(m_store->handle(), table, &error), qPrintable(error));
        QSignalSpy pendingChanged(model.get(), &CacheTableModel::sortPendingChanged);
        for (const auto &[column, order] : std::as_const(orders)) {
            model->sort(column, order);
            QCOMPARE(shown(), newestFirst);
            QVERIFY(model->sortPending());
            QCOMPARE(model->sortColumn(), column);
            QCOMPARE(model->sortOrder(), order);
            checkPlan(model->windowQuery(), table, false, "first window while the index waits");
            model->fetchMore({});
            const QList<CacheTableModel::Query> next = model->nextWindowQueries();
            for (qsizetype i = 0; i < next.size(); ++i)
                checkPlan(next.at(i), table, false, "next window while the index waits", i == 0);
        }
        QCOMPARE(pendingChanged.size(), 1);
        QCOMPARE(pendingChanged.at(0).at(0).toBool(), true);
        // The time order has its own index, never dropped.
        model->sort(time, Qt::AscendingOrder);
        QVERIFY(!model->sortPending());
        QCOMPARE(pendingChanged.size(), 2);
        QCOMPARE(pendingChanged.at(1).at(0).toBool(), false);

        const auto [column, order] = orders.constFirst();
        model->sort(column, order);
        QVERIFY(model->sortPending());
        QVERIFY(
            walk.exec(QStringLiteral("UPDATE sync_state SET cursor = NULL WHERE category = '%1'")
                          .arg(table)));
        m_store->scheduleIndexing();
        QTRY_VERIFY_WITH_TIMEOUT(!model->sortPending(), 30000);
        QCOMPARE(pendingChanged.constLast().at(0).toBool(), false);
        QCOMPARE(model->sortColumn(), column);
        QCOMPARE(shown(), indexed.constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(SortIndexes::missing(m_store->handle()).isEmpty() &&
                                     !m_store->indexer()->isRunning(),
                                 30000);
        for (qsizetype i = 0; i < orders.size(); ++i) {
            model->sort(orders.at(i).first, orders.at(i).second);
            QVERIFY(!model->sortPending());
            checkPlan(model->windowQuery(), table, false, "first window after the rebuild");
            QCOMPARE(shown(), indexed.at(i));
            const QList<CacheTableModel::Query> next = model->nextWindowQueries();
            for (qsizetype n = 0; n < next.size(); ++n)
                checkPlan(next.at(n), table, false, "next window after the rebuild", n == 0);
        }
    }

    // A search matching more rows than kScanThreshold is checked row by row
    // (CacheTableFilter's hits function), here and in the counts on the
    // counter's own connection; combined with a filter, counts stop at
    // kCountCap.
    void commonSearchWindowsAndCounts_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("device");
        QTest::addColumn<qint64>("expected");
        // Every row is a "common page"; every 5000th is a "rare" tablet.
        QTest::newRow("common") << u"common"_qs << QString() << qint64(kRows);
        QTest::newRow("common, desktop (capped)")
            << u"common"_qs << u"desktop"_qs << CacheTableModel::kCountCap + 1;
        QTest::newRow("common, tablet") << u"common"_qs << u"tablet"_qs << qint64(kRows / 5000);
        QTest::newRow("rare, tablet") << u"rare"_qs << u"tablet"_qs << qint64(kRows / 5000);
        QTest::newRow("common page, mobile, by duration")
            << u"common page"_qs << u"mobile"_qs << CacheTableModel::kCountCap + 1;
    }

    void commonSearchWindowsAndCounts()
    {
        QFETCH(QString, search);
        QFETCH(QString, device);
        QFETCH(qint64, expected);
        VisitsModel model(m_store.get());
        if (QLatin1StringView(QTest::currentDataTag()).contains(QLatin1StringView("duration")))
            model.sort(VisitsModel::Duration, Qt::AscendingOrder);
        model.setSearchText(search);
        if (!device.isEmpty())
            model.setColumnFilter(VisitsModel::DeviceType, device);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(),
                 int(qMin<qint64>(expected, 3 * CacheTableModel::kDefaultWindow)));
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, VisitsModel::PageTitle).data().toString().contains(search));
            if (!device.isEmpty())
                QCOMPARE(model.index(row, VisitsModel::DeviceType).data().toString(), device);
            ids.insert(model.index(row, 0).data(CacheTableModel::ItemIdRole).toString());
        }
        QCOMPARE(ids.size(), model.rowCount()); // paging repeats no row
        QCOMPARE(model.matchCount(), expected);
        QSignalSpy counted(&model, &CacheTableModel::matchCountReady);
        model.countMatches();
        QVERIFY(counted.wait(10000));
        QCOMPARE(counted.constLast().at(0).toLongLong(), expected);
    }

    // A search of known terms with many hits over row ids spread wider than
    // the hits read first: a walk of another sort index passes each row's
    // indexed texts to the hits function (TermMatcher checks them), and the
    // plans still walk the sort index.
    void rowChecksWalkTheSortIndex()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("spread.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        // Half of them mobile: as many as make a filter broad.
        constexpr int kSpreadRows = 2 * int(CacheTableFilter::kScanThreshold);
        static_assert(kSpreadRows * 3 > CacheTableFilter::kHeadRowIds);
        QSqlQuery fill(store.database());
        QVERIFY2(fill.exec(QStringLiteral(R"sql(
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
INSERT INTO visits (row_id, id, started_at, duration_seconds, ip_address, browser, device_type,
    page_title, page_url)
SELECT 1 + 3 * i, 'v' || i, %2, i % 900, '203.0.113.' || (i % 250), 'Firefox',
    CASE WHEN i % 2 THEN 'desktop' ELSE 'mobile' END,
    CASE WHEN i % 7 THEN 'common page ' ELSE 'other page ' END || i, 'https://shop.example.com/'
FROM n)sql")
                               .arg(kSpreadRows - 1)
                               .arg(QLatin1StringView(kTime))),
                 qPrintable(fill.lastError().text()));
        QVERIFY2(
            FtsIndex::catchUp(store.handle(), *StoreSchema::ftsFor(u"visits"_qs), 100000, &error),
            qPrintable(error));
        const QList<CacheColumn> columns = VisitsModel::tableSpec().columns;
        for (const bool filtered : {false, true}) {
            for (int c = 0; c < columns.size(); ++c) {
                if (!columns.at(c).sortable)
                    continue;
                // A model each: checking rows has a budget per search.
                VisitsModel model(&store);
                model.sort(c, Qt::AscendingOrder);
                model.setSearchText(QStringLiteral("common"));
                if (filtered)
                    model.setColumnFilter(VisitsModel::DeviceType, QStringLiteral("mobile"));
                QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
                QCOMPARE(model.rowCount(), CacheTableModel::kDefaultWindow);
                const CacheTableModel::Query first = model.windowQuery();
                QCOMPARE(first.sql.contains(u"(row_id, page_title"_qs),
                         c != VisitsModel::StartedAt);
                checkPlan(first, u"visits"_qs, false, "first window, rows checked", false, &store);
                const QList<CacheTableModel::Query> next = model.nextWindowQueries();
                for (qsizetype i = 0; i < next.size(); ++i)
                    checkPlan(next.at(i), u"visits"_qs, false, "next window, rows checked", i == 0,
                              &store);
            }
        }
    }

    void refusesToSortByAColumnThatIsNotSortable()
    {
        VisitsModel model(m_store.get());
        model.sort(VisitsModel::Duration, Qt::AscendingOrder);
        model.sort(VisitsModel::PageUrl, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(VisitsModel::Duration));
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
