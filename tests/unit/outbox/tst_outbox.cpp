#include "ManualTimerSource.h"

#include "outbox/Outbox.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    ManualTimerSource m_time;

    std::unique_ptr<LocalStore> openStore(const QString &name)
    {
        auto store = std::make_unique<LocalStore>(m_dir.filePath(name));
        QString error;
        if (!store->open(&error))
            qWarning() << error;
        return store;
    }

private Q_SLOTS:
    void submitIsDurableWithAUniqueKey()
    {
        const QString name = QStringLiteral("%1.sqlite").arg(++m_files);
        const QJsonObject payload{{QStringLiteral("channels"), QJsonArray{u"sms"_qs}}};
        QString key;
        {
            auto store = openStore(name);
            Outbox outbox(store.get(), nullptr, [this] { return m_time.wallNow(); });
            QSignalSpy submitted(&outbox, &Outbox::submitted);
            QString error;
            const auto item = outbox.submit(QStringLiteral("unsubscribe"), payload, &error);
            QVERIFY2(item, qPrintable(error));
            QCOMPARE(submitted.count(), 1);
            QCOMPARE(item->state, OutboxItem::State::Pending);
            QCOMPARE(item->attempts, 0);
            QCOMPARE(item->nextAttemptAt, m_time.wallNow());
            key = item->idempotencyKey;
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(key).hasMatch());
            const auto second = outbox.submit(QStringLiteral("unsubscribe"), payload, &error);
            QVERIFY(second->idempotencyKey != key);
            // Back to NORMAL for everything else on the connection.
            QSqlQuery query(store->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        auto store = openStore(name);
        Outbox outbox(store.get());
        const QList<OutboxItem> items = outbox.items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.first().idempotencyKey, key);
        QCOMPARE(items.first().type, QStringLiteral("unsubscribe"));
        QCOMPARE(items.first().payload, payload);
    }

    void lifecycle()
    {
        auto store = openStore(QStringLiteral("%1.sqlite").arg(++m_files));
        Outbox outbox(store.get(), nullptr, [this] { return m_time.wallNow(); });
        QSignalSpy changed(&outbox, &Outbox::stateChanged);
        QString error;
        const auto a = outbox.submit(u"export"_qs, {{u"format"_qs, u"json"_qs}}, &error);
        const auto b = outbox.submit(u"export"_qs, {{u"format"_qs, u"csv"_qs}}, &error);
        QCOMPARE(outbox.nextDue(m_time.wallNow())->id, a->id);

        QVERIFY(outbox.markSending(a->id));
        QCOMPARE(outbox.item(a->id)->attempts, 1);
        QCOMPARE(outbox.nextDue(m_time.wallNow())->id, b->id);
        const QDateTime later = m_time.wallNow().addSecs(60);
        QVERIFY(outbox.markRetry(a->id, u"network"_qs, later));
        QCOMPARE(outbox.item(a->id)->state, OutboxItem::State::Pending);
        QCOMPARE(outbox.item(a->id)->lastError, u"network"_qs);
        QVERIFY(outbox.markSending(b->id));
        QVERIFY(!outbox.nextDue(m_time.wallNow()));
        QCOMPARE(*outbox.nextAttemptAt(), later);
        QCOMPARE(outbox.nextDue(later)->id, a->id);

        const QJsonObject request{{u"id"_qs, u"r-1"_qs}, {u"status"_qs, u"received"_qs}};
        QVERIFY(outbox.markSent(b->id, request));
        QCOMPARE(outbox.item(b->id)->serverRequestId, u"r-1"_qs);
        QCOMPARE(outbox.item(b->id)->serverRequest, request);
        QVERIFY(outbox.markSending(a->id));
        QVERIFY(outbox.markFailed(a->id, u"422 validation-failed"_qs));
        QCOMPARE(outbox.items(OutboxItem::State::FailedPermanently).size(), 1);
        QCOMPARE(outbox.items(OutboxItem::State::Sent).size(), 1);
        QVERIFY(!outbox.nextAttemptAt());

        const QList<OutboxItem::State> expected = {
            OutboxItem::State::Sending, OutboxItem::State::Pending,
            OutboxItem::State::Sending, OutboxItem::State::Sent,
            OutboxItem::State::Sending, OutboxItem::State::FailedPermanently};
        QCOMPARE(changed.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(changed.at(i).at(1).value<OutboxItem::State>(), expected.at(i));
        QVERIFY(!outbox.markSending(12345)); // no such item
    }

    void interruptedSendsAreDueAgain()
    {
        auto store = openStore(QStringLiteral("%1.sqlite").arg(++m_files));
        Outbox outbox(store.get(), nullptr, [this] { return m_time.wallNow(); });
        QString error;
        const auto item = outbox.submit(u"export"_qs, {{u"format"_qs, u"json"_qs}}, &error);
        QVERIFY(outbox.markSending(item->id));
        m_time.advance(std::chrono::minutes(5));
        QCOMPARE(outbox.recoverInterrupted(), 1);
        const auto recovered = outbox.item(item->id);
        QCOMPARE(recovered->state, OutboxItem::State::Pending);
        QCOMPARE(recovered->idempotencyKey, item->idempotencyKey);
        QCOMPARE(recovered->nextAttemptAt, m_time.wallNow());
        QCOMPARE(outbox.recoverInterrupted(), 0);
    }

    void makeAllDue()
    {
        auto store = openStore(QStringLiteral("%1.sqlite").arg(++m_files));
        Outbox outbox(store.get(), nullptr, [this] { return m_time.wallNow(); });
        QString error;
        const auto item = outbox.submit(u"export"_qs, {{u"format"_qs, u"json"_qs}}, &error);
        QVERIFY(outbox.markSending(item->id));
        QVERIFY(outbox.markRetry(item->id, u"x"_qs, m_time.wallNow().addSecs(600)));
        QVERIFY(!outbox.nextDue(m_time.wallNow()));
        QVERIFY(outbox.makeAllDue());
        QCOMPARE(outbox.nextDue(m_time.wallNow())->id, item->id);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
