#include "FakeTransport.h"
#include "ManualTimerSource.h"
#include "TempStores.h"

#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "store/LocalStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestOutboxSender : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<ManualTimerSource> m_time;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<FakeTransport> m_transport;
    double m_random = 0.5;

    std::unique_ptr<OutboxSender> makeSender()
    {
        return std::make_unique<OutboxSender>(
            m_outbox.get(), m_transport.get(), m_time.get(),
            Backoff(1000ms, 60000ms, [this] { return m_random; }));
    }
    OutboxItem submit(const QString &description)
    {
        QString error;
        return *m_outbox->submit(u"security_report"_qs,
                                 {{u"category"_qs, u"other"_qs}, {u"description"_qs, description}},
                                 &error);
    }
    // Lets queued calls run (no time passes for the manual clock).
    void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void init()
    {
        m_time = std::make_unique<ManualTimerSource>();
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_outbox =
            std::make_unique<Outbox>(m_store.get(), nullptr, [this] { return m_time->wallNow(); });
        m_transport = std::make_unique<FakeTransport>();
        m_random = 0.5;
    }
    void cleanup()
    {
        m_transport.reset();
        m_outbox.reset();
        m_store.reset();
        m_time.reset();
    }

    void sendsOldestFirstOneAtATime()
    {
        const OutboxItem a = submit(u"a"_qs);
        const OutboxItem b = submit(u"b"_qs);
        auto sender = makeSender();
        QSignalSpy sent(sender.get(), &OutboxSender::itemSent);
        sender->start();
        QCOMPARE(m_transport->sends.size(), 1);
        QCOMPARE(m_transport->sends.at(0).item.idempotencyKey, a.idempotencyKey);
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sending);
        m_transport->answer(0, FakeTransport::accepted(u"r-a"_qs));
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sent);
        QCOMPARE(m_outbox->item(a.id)->serverRequestId, u"r-a"_qs);
        QTRY_COMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.id, b.id);
        m_transport->answer(1, FakeTransport::accepted(u"r-b"_qs));
        QCOMPARE(sent.count(), 2);
        // A new submission is picked up without a restart.
        const OutboxItem c = submit(u"c"_qs);
        QTRY_COMPARE(m_transport->sends.size(), 3);
        QCOMPARE(m_transport->sends.at(2).item.id, c.id);
    }

    void retriesWithFullJitterBackoffAndTheSameKey()
    {
        const OutboxItem a = submit(u"a"_qs);
        auto sender = makeSender();
        QSignalSpy deferred(sender.get(), &OutboxSender::itemDeferred);
        sender->start();
        // Attempt 1 fails: bound 1 s, random 0.5 -> 500 ms.
        m_transport->answer(0, OutboxSendResult::retryable(ApiError::network(u"reset"_qs)));
        QCOMPARE(deferred.count(), 1);
        QCOMPARE(m_outbox->item(a.id)->nextAttemptAt, m_time->wallNow().addMSecs(500));
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Pending);
        settle();
        m_time->advance(499ms);
        settle();
        QCOMPARE(m_transport->sends.size(), 1);
        m_time->advance(1ms);
        settle();
        QCOMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.idempotencyKey, a.idempotencyKey);
        // Attempt 2 fails: bound 2 s; random 0.25 -> 500 ms; attempt 3: 4 s * 0.25.
        m_random = 0.25;
        m_transport->answer(1, OutboxSendResult::retryable(ApiError::network(u"reset"_qs)));
        QCOMPARE(m_outbox->item(a.id)->nextAttemptAt, m_time->wallNow().addMSecs(500));
        settle();
        m_time->advance(500ms);
        settle();
        m_transport->answer(2, OutboxSendResult::retryable(ApiError::network(u"reset"_qs)));
        QCOMPARE(m_outbox->item(a.id)->nextAttemptAt, m_time->wallNow().addMSecs(1000));
        QCOMPARE(m_outbox->item(a.id)->attempts, 3);
        settle();
        m_time->advance(1000ms);
        settle();
        m_transport->answer(3, FakeTransport::accepted(u"r-a"_qs));
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sent);
        QCOMPARE(m_outbox->item(a.id)->attempts, 4);
    }

    void retryAfterHoldsEveryItem()
    {
        const OutboxItem a = submit(u"a"_qs);
        const OutboxItem b = submit(u"b"_qs);
        auto sender = makeSender();
        sender->start();
        ApiError limited = ApiError::problem(429, u"rate-limited"_qs, {});
        limited.setRetryAfterSeconds(30);
        m_transport->answer(0, OutboxSendResult::retryable(limited, 30s));
        QCOMPARE(m_outbox->item(a.id)->nextAttemptAt, m_time->wallNow().addSecs(30));
        settle();
        // b is due, but the server asked for 30 s of quiet.
        QCOMPARE(m_transport->sends.size(), 1);
        m_time->advance(29s);
        settle();
        QCOMPARE(m_transport->sends.size(), 1);
        m_time->advance(1s);
        settle();
        // Then in order of due time: b has waited longest.
        QCOMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.id, b.id);
        m_transport->answer(1, FakeTransport::accepted(u"r-b"_qs));
        QTRY_COMPARE(m_transport->sends.size(), 3);
        QCOMPARE(m_transport->sends.at(2).item.id, a.id);
    }

    void permanentFailureEndsTheItemOnly()
    {
        const OutboxItem a = submit(u"a"_qs);
        const OutboxItem b = submit(u"b"_qs);
        auto sender = makeSender();
        QSignalSpy failed(sender.get(), &OutboxSender::itemFailed);
        sender->start();
        m_transport->answer(
            0, OutboxSendResult::permanent(ApiError::problem(422, u"validation-failed"_qs, {})));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::FailedPermanently);
        QVERIFY(m_outbox->item(a.id)->lastError.contains(u"validation-failed"));
        QTRY_COMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.id, b.id);
        m_time->advance(std::chrono::hours(1));
        settle();
        QCOMPARE(m_transport->sends.size(), 2);
    }

    void resumesAnInterruptedSendWithTheSameKey()
    {
        const OutboxItem a = submit(u"a"_qs);
        {
            auto sender = makeSender();
            sender->start();
            QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sending);
            // The app dies here: no answer ever arrives.
        }
        auto restarted = makeSender();
        restarted->start();
        QCOMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.idempotencyKey, a.idempotencyKey);
        // The old sender's answer, had it come, is ignored.
        m_transport->answer(0, OutboxSendResult::permanent(ApiError::http(500, {})));
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sending);
        m_transport->answer(1, FakeTransport::accepted(u"r-a"_qs));
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sent);
    }

    void stopIgnoresLateAnswers()
    {
        const OutboxItem a = submit(u"a"_qs);
        auto sender = makeSender();
        sender->start();
        sender->stop();
        m_transport->answer(0, FakeTransport::accepted(u"r-a"_qs));
        QCOMPARE(m_outbox->item(a.id)->state, OutboxItem::State::Sending);
        sender->start();
        QCOMPARE(m_transport->sends.size(), 2);
    }

    void retryNowSkipsTheWait()
    {
        const OutboxItem a = submit(u"a"_qs);
        auto sender = makeSender();
        sender->start();
        m_transport->answer(0, OutboxSendResult::retryable(ApiError::network(u"offline"_qs)));
        settle();
        QCOMPARE(m_transport->sends.size(), 1);
        sender->retryNow();
        QTRY_COMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.id, a.id);
    }

    void retryNowStillHonoursRetryAfter()
    {
        const OutboxItem a = submit(u"a"_qs);
        auto sender = makeSender();
        sender->start();
        ApiError limited = ApiError::problem(429, u"rate-limited"_qs, {});
        limited.setRetryAfterSeconds(30);
        m_transport->answer(0, OutboxSendResult::retryable(limited, 30s));
        settle();
        sender->retryNow(); // e.g. the network came back
        settle();
        QCOMPARE(m_transport->sends.size(), 1);
        m_time->advance(30s);
        settle();
        QCOMPARE(m_transport->sends.size(), 2);
        QCOMPARE(m_transport->sends.at(1).item.id, a.id);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outbox_sender.moc"
