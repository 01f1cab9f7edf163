// HeldRequests keeps the requests a session could not send, apart from the
// cache (which is wiped), bound to the account; Outbox::restore queues them
// again with their Idempotency-Key, once.
#include "outbox/HeldRequests.h"
#include "outbox/Outbox.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pd;

namespace {

QJsonObject payload(const QString &channel)
{
    return {{QStringLiteral("channels"), QJsonArray{channel}}};
}

} // namespace

class TestHeldRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsPerAccountAndRestoresOnce()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite3")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        Outbox outbox(&store);
        const auto first =
            outbox.submit(QStringLiteral("unsubscribe"), payload(QStringLiteral("sms")), &error);
        const auto second =
            outbox.submit(QStringLiteral("unsubscribe"), payload(QStringLiteral("email")), &error);
        QVERIFY(first && second);

        const QString path = dir.filePath(QStringLiteral("held.sqlite3"));
        const QString alice = HeldRequests::owner(QStringLiteral("p1"), QStringLiteral("a1"));
        const QString bob = HeldRequests::owner(QStringLiteral("p1"), QStringLiteral("b2"));
        {
            HeldRequests held(path);
            QVERIFY2(held.open(&error), qPrintable(error));
            QVERIFY2(held.hold(alice, outbox.items(), &error), qPrintable(error));
            // Holding again (a retried sign-out) keeps one copy of each.
            QVERIFY2(held.hold(alice, outbox.items(), &error), qPrintable(error));
        }
        ::umask(previous);
        QCOMPARE(QFile::permissions(path) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(store.wipe(&error));
        QVERIFY(outbox.items().isEmpty());

        // Survives a restart of the app (a new HeldRequests on the file).
        HeldRequests held(path);
        QVERIFY2(held.open(&error), qPrintable(error));
        QVERIFY(held.heldFor(bob).isEmpty());
        const QList<OutboxItem> waiting = held.heldFor(alice);
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).idempotencyKey, first->idempotencyKey);
        QCOMPARE(waiting.at(0).payload, payload(QStringLiteral("sms")));
        QCOMPARE(waiting.at(0).createdAt, first->createdAt);
        QCOMPARE(waiting.at(1).idempotencyKey, second->idempotencyKey);

        for (const OutboxItem &item : waiting) {
            const auto queued = outbox.restore(item, &error);
            QVERIFY2(queued, qPrintable(error));
            QCOMPARE(queued->state, OutboxItem::State::Pending);
            QCOMPARE(queued->idempotencyKey, item.idempotencyKey);
            QCOMPARE(queued->attempts, 0);
        }
        // Restoring again (a crash before release) queues nothing twice.
        QVERIFY(outbox.restore(waiting.at(0), &error));
        QCOMPARE(outbox.items().size(), 2);

        QVERIFY(held.release({first->idempotencyKey, second->idempotencyKey}, &error));
        QVERIFY(held.heldFor(alice).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeldRequests)
#include "tst_held_requests.moc"
