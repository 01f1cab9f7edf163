#include "store/LocalStore.h"
#include "store/SyncStateStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestSyncStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        SyncStateStore states(store.database());

        const SyncState empty = states.load(QStringLiteral("visits"));
        QCOMPARE(empty.category, QStringLiteral("visits"));
        QVERIFY(!empty.walkInProgress());
        QVERIFY(!empty.everCompleted());

        SyncState state;
        state.category = QStringLiteral("visits");
        state.cursor = QStringLiteral("c-2");
        state.walkSince = QStringLiteral("2026-11-01T00:00:00.000Z");
        state.walkHighWater = QStringLiteral("2026-11-25T08:30:00.000Z");
        state.walkRows = 1000;
        state.walkTotal = 5000;
        state.highWater = QStringLiteral("2026-11-01T00:00:00.000Z");
        state.lastCompleteAt = QStringLiteral("2026-11-02T00:00:00.000Z");
        QVERIFY2(states.save(state, &error), qPrintable(error));
        SyncState loaded = states.load(QStringLiteral("visits"));
        QCOMPARE(loaded.cursor, state.cursor);
        QCOMPARE(loaded.walkSince, state.walkSince);
        QCOMPARE(loaded.walkHighWater, state.walkHighWater);
        QCOMPARE(loaded.walkRows, state.walkRows);
        QCOMPARE(loaded.walkTotal, state.walkTotal);
        QCOMPARE(loaded.highWater, state.highWater);
        QCOMPARE(loaded.lastCompleteAt, state.lastCompleteAt);
        QVERIFY(loaded.walkInProgress());

        state.cursor.clear();
        QVERIFY(states.save(state, &error));
        QVERIFY(!states.load(QStringLiteral("visits")).walkInProgress());
        QVERIFY(states.remove(QStringLiteral("visits"), &error));
        QVERIFY(!states.load(QStringLiteral("visits")).everCompleted());
    }
};

QTEST_GUILESS_MAIN(TestSyncStateStore)
#include "tst_sync_state_store.moc"
