#include "auth/IdleMonitor.h"

#include "ManualTimerSource.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestIdleMonitor : public QObject
{
    Q_OBJECT

    ManualTimerSource *timers = nullptr;
    IdleMonitor *monitor = nullptr;
    int signOuts = 0;

private Q_SLOTS:
    void init()
    {
        signOuts = 0;
        timers = new ManualTimerSource;
        monitor = new IdleMonitor(*timers, [this] { ++signOuts; });
    }
    void cleanup()
    {
        delete monitor;
        delete timers;
    }

    void defaultIsFifteenMinutes() { QCOMPARE(monitor->timeout(), std::chrono::seconds(15 * 60)); }

    void warnsOneMinuteBeforeThenSignsOut()
    {
        QSignalSpy warning(monitor, &IdleMonitor::warning);
        QSignalSpy timedOut(monitor, &IdleMonitor::timedOut);
        monitor->start();
        timers->advance(14min - 1ms);
        QCOMPARE(warning.count(), 0);
        timers->advance(1ms);
        QCOMPARE(warning.count(), 1);
        QCOMPARE(warning.constFirst().constFirst().toInt(), 60);
        timers->advance(60s - 1ms);
        QCOMPARE(signOuts, 0);
        timers->advance(1ms);
        QCOMPARE(signOuts, 1);
        QCOMPARE(timedOut.count(), 1);
        QVERIFY(!monitor->isRunning());
        timers->advance(60min);
        QCOMPARE(signOuts, 1);
        QCOMPARE(warning.count(), 1);
    }

    void activityPostponesTheDeadline()
    {
        QSignalSpy warning(monitor, &IdleMonitor::warning);
        monitor->start();
        timers->advance(10min);
        monitor->noteActivity();
        timers->advance(10min);
        QCOMPARE(warning.count(), 0);
        timers->advance(4min);
        QCOMPARE(warning.count(), 1);
        timers->advance(1min);
        QCOMPARE(signOuts, 1);
    }

    void activityAfterWarningClearsIt()
    {
        QSignalSpy warning(monitor, &IdleMonitor::warning);
        QSignalSpy cleared(monitor, &IdleMonitor::warningCleared);
        monitor->start();
        timers->advance(14min + 30s);
        QCOMPARE(warning.count(), 1);
        QCOMPARE(warning.constFirst().constFirst().toInt(), 60); // fired at 14:00
        monitor->noteActivity();
        QCOMPARE(cleared.count(), 1);
        timers->advance(14min - 1ms);
        QCOMPARE(signOuts, 0);
        QCOMPARE(warning.count(), 1);
        timers->advance(1ms);
        QCOMPARE(warning.count(), 2);
        timers->advance(1min);
        QCOMPARE(signOuts, 1);
    }

    void configurableTimeout()
    {
        QSignalSpy warning(monitor, &IdleMonitor::warning);
        monitor->setTimeout(5min);
        monitor->start();
        timers->advance(4min);
        QCOMPARE(warning.count(), 1);
        timers->advance(1min);
        QCOMPARE(signOuts, 1);
    }

    void timeoutShorterThanTheWarningWarnsAtOnce()
    {
        QSignalSpy warning(monitor, &IdleMonitor::warning);
        monitor->setTimeout(20s);
        monitor->start();
        timers->advance(0ms);
        QCOMPARE(warning.count(), 1);
        QCOMPARE(warning.constFirst().constFirst().toInt(), 20);
        timers->advance(20s);
        QCOMPARE(signOuts, 1);
    }

    void stoppedMonitorNeverSignsOut()
    {
        monitor->start();
        timers->advance(5min);
        monitor->stop();
        monitor->noteActivity();
        timers->advance(2h);
        QCOMPARE(signOuts, 0);
        QVERIFY(!monitor->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
