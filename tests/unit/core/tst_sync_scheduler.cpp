// The periodic sync: due one interval after sign-in and after each sync's
// end, never while signed out, off with a zero interval.
#include "ManualTimerSource.h"

#include "core/SyncScheduler.h"

#include <QTest>

using namespace pd;
using namespace std::chrono_literals;

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsOneIntervalAfterTheLastEnded()
    {
        ManualTimerSource timers;
        int syncs = 0;
        SyncScheduler scheduler(timers, 15min, [&] { ++syncs; });
        QVERIFY(!scheduler.isScheduled());
        scheduler.start();
        QVERIFY(scheduler.isScheduled());
        timers.advance(14min);
        QCOMPARE(syncs, 0);
        timers.advance(1min);
        QCOMPARE(syncs, 1);
        // Nothing more until that sync ends, however long it takes.
        timers.advance(60min);
        QCOMPARE(syncs, 1);
        scheduler.syncEnded();
        timers.advance(10min);
        // A sync the user started meanwhile moves the next one on.
        scheduler.syncEnded();
        timers.advance(10min);
        QCOMPARE(syncs, 1);
        timers.advance(5min);
        QCOMPARE(syncs, 2);
    }

    void nothingWhileSignedOut()
    {
        ManualTimerSource timers;
        int syncs = 0;
        SyncScheduler scheduler(timers, 15min, [&] { ++syncs; });
        scheduler.syncEnded(); // e.g. the last sync of a session that ended
        QVERIFY(!scheduler.isScheduled());
        scheduler.start();
        scheduler.stop();
        QVERIFY(!scheduler.isScheduled());
        scheduler.syncEnded();
        timers.advance(60min);
        QCOMPARE(syncs, 0);
    }

    void zeroIntervalIsOff()
    {
        ManualTimerSource timers;
        int syncs = 0;
        SyncScheduler scheduler(timers, 0ms, [&] { ++syncs; });
        scheduler.start();
        scheduler.syncEnded();
        QVERIFY(!scheduler.isScheduled());
        timers.advance(24h);
        QCOMPARE(syncs, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_sync_scheduler.moc"
