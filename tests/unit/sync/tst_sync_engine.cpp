#include "FakePageServer.h"
#include "StoreQueries.h"
#include "TempStores.h"

#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/StagingDatabase.h"
#include "store/SyncStateStore.h"
#include "sync/PageIngestor.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace pd;
using namespace pd::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

// Sends all of a large page but its last bytes, then nothing: a server
// trickling a page that is being written.
class StallingSource : public SyncPageSource
{
public:
    StallingSource(QByteArray body, std::shared_ptr<std::atomic_int> fetches)
        : m_body(std::move(body))
        , m_fetches(std::move(fetches))
    {}
    void fetch(const SyncPageRequest &, Callback, BodySink body) override
    {
        ++*m_fetches;
        const int generation = ++m_generation;
        QTimer::singleShot(0, &m_context, [this, generation, body = std::move(body)] {
            if (generation == m_generation)
                body(QByteArrayView(m_body).chopped(10));
        });
    }
    void abort() override { ++m_generation; }

private:
    QByteArray m_body;
    std::shared_ptr<std::atomic_int> m_fetches;
    QObject m_context;
    int m_generation = 0;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<FakePageServer> m_serverHolder;
    FakePageServer &server() { return *m_serverHolder; }
    std::unique_ptr<SyncEngine> m_engine;

