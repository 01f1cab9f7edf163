// A hostile or broken server cannot keep the sync walking: a repeated
// next_cursor, cursors that go round in a cycle and pages past the announced
// total stop the category's walk after a bounded number of requests, with a
// message for users, keeping the rows already stored; the next run does the
// same instead of storming. An absurd Retry-After is clamped and the wait
// announced; 401 on every call ends the run at its first request; a page
// over the cap is refused with a message that says so.
#include "LoopbackPageServer.h"
#include "StoreQueries.h"
#include "TempStores.h"

#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "store/LocalStore.h"
#include "store/SyncStateStore.h"
#include "sync/HttpSyncPageSource.h"
#include "sync/SyncEngine.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

struct Run {
    bool finished = false;
    SyncOutcome outcome = SyncOutcome::Failed;
    QString message;
};

} // namespace

class TestSyncHostileWalks : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<LoopbackPageServer> m_server;
    std::unique_ptr<SyncEngine> m_engine;
    qint64 m_maxPageBytes = JsonGuard::kDefaultMaxBytes;

    void serve(LoopbackPageServer::Mode mode, SyncOptions options = testOptions())
    {
        m_server = std::make_unique<LoopbackPageServer>(mode);
        QVERIFY(m_server->listen());
        ServerProfile profile = ServerProfile::forUrl(m_server->origin());
        profile.developerMode = true; // loopback http
        const qint64 cap = m_maxPageBytes;
        m_engine = std::make_unique<SyncEngine>(m_store->path(), [profile, cap] {
            auto source = std::make_unique<HttpSyncPageSource>(
                TlsPolicy(profile), QSslConfiguration::defaultConfiguration(),
                [] { return QStringLiteral("token"); });
            source->setMaxPageBytes(cap);
            return source;
        });
        m_engine->setOptions(options);
        m_engine->setClock([] { return kNow; });
    }

    static SyncOptions testOptions()
    {
        SyncOptions options;
        options.pageLimit = LoopbackPageServer::kItemsPerPage;
        options.retryBaseDelayMs = 1;
        options.retryMaxDelayMs = 5;
        options.maxAttempts = 3;
        return options;
    }

    Run runOnce()
    {
        Run run;
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        if (!m_engine->start({QStringLiteral("visits")}) || !finished.wait(30000))
            return run;
        run.finished = true;
        run.outcome = finished.at(0).at(0).value<SyncOutcome>();
        run.message = finished.at(0).at(1).toString();
        return run;
    }

    int visits() const
    {
        return count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits"));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_maxPageBytes = JsonGuard::kDefaultMaxBytes;
    }

    void cleanup()
    {
        m_engine.reset();
        m_server.reset();
        m_store.reset();
    }

    void repeatedCursorStopsTheWalk()
    {
        serve(LoopbackPageServer::Mode::RepeatCursor);
        QSignalSpy completed(m_engine.get(), &SyncEngine::categoryCompleted);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        QCOMPARE(run.message, QStringLiteral("The server kept sending the same pages; the sync of "
                                             "website visits stopped."));
        // The first page and the one whose cursor came back: stored, kept.
        QCOMPARE(visits(), 2 * LoopbackPageServer::kItemsPerPage);
        QCOMPARE(completed.count(), 1); // models refresh over what was stored
        // Two pages, and at most the one asked for ahead of time.
        QVERIFY2(m_server->requestCount() <= 3,
                 qPrintable(QString::number(m_server->requestCount())));
        // The next run starts the walk from the top, not at the bad cursor.
        const SyncState state = SyncStateStore(m_store->database()).load(QStringLiteral("visits"));
        QVERIFY(!state.walkInProgress());
    }

    void cycleOfCursorsStopsTheWalk()
    {
        serve(LoopbackPageServer::Mode::CycleCursors);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        QVERIFY2(run.message.contains(QStringLiteral("kept sending the same pages")),
                 qPrintable(run.message));
        // "", c1, c2, c3 and then c1 again: four pages stored.
        QCOMPARE(visits(), 4 * LoopbackPageServer::kItemsPerPage);
        const QList<QByteArray> cursors = m_server->cursors();
        QVERIFY2(cursors.size() <= 5, cursors.join(' ').constData());
        QCOMPARE(cursors.mid(0, 4), (QList<QByteArray>{"", "c1", "c2", "c3"}));
    }

    void pagesPastTheTotalStopTheWalk()
    {
        serve(LoopbackPageServer::Mode::PastTotal);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        QCOMPARE(run.message, QStringLiteral("The server kept sending more pages than it "
                                             "announced; the sync of website visits stopped."));
        // A total of 4 rows in pages of 2: a handful of pages, not hundreds.
        QVERIFY2(m_server->requestCount() <= 6,
                 qPrintable(QString::number(m_server->requestCount())));
        QVERIFY(visits() > int(LoopbackPageServer::kPastTotal));
    }

    void pagesPastTheTotalWithLargerPages()
    {
        // The page budget follows the limit the sync asks for: with 500 per
        // page, a total of 4 allows a few pages only.
        SyncOptions options = testOptions();
        options.pageLimit = 500;
        serve(LoopbackPageServer::Mode::PastTotal, options);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QVERIFY2(run.message.contains(QStringLiteral("more pages than it announced")),
                 qPrintable(run.message));
        QVERIFY2(m_server->requestCount() <= 1 + 1 + options.walkSlackPages + 1,
                 qPrintable(QString::number(m_server->requestCount())));
    }

    void nextRunIsAsShortNoStorm()
    {
        serve(LoopbackPageServer::Mode::RepeatCursor);
        QVERIFY(runOnce().finished);
        const int first = m_server->requestCount();
        const Run second = runOnce();
        QVERIFY(second.finished);
        QCOMPARE(second.outcome, SyncOutcome::Failed);
        QVERIFY2(m_server->requestCount() - first <= 3,
                 qPrintable(QString::number(m_server->requestCount() - first)));
    }

    void absurdRetryAfterIsClamped_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("announced");
        QTest::newRow("10^12 s") << QByteArray("1000000000000") << true;
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << true;
        QTest::newRow("negative") << QByteArray("-5") << false;
        QTest::newRow("garbage") << QByteArray("soon, maybe") << false;
    }

    void absurdRetryAfterIsClamped()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, announced);
        SyncOptions options = testOptions();
        options.maxRetryAfterMs = 20;
        serve(LoopbackPageServer::Mode::RetryAfter, options);
        m_server->setRetryAfter(retryAfter);
        QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        QCOMPARE(run.message,
                 QStringLiteral("Too many requests. Please wait a moment and try again."));
        // Each attempt waited at most the clamp, and there were maxAttempts.
        QCOMPARE(m_server->requestCount(), options.maxAttempts);
        // The waits that follow a Retry-After are announced with their end.
        const int waits = options.maxAttempts - 1;
        QCOMPARE(progress.count(), announced ? waits : 0);
        for (const QList<QVariant> &arguments : progress) {
            const auto update = arguments.at(0).value<SyncProgress>();
            QVERIFY(update.retryAt.isValid());
            QVERIFY(update.retryAt >= kNow.addMSecs(options.maxRetryAfterMs));
            QVERIFY(update.retryAt <=
                    kNow.addMSecs(options.retryMaxDelayMs + options.maxRetryAfterMs));
        }
    }

    void retryAfterClampedToAnHourByDefault()
    {
        QCOMPARE(SyncOptions().maxRetryAfterMs, 3600 * 1000);
        SyncOptions options = testOptions();
        options.maxRetryAfterMs = SyncOptions().maxRetryAfterMs;
        serve(LoopbackPageServer::Mode::RetryAfter, options);
        QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QVERIFY(m_engine->start({QStringLiteral("visits")}));
        QVERIFY(progress.wait(30000));
        const auto update = progress.at(0).at(0).value<SyncProgress>();
        QCOMPARE(update.retryAt, kNow.addSecs(3600));
        // Waiting, not asking again; Cancel ends the wait at once.
        QCOMPARE(m_server->requestCount(), 1);
        m_engine->cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<SyncOutcome>(), SyncOutcome::Cancelled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void unauthorizedEveryCallEndsTheRunOnce()
    {
        serve(LoopbackPageServer::Mode::Unauthorized);
        QSignalSpy authentication(m_engine.get(), &SyncEngine::authenticationRequired);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        QCOMPARE(run.message, QStringLiteral("Your session has ended. Please sign in again."));
        QCOMPARE(authentication.count(), 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void hugePageRefusedWithMessage()
    {
        // 200 MB announced: refused when the headers arrive.
        serve(LoopbackPageServer::Mode::HugePage);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        const QString size = QLocale().formattedDataSize(JsonGuard::kDefaultMaxBytes);
        QCOMPARE(
            run.message,
            QStringLiteral("The server sent a page larger than %1; it was refused.").arg(size));
        QCOMPARE(m_server->requestCount(), 1); // not retried
        QTRY_VERIFY(m_server->clientClosed());
        QVERIFY(m_server->bytesWritten() < LoopbackPageServer::kHugeBytes / 4);
        QCOMPARE(visits(), 0);
    }

    void endlessChunkedPageRefusedWithMessage()
    {
        m_maxPageBytes = LoopbackPageServer::kCap;
        serve(LoopbackPageServer::Mode::EndlessChunked);
        const Run run = runOnce();
        QVERIFY(run.finished);
        QCOMPARE(run.outcome, SyncOutcome::Failed);
        QVERIFY2(run.message.startsWith(QStringLiteral("The server sent a page larger than")),
                 qPrintable(run.message));
        QCOMPARE(m_server->requestCount(), 1);
        QTRY_VERIFY(m_server->clientClosed());
        QVERIFY2(m_server->bytesWritten() < 16 * LoopbackPageServer::kCap,
                 qPrintable(QString::number(m_server->bytesWritten())));
    }
};

QTEST_GUILESS_MAIN(TestSyncHostileWalks)
#include "tst_sync_hostile_walks.moc"
