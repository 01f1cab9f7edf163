// The sort indexes around a bulk load (SortIndexes), their background
// rebuild together with the full-text catch-up (StoreIndexer, through
// LocalStore::scheduleIndexing()), and the sync's bulk loads end to end: a
// large walk drops the sort indexes, views sort correctly meanwhile, and the
// indexes are back once the walk completed and the model refreshed.
#include "StoreQueries.h"
#include "TempStores.h"

#include "core/StartupGate.h"
#include "models/VisitsModel.h"
#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/SortIndexes.h"
#include "store/StoreConnection.h"
#include "store/StoreIndexer.h"
#include "store/StoreSchema.h"
#include "sync/SyncEngine.h"
#include "sync/SyncPageSource.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace pd;
using namespace pd::test;

namespace {

QStringList sortIndexesOf(const QString &table)
{
    QStringList names;
    for (const SortIndexSpec &spec : StoreSchema::sortIndexes()) {
        if (spec.table == table)
            names << spec.name;
    }
    return names;
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

// Visits [first, first + count) of `total` as a page of the visits list; the
// cities and durations repeat so that sorts have ties.
QByteArray visitsPage(int first, int count, int total)
{
    const char *const cities[] = {"Lisboa", "Berlin", "Osaka", "Nairobi"};
    QByteArray body = "{\"items\":[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        body += "{\"id\":\"v" + QByteArray::number(i) + "\",\"started_at\":\"" +
                QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC)
                    .addSecs(-7 * i)
                    .toString(Qt::ISODateWithMs)
                    .toLatin1() +
                "\",\"duration_seconds\":" + QByteArray::number(i % 37) +
                ",\"ip_address\":\"203.0.113." + QByteArray::number(i % 250) +
                "\",\"location\":{\"city\":" +
                (i % 5 ? '"' + QByteArray(cities[i % 4]) + '"' : QByteArray("null")) +
                ",\"region\":null,\"country\":\"PT\"},\"browser\":\"Firefox\","
                "\"browser_version\":\"120.0\",\"device_type\":\"desktop\",\"language\":null,"
                "\"page_title\":\"walrus page " +
                QByteArray::number(i % 53) +
                "\",\"page_url\":\"https://example.com/\",\"referrer\":null,\"next_site\":null}";
    }
    body += "],\"next_cursor\":";
    body += first + count >= total ? QByteArray("null")
                                   : "\"page-" + QByteArray::number(first + count) + '"';
    body += ",\"total\":" + QByteArray::number(total) + '}';
    return body;
}

class VisitPages : public SyncPageSource
{
public:
    explicit VisitPages(int total)
        : m_total(total)
    {}
    void fetch(const SyncPageRequest &request, Callback done, BodySink body) override
    {
        const int first = request.cursor.isEmpty() ? 0 : request.cursor.mid(5).toInt();
        SyncPageReply reply;
        reply.ok = true;
        reply.body = visitsPage(first, qMin(request.limit, m_total - first), m_total);
        deliverWhole(reply, body, done);
    }
    void abort() override {}

private:
    int m_total;
};

// The row ids of the model's loaded rows, in order.
QList<qint64> shownIds(const CacheTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CacheTableModel::ItemIdRole).toString().mid(1).toLongLong();
    return ids;
}

// The ids of the first `limit` visits by `expression` (then row id) with the
// table read and sorted by SQLite without any index.
QList<qint64> expectedIds(const QSqlDatabase &db, const QString &expression, const char *order,
                          int limit)
{
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT id FROM visits NOT INDEXED ORDER BY %1 %2, row_id %2 LIMIT %3")
            .arg(expression, QLatin1StringView(order))
            .arg(limit));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toString().mid(1).toLongLong();
    return ids;
}

} // namespace