    // Runs the engine once and returns how it ended.
    SyncOutcome runOnce(const QStringList &categories = {QStringLiteral("visits")},
                        QString *message = nullptr)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        if (!m_engine->start(categories))
            return SyncOutcome::Failed;
        if (!finished.wait(20000))
            return SyncOutcome::Failed;
        if (message)
            *message = finished.at(0).at(1).toString();
        return finished.at(0).at(0).value<SyncOutcome>();
    }
    int visits() const
    {
        return count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits"));
    }
    SyncState visitState() const
    {
        return SyncStateStore(m_store->database()).load(QStringLiteral("visits"));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_serverHolder = std::make_unique<FakePageServer>();
        server().setItems(QStringLiteral("visits"), QStringLiteral("started_at"), makeVisits(1234));
        m_engine = std::make_unique<SyncEngine>(m_store->path(),
                                                [this] { return server().createSource(); });
        SyncOptions options;
        options.pageLimit = 100;
        options.retryBaseDelayMs = 1;
        options.retryMaxDelayMs = 5;
        options.ftsChunkRows = 300;
        options.catchUpEveryRows = 500;
        m_engine->setOptions(options);
        m_engine->setClock([] { return kNow; });
    }
    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_serverHolder.reset();
    }

    void fullSyncOffTheUiThread()
    {
        QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
        QSignalSpy completed(m_engine.get(), &SyncEngine::categoryCompleted);
        QCOMPARE(runOnce(), SyncOutcome::Completed);
        QCOMPARE(visits(), 1234);
        QCOMPARE(completed.count(), 1);
        const SyncState state = visitState();
        QVERIFY(!state.walkInProgress());
        QCOMPARE(state.highWater, QStringLiteral("2026-11-25T12:00:00.000Z"));
        QCOMPARE(state.lastCompleteAt, QStringLiteral("2026-11-26T09:00:00.000Z"));
        QCOMPARE(state.walkRows, 1234);

        // Pages were fetched (and so written) on the sync thread.
        const auto seen = server().seen();
        QCOMPARE(seen.size(), 13);
        for (const auto &request : seen) {
            QVERIFY(request.thread != QThread::currentThread());
            QVERIFY(request.request.since.isEmpty());
        }
        // Progress counts up to the total; the estimate reaches zero.
        QCOMPARE(progress.count(), 13);
        qint64 previous = 0;
        for (const auto &arguments : progress) {
            const auto update = arguments.at(0).value<SyncProgress>();
            QVERIFY(update.rows > previous);
            QCOMPARE(update.total, 1234);
            QVERIFY(update.bytes > 0);
            previous = update.rows;
        }
        const auto last = progress.last().at(0).value<SyncProgress>();
        QCOMPARE(last.rows, 1234);
        QCOMPARE(last.etaMs, 0);
        // Everything is searchable once the walk is done.
        QCOMPARE(FtsIndex::backlog(m_store->handle(), QStringLiteral("visits")), 0);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits_fts "
                                                           "WHERE visits_fts MATCH 'porto'")),
                 1234);
    }

    void cancelledWalkResumesAtItsCursor()
    {
        QSignalSpy stored(m_engine.get(), &SyncEngine::pageStored);
        connect(m_engine.get(), &SyncEngine::pageStored, this, [&] {
            if (stored.count() == 3)
                m_engine->cancel();
        });
        QCOMPARE(runOnce(), SyncOutcome::Cancelled);
        const SyncState interrupted = visitState();
        QVERIFY(interrupted.walkInProgress());
        QCOMPARE(visits(), int(interrupted.walkRows));
        QVERIFY(interrupted.walkRows >= 300 && interrupted.walkRows < 1234);
        const int requestsBefore = int(server().seen().size());

        disconnect(m_engine.get(), &SyncEngine::pageStored, this, nullptr);
        QCOMPARE(runOnce(), SyncOutcome::Completed);
        QCOMPARE(visits(), 1234);
        // The second run started at the saved cursor, not at the top.
        const auto seen = server().seen();
        QCOMPARE(seen.at(requestsBefore).request.cursor, interrupted.cursor);
        QCOMPARE(visitState().walkRows, 1234);
        QCOMPARE(FtsIndex::backlog(m_store->handle(), QStringLiteral("visits")), 0);
    }

    void laterWalksAreIncremental()
    {
        QCOMPARE(runOnce(), SyncOutcome::Completed);
        const QString highWater = visitState().highWater;
        // Ten newer visits (ids -10..-1 are newer than v0).
        server().addItems(QStringLiteral("visits"), makeVisits(10, -10, QStringLiteral("Fresh")));
        const int before = int(server().seen().size());
        QCOMPARE(runOnce(), SyncOutcome::Completed);
        const auto seen = server().seen();
        QCOMPARE(seen.size(), before + 1);
        QCOMPARE(seen.last().request.since, highWater);
        QVERIFY(seen.last().request.cursor.isEmpty());
        QCOMPARE(visits(), 1244);
        QCOMPARE(visitState().highWater, QStringLiteral("2026-11-25T12:10:00.000Z"));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits_fts "
                                                           "WHERE visits_fts MATCH 'fresh'")),
                 10);
    }

    void refusedCursorRestartsTheWalk()
    {
        SyncState state = visitState();
        state.cursor = QStringLiteral("stale");
        state.walkRows = 700;
        QString error;
        QVERIFY(SyncStateStore(m_store->database()).save(state, &error));
        QCOMPARE(runOnce(), SyncOutcome::Completed);
        const auto seen = server().seen();
        QCOMPARE(seen.first().request.cursor, QStringLiteral("stale"));
        QVERIFY(seen.at(1).request.cursor.isEmpty());
        QCOMPARE(visits(), 1234);
        QCOMPARE(visitState().walkRows, 1234);
    }

    void transientFailuresAreRetried()
    {
        ApiError busy = ApiError::problem(503, QStringLiteral("unavailable"), QString());
        server().failNext({ApiError::network(QStringLiteral("reset")), busy});
        QCOMPARE(runOnce(), SyncOutcome::Completed);
        QCOMPARE(visits(), 1234);
        QCOMPARE(server().seen().size(), 15);
    }

    void permanentFailureStops()
    {
        server().failNext({ApiError::problem(422, QStringLiteral("validation-failed"), {})});
        QString message;
        QCOMPARE(runOnce({QStringLiteral("visits")}, &message), SyncOutcome::Failed);
        QVERIFY(!message.isEmpty());
        QCOMPARE(visits(), 0);
        QCOMPARE(server().seen().size(), 1);
    }

    void tooManyTransientFailuresStop()
    {
        const ApiError down = ApiError::network(QStringLiteral("down"));
        server().failNext({down, down, down, down, down, down});
        QCOMPARE(runOnce(), SyncOutcome::Failed);
        QCOMPARE(server().seen().size(), 5);
    }

    void unauthenticatedAsksForSignIn()
    {
        QSignalSpy authentication(m_engine.get(), &SyncEngine::authenticationRequired);
        server().failNext({ApiError::problem(401, QStringLiteral("unauthenticated"), {})});
        QCOMPARE(runOnce(), SyncOutcome::Failed);
        QCOMPARE(authentication.count(), 1);
    }

    void malformedPageFailsWithoutPartialRows()
    {
        QList<QJsonObject> items = makeVisits(150);
        items[120].remove(QStringLiteral("id"));
        server().setItems(QStringLiteral("visits"), QStringLiteral("started_at"), items);
        QCOMPARE(runOnce(), SyncOutcome::Failed);
        // The first page is stored, nothing of the broken second one.
        QCOMPARE(visits(), 100);
        QCOMPARE(visitState().walkRows, 100);
    }

    void pageThatNeverEndsReleasesTheStore()
    {
        QJsonArray items;
        for (const QJsonObject &item : makeVisits(10000))
            items.append(item);
        const QByteArray body = QJsonDocument(QJsonObject{{u"items"_qs, items},
                                                          {u"next_cursor"_qs, QJsonValue::Null},
                                                          {u"total"_qs, 10000}})
                                    .toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > PageIngestor::kHoldBytes + 1024); // written as it arrives
        auto fetches = std::make_shared<std::atomic_int>(0);
        m_engine = std::make_unique<SyncEngine>(m_store->path(), [body, fetches] {
            return std::make_unique<StallingSource>(body, fetches);
        });
        SyncOptions options;
        options.retryBaseDelayMs = 1;
        options.retryMaxDelayMs = 5;
        options.maxAttempts = 2;
        options.maxStreamedPageMs = 50;
        m_engine->setOptions(options);
        QString message;
        QCOMPARE(runOnce({QStringLiteral("visits")}, &message), SyncOutcome::Failed);
        QCOMPARE(message, ApiError::timeout(QString()).userMessage());
        QCOMPARE(fetches->load(), 2); // dropped, asked again, dropped
        QCOMPARE(visits(), 0);
        QVERIFY(!visitState().walkInProgress());
        // Nothing left holding the write lock.
        QVERIFY(insertVisit(m_store->database(), u"after"_qs, u"Title"_qs));
        // The staged rows went with the run's staging file.
        QVERIFY(!QFile::exists(StagingDatabase::pathFor(m_store->path())));
    }

    void severalCategories()
    {
        QList<QJsonObject> messages;
        for (int i = 0; i < 250; ++i) {
            messages.append(
                QJsonObject{{u"id"_qs, QStringLiteral("m%1").arg(i)},
                            {u"sent_at"_qs, QStringLiteral("2026-11-%1T10:00:00.000Z")
                                                .arg(1 + i % 20, 2, 10, QLatin1Char('0'))},
                            {u"channel"_qs, u"whatsapp"_qs},
                            {u"direction"_qs, u"outbound"_qs},
                            {u"counterpart"_qs, u"Support bot"_qs},
                            {u"body"_qs, u"Your order shipped"_qs}});
        }
        server().setItems(QStringLiteral("messages"), QStringLiteral("sent_at"), messages);
        QSignalSpy completed(m_engine.get(), &SyncEngine::categoryCompleted);
        QCOMPARE(runOnce({QStringLiteral("visits"), QStringLiteral("messages")}),
                 SyncOutcome::Completed);
        QCOMPARE(completed.count(), 2);
        QCOMPARE(visits(), 1234);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM messages")), 250);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM messages_fts "
                                                           "WHERE messages_fts MATCH 'shipped'")),
                 250);
    }

    void startWhileRunningIsRefused()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QVERIFY(m_engine->start());
        QVERIFY(m_engine->isRunning());
        QVERIFY(!m_engine->start());
        QVERIFY(finished.wait(20000));
        QVERIFY(!m_engine->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
