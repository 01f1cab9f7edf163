#include "FakeStatusSource.h"
#include "ManualTimerSource.h"

#include "outbox/RequestTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace std::chrono_literals;

class TestRequestTracker : public QObject
{
    Q_OBJECT

    ManualTimerSource m_time;
    FakeStatusSource m_source;
    // Equal jitter with random 0: exactly half the bound (5 s, 10 s, 20 s...).
    RequestTracker m_tracker{&m_source, &m_time, Backoff(10s, 80s, [] { return 0.0; })};

private Q_SLOTS:
    void init() { m_source.polls.clear(); }

    void pollsWithGrowingGapsAndReportsChanges()
    {
        QSignalSpy changed(&m_tracker, &RequestTracker::statusChanged);
        QSignalSpy stopped(&m_tracker, &RequestTracker::trackingStopped);
        m_tracker.track(u"r1"_qs, u"received"_qs);
        QVERIFY(m_tracker.isTracking(u"r1"_qs));
        m_time.advance(4999ms);
        QCOMPARE(m_source.polls.size(), 0);
        m_time.advance(1ms);
        QCOMPARE(m_source.polls.size(), 1);
        m_source.answerStatus(0, u"received"_qs); // unchanged: next in 10 s
        QCOMPARE(changed.count(), 0);
        m_time.advance(9999ms);
        QCOMPARE(m_source.polls.size(), 1);
        m_time.advance(1ms);
        QCOMPARE(m_source.polls.size(), 2);
        m_source.answerStatus(1, u"received"_qs); // unchanged twice: 20 s
        m_time.advance(20s);
        QCOMPARE(m_source.polls.size(), 3);
        m_source.answerStatus(2, u"in_progress"_qs); // changed: back to 5 s
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toString(), u"in_progress"_qs);
        m_time.advance(5s);
        QCOMPARE(m_source.polls.size(), 4);
        m_source.answerStatus(3, u"completed"_qs);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!m_tracker.isTracking(u"r1"_qs));
        m_time.advance(std::chrono::hours(1));
        QCOMPARE(m_source.polls.size(), 4);
    }

    void gapsStopGrowingAtTheCap()
    {
        m_tracker.track(u"r2"_qs, u"received"_qs);
        for (int i = 0; i < 8; ++i) {
            m_time.advance(40s); // the cap: 80 s bound, half of it
            QCOMPARE(m_source.polls.size(), i + 1);
            m_source.answerStatus(i, u"verifying"_qs);
        }
        m_tracker.untrack(u"r2"_qs);
        m_time.advance(std::chrono::hours(1));
        QCOMPARE(m_source.polls.size(), 8);
    }

    void finalStatusesAreNotFollowed()
    {
        for (const QString &status : {u"completed"_qs, u"rejected"_qs, u"cancelled"_qs}) {
            m_tracker.track(u"done"_qs, status);
            QVERIFY(!m_tracker.isTracking(u"done"_qs));
        }
    }

    void errorsBackOffAndNotFoundStops()
    {
        QSignalSpy stopped(&m_tracker, &RequestTracker::trackingStopped);
        m_tracker.track(u"r3"_qs);
        m_time.advance(5s);
        m_source.answerError(0, ApiError::network(u"offline"_qs));
        m_time.advance(9s);
        QCOMPARE(m_source.polls.size(), 1);
        m_time.advance(1s);
        QCOMPARE(m_source.polls.size(), 2);
        m_source.answerError(1, ApiError::problem(404, u"not-found"_qs, {}));
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!m_tracker.isTracking(u"r3"_qs));
    }

    void tracksSeveralIndependently()
    {
        QSignalSpy changed(&m_tracker, &RequestTracker::statusChanged);
        m_tracker.track(u"a"_qs, u"received"_qs);
        m_time.advance(2s);
        m_tracker.track(u"b"_qs, u"received"_qs);
        m_time.advance(3s);
        QCOMPARE(m_source.polls.size(), 1);
        QCOMPARE(m_source.polls.at(0).first, u"a"_qs);
        m_time.advance(2s);
        QCOMPARE(m_source.polls.size(), 2);
        m_source.answerStatus(1, u"rejected"_qs);
        QVERIFY(!m_tracker.isTracking(u"b"_qs));
        QVERIFY(m_tracker.isTracking(u"a"_qs));
        QCOMPARE(changed.count(), 1);
        m_source.answerStatus(0, u"received"_qs);
        QCOMPARE(m_tracker.tracked(), QStringList{u"a"_qs});
        m_tracker.untrack(u"a"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRequestTracker)
#include "tst_request_tracker.moc"