class TestStoreIndexer : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;

    // Waits for the store's indexer to finish a run it was asked for.
    bool waitForIndexer()
    {
        QSignalSpy finished(m_store->indexer(), &StoreIndexer::finished);
        return !m_store->indexer()->isRunning() || finished.wait(20000);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void migrationCreatesEverySortIndex()
    {
        QCOMPARE(SortIndexes::missing(m_store->handle()), QStringList());
        QVERIFY(!m_store->needsIndexing());
    }

    // A start opens the store before its first frame and checks for indexes
    // to build once the window is shown (the gate opens).
    void aStartChecksForIndexesToBuildOnceTheGateOpens()
    {
        QString error;
        QVERIFY2(SortIndexes::drop(m_store->handle(), QStringLiteral("visits"), &error),
                 qPrintable(error));
        const QString path = m_store->path();
        m_store.reset();

        StartupGate gate;
        LocalStore store(path);
        store.setStartupGate(&gate);
        {
            const StartupGate::Hold hold(&gate);
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY(!store.indexer()->isRunning());
            QCOMPARE(gate.waitingCount(), 1);
        }
        QVERIFY(store.indexer()->isRunning());
        QSignalSpy finished(store.indexer(), &StoreIndexer::finished);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY(!store.needsIndexing());
    }

    void dropsAndBuildsOneTablesSortIndexes()
    {
        sqlite3 *handle = m_store->handle();
        QString error;
        QVERIFY2(SortIndexes::drop(handle, QStringLiteral("visits"), &error), qPrintable(error));
        QCOMPARE(SortIndexes::missing(handle, QStringLiteral("visits")),
                 sortIndexesOf(QStringLiteral("visits")));
        QCOMPARE(SortIndexes::missing(handle, QStringLiteral("messages")), QStringList());
        QVERIFY(m_store->needsIndexing());
        const auto pragma = [handle](const char *name) {
            sqlite3_stmt *statement = nullptr;
            qint64 value = -1;
            if (sqlite3_prepare_v2(handle, name, -1, &statement, nullptr) == SQLITE_OK &&
                sqlite3_step(statement) == SQLITE_ROW)
                value = sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
            return value;
        };
        const qint64 cacheSize = pragma("PRAGMA cache_size");
        QVERIFY2(SortIndexes::build(handle, QStringLiteral("visits"), &error), qPrintable(error));
        QCOMPARE(SortIndexes::missing(handle), QStringList());
        // The sorter's worker threads and small cache were for the build only.
        QCOMPARE(pragma("PRAGMA cache_size"), cacheSize);
        QCOMPARE(pragma("PRAGMA threads"), 0);
    }

    // What a view asks to say "this order is still being indexed".
    void tellsWhichSortOrdersWaitForTheirIndex()
    {
        sqlite3 *handle = m_store->handle();
        const QString visits = QStringLiteral("visits");
        const QString city = QStringLiteral("ifnull(city, '')");
        const QString duration = QStringLiteral("duration_seconds");
        QCOMPARE(SortIndexes::indexFor(visits, city), QStringLiteral("visits_city"));
        QCOMPARE(SortIndexes::indexFor(visits, duration), QStringLiteral("visits_duration"));
        // The time column's own index is never dropped; a bare column is not
        // its ifnull() expression; a table's index is not another's.
        QCOMPARE(SortIndexes::indexFor(visits, QStringLiteral("started_at")), QString());
        QCOMPARE(SortIndexes::indexFor(visits, QStringLiteral("city")), QString());
        QCOMPARE(SortIndexes::indexFor(QStringLiteral("logs"), city), QString());
        QVERIFY(!SortIndexes::pending(handle, visits, city));

        QString error;
        QVERIFY2(SortIndexes::drop(handle, visits, &error), qPrintable(error));
        QVERIFY(SortIndexes::pending(handle, visits, city));
        QVERIFY(SortIndexes::pending(handle, visits, duration));
        QVERIFY(!SortIndexes::pending(handle, visits, QStringLiteral("started_at")));
        QVERIFY(!SortIndexes::pending(handle, QStringLiteral("logs"), QStringLiteral("level")));

        QVERIFY2(SortIndexes::build(handle, visits, &error), qPrintable(error));
        QVERIFY(!SortIndexes::pending(handle, visits, city));
        QVERIFY(!SortIndexes::pending(handle, visits, duration));
    }

    void indexerBuildsWhatABulkLoadLeft()
    {
        QString error;
        {
            auto bulk = m_store->openConnection(&error, StoreConnection::Mode::BulkIngest);
            QVERIFY2(bulk, qPrintable(error));
            QVERIFY(SortIndexes::drop(bulk->handle(), QStringLiteral("visits"), &error));
            for (int i = 0; i < 300; ++i)
                QVERIFY(insertVisit(bulk->database(), QStringLiteral("b%1").arg(i),
                                    QStringLiteral("walrus %1").arg(i)));
        }
        QVERIFY(FtsIndex::hasBacklog(m_store->handle(), QStringLiteral("visits")));
        QVERIFY(!FtsIndex::hasBacklog(m_store->handle(), QStringLiteral("messages")));
        QSignalSpy sorted(m_store->indexer(), &StoreIndexer::sortIndexesBuilt);
        QSignalSpy searchable(m_store->indexer(), &StoreIndexer::searchIndexBuilt);
        QSignalSpy finished(m_store->indexer(), &StoreIndexer::finished);
        m_store->scheduleIndexing();
        QVERIFY(m_store->indexer()->isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(sorted.size(), 1);
        QCOMPARE(sorted.at(0).at(0).toString(), QStringLiteral("visits"));
        QCOMPARE(searchable.size(), 1);
        QCOMPARE(searchable.at(0).at(0).toString(), QStringLiteral("visits"));
        QCOMPARE(SortIndexes::missing(m_store->handle()), QStringList());
        QCOMPARE(FtsIndex::backlog(m_store->handle(), QStringLiteral("visits")), 0);
        QCOMPARE(count(m_store->database(),
                       QStringLiteral("SELECT count(*) FROM visits_fts WHERE visits_fts MATCH "
                                      "'walrus'")),
                 300);
        // Nothing left: no run.
        m_store->scheduleIndexing();
        QVERIFY(!m_store->indexer()->isRunning());
    }

    // A walk in progress may be a bulk load: its indexes wait for its end.
    void sortIndexesWaitForTheSyncsWalk()
    {
        const QSqlDatabase db = m_store->database();
        QVERIFY(exec(db, QStringLiteral("INSERT INTO sync_state (category, cursor) "
                                        "VALUES ('visits', 'page-2')")));
        QString error;
        QVERIFY(SortIndexes::drop(m_store->handle(), QStringLiteral("visits"), &error));
        QVERIFY(!m_store->needsIndexing());
        m_store->indexer()->schedule(); // even when asked directly
        QVERIFY(waitForIndexer());
        QCOMPARE(SortIndexes::missing(m_store->handle()).size(),
                 sortIndexesOf(QStringLiteral("visits")).size());
        QVERIFY(exec(db, QStringLiteral("UPDATE sync_state SET cursor = NULL")));
        QVERIFY(m_store->needsIndexing());
        m_store->scheduleIndexing();
        QVERIFY(waitForIndexer());
        QCOMPARE(SortIndexes::missing(m_store->handle()), QStringList());
    }

    void modelSaysWhileSearchIsIndexing()
    {
        QString error;
        {
            auto bulk = m_store->openConnection(&error, StoreConnection::Mode::BulkIngest);
            QVERIFY2(bulk, qPrintable(error));
            for (int i = 0; i < 50; ++i)
                QVERIFY(insertVisit(bulk->database(), QStringLiteral("b%1").arg(i),
                                    QStringLiteral("walrus %1").arg(i)));
        }
        // Holding the write lock keeps the indexer from catching up.
        QSqlDatabase db = m_store->database();
        QVERIFY(exec(db, QStringLiteral("BEGIN IMMEDIATE")));
        VisitsModel model(m_store.get());
        QVERIFY(m_store->indexer()->isRunning());
        QVERIFY(model.searchIndexing());
        QSignalSpy changed(&model, &CacheTableModel::searchIndexingChanged);
        QVERIFY(exec(db, QStringLiteral("COMMIT")));
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QVERIFY(!model.searchIndexing());
        model.setSearchText(QStringLiteral("walrus"));
        QCOMPARE(model.rowCount(), 50);
    }

    void bulkSyncDropsSortIndexesAndBuildsThemAfter_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("bulkLoadRows");
        QTest::addColumn<bool>("bulk");
        QTest::newRow("large walk") << 1500 << 500 << true;
        QTest::newRow("small walk") << 300 << 500 << false;
    }

    void bulkSyncDropsSortIndexesAndBuildsThemAfter()
    {
        QFETCH(int, rows);
        QFETCH(int, bulkLoadRows);
        QFETCH(bool, bulk);
        VisitsModel model(m_store.get());
        model.setWindowSize(50);
        SyncEngine engine(m_store->path(), [rows] { return std::make_unique<VisitPages>(rows); });
        SyncOptions options;
        options.pageLimit = 100;
        options.bulkLoadRows = bulkLoadRows;
        engine.setOptions(options);
        // While the walk goes on (after its first page), views sort correctly
        // when the indexes are there; without them, they show the rows newest
        // first and say that the order waits.
        bool droppedDuringWalk = false;
        bool sortedCorrectly = true;
        bool waitedWithoutIndexes = true;
        int pages = 0;
        connect(&engine, &SyncEngine::pageStored, this, [&] {
            if (++pages != 3)
                return;
            droppedDuringWalk = !SortIndexes::missing(m_store->handle()).isEmpty();
            // One snapshot for the model and the check while the sync writes.
            const QSqlDatabase db = m_store->database();
            exec(db, QStringLiteral("BEGIN"));
            count(db, QStringLiteral("SELECT count(*) FROM visits"));
            const struct {
                int column;
                const char *expression;
            } sorts[] = {{VisitsModel::City, "ifnull(city, '')"},
                         {VisitsModel::Duration, "duration_seconds"},
                         {VisitsModel::PageTitle, "page_title"}};
            for (const auto &sort : sorts) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    model.sort(sort.column, order);
                    const char *direction = order == Qt::AscendingOrder ? "ASC" : "DESC";
                    waitedWithoutIndexes =
                        waitedWithoutIndexes && model.sortPending() == droppedDuringWalk;
                    sortedCorrectly =
                        sortedCorrectly &&
                        shownIds(model) ==
                            (model.sortPending()
                                 ? expectedIds(db, QStringLiteral("started_at"), "DESC", 50)
                                 : expectedIds(db, QLatin1StringView(sort.expression), direction,
                                               50));
                }
            }
            exec(db, QStringLiteral("COMMIT"));
        });
        // As AppServices does when a category's walk completed.
        connect(&engine, &SyncEngine::categoryCompleted, &model, &CacheTableModel::refresh);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start({QStringLiteral("visits")}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<SyncOutcome>(), SyncOutcome::Completed);
        QCOMPARE(droppedDuringWalk, bulk);
        QVERIFY(sortedCorrectly);
        QVERIFY(waitedWithoutIndexes);
        QVERIFY(waitForIndexer());
        QCOMPARE(SortIndexes::missing(m_store->handle()), QStringList());
        // The last order asked for is shown by itself once its index is back.
        QVERIFY(!model.sortPending());
        QCOMPARE(model.sortColumn(), int(VisitsModel::PageTitle));
        QCOMPARE(shownIds(model),
                 expectedIds(m_store->database(), QStringLiteral("page_title"), "DESC", 50));
        QVERIFY(!FtsIndex::hasBacklog(m_store->handle(), QStringLiteral("visits")));
        QVERIFY(!model.searchIndexing());
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")), rows);
        model.setSearchText(QStringLiteral("walrus"));
        QCOMPARE(model.matchCount(), rows);
    }
};

QTEST_GUILESS_MAIN(TestStoreIndexer)
#include "tst_store_indexer.moc"
