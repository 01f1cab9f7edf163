#include "outbox/Backoff.h"

#include <QTest>

using namespace pd;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundGrowsThenCaps()
    {
        const Backoff backoff(1000ms, 60000ms, [] { return 0.0; });
        QCOMPARE(backoff.bound(1), 1000ms);
        QCOMPARE(backoff.bound(2), 2000ms);
        QCOMPARE(backoff.bound(5), 16000ms);
        QCOMPARE(backoff.bound(7), 60000ms);
        QCOMPARE(backoff.bound(500), 60000ms);
    }

    void fullJitterSpansZeroToBound()
    {
        double next = 0.0;
        const Backoff backoff(1000ms, 60000ms, [&] { return next; });
        QCOMPARE(backoff.fullJitter(3), 0ms);
        next = 0.5;
        QCOMPARE(backoff.fullJitter(3), 2000ms);
        next = 0.999;
        QCOMPARE(backoff.fullJitter(3), 3996ms);
        QCOMPARE(backoff.fullJitter(30), 59940ms);
    }

    void equalJitterKeepsHalf()
    {
        double next = 0.0;
        const Backoff backoff(1000ms, 60000ms, [&] { return next; });
        QCOMPARE(backoff.equalJitter(3), 2000ms);
        next = 0.5;
        QCOMPARE(backoff.equalJitter(3), 3000ms);
    }

    void defaultRandomStaysInRange()
    {
        const Backoff backoff(100ms, 1000ms);
        for (int i = 0; i < 1000; ++i) {
            const auto delay = backoff.fullJitter(4);
            QVERIFY(delay >= 0ms && delay <= 800ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
