// CacheSummary against a real cache file: the counts and sync times it
// reports are the rows and sync_state rows stored, read off the UI thread
// (after the start-up gate opens), and nothing of a wiped account survives.
// Also the start-up gate itself, and the table model's reads it holds.
#include "ModelTestData.h"
#include "TempStores.h"

#include "core/StartupGate.h"
#include "models/CacheSummary.h"
#include "models/VisitsModel.h"
#include "store/LocalStore.h"
#include "store/SyncStateStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;

namespace {

QList<QVariantMap> logRows(int count)
{
    QList<QVariantMap> rows;
    for (int i = 0; i < count; ++i) {
        rows.append({{u"id"_qs, QStringLiteral("l%1").arg(i)},
                     {u"occurred_at"_qs, isoAt(i)},
                     {u"level"_qs, u"info"_qs},
                     {u"event"_qs, u"session.created"_qs}});
    }
    return rows;
}

QList<QVariantMap> recordRows(int count)
{
    QList<QVariantMap> rows;
    for (int i = 0; i < count; ++i) {
        rows.append({{u"id"_qs, QStringLiteral("t%1").arg(i)},
                     {u"field"_qs, u"email"_qs},
                     {u"value"_qs, QStringLiteral("value %1").arg(i)},
                     {u"source"_qs, u"Partner Ads"_qs},
                     {u"received_at"_qs, isoAt(i)}});
    }
    return rows;
}

bool saveCompleted(LocalStore &store, const QString &category, const QString &at)
{
    SyncState state;
    state.category = category;
    state.lastCompleteAt = at;
    QString error;
    return SyncStateStore(store.database()).save(state, &error);
}

// Refreshes and waits for the figures.
bool refreshed(CacheSummary &summary)
{
    QSignalSpy changed(&summary, &CacheSummary::changed);
    summary.refresh();
    return summary.isRefreshing() && changed.wait(5000) && !summary.isRefreshing();
}

} // namespace

class TestCacheSummary : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void categoriesAreTheSyncedTables()
    {
        QCOMPARE(CacheSummary::categories(), QStringList({u"visits"_qs, u"messages"_qs, u"logs"_qs,
                                                          u"third_party_records"_qs}));
    }

    void emptyCache()
    {
        CacheSummary summary(m_store.get());
        QVERIFY(!summary.hasFigures());
        QCOMPARE(summary.count(u"visits"_qs), -1); // not read yet
        QVERIFY(refreshed(summary));
        QVERIFY(summary.hasFigures());
        for (const QString &category : CacheSummary::categories()) {
            QCOMPARE(summary.count(category), 0);
            QVERIFY(summary.lastSyncedAt(category).isEmpty());
        }
        QVERIFY(summary.lastSyncedAtAny().isEmpty());
    }

    void countsAndSyncTimesOfEachKind()
    {
        QVERIFY(insertRows(m_store->database(), u"visits"_qs, makeVisitRows(123)));
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, logRows(45)));
        QVERIFY(insertRows(m_store->database(), u"third_party_records"_qs, recordRows(7)));
        QVERIFY(saveCompleted(*m_store, u"visits"_qs, u"2026-11-25T08:30:00Z"_qs));
        QVERIFY(saveCompleted(*m_store, u"logs"_qs, u"2026-11-25T09:15:00Z"_qs));

        CacheSummary summary(m_store.get());
        QVERIFY(refreshed(summary));
        QCOMPARE(summary.count(u"visits"_qs), 123);
        QCOMPARE(summary.count(u"messages"_qs), 0);
        QCOMPARE(summary.count(u"logs"_qs), 45);
        QCOMPARE(summary.count(u"third_party_records"_qs), 7);
        QCOMPARE(summary.count(u"no_such_kind"_qs), -1);
        QCOMPARE(summary.lastSyncedAt(u"visits"_qs), u"2026-11-25T08:30:00Z"_qs);
        QCOMPARE(summary.lastSyncedAt(u"logs"_qs), u"2026-11-25T09:15:00Z"_qs);
        QVERIFY(summary.lastSyncedAt(u"messages"_qs).isEmpty());
        QCOMPARE(summary.lastSyncedAtAny(), u"2026-11-25T09:15:00Z"_qs);

        // A later sync stored more: the figures follow at the next refresh.
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, {logRows(46).constLast()}));
        QVERIFY(saveCompleted(*m_store, u"visits"_qs, u"2026-11-26T07:00:00Z"_qs));
        QCOMPARE(summary.count(u"logs"_qs), 45); // until then, what was read
        QVERIFY(refreshed(summary));
        QCOMPARE(summary.count(u"logs"_qs), 46);
        QCOMPARE(summary.lastSyncedAtAny(), u"2026-11-26T07:00:00Z"_qs);
    }

    // Of several refreshes in a row only the newest reports: never figures
    // older than the last refresh().
    void newestRefreshWins()
    {
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, logRows(3)));
        CacheSummary summary(m_store.get());
        QSignalSpy changed(&summary, &CacheSummary::changed);
        summary.refresh();
        const QList<QVariantMap> more = logRows(5).mid(3);
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, more));
        summary.refresh();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(summary.count(u"logs"_qs), 5);
        // Results are delivered in order: a stale one would have come first.
        QVERIFY(refreshed(summary));
        QCOMPARE(changed.size(), 2);
    }

    void wipeForgetsTheAccount()
    {
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, logRows(5)));
        QVERIFY(saveCompleted(*m_store, u"logs"_qs, u"2026-11-25T09:15:00Z"_qs));
        CacheSummary summary(m_store.get());
        QVERIFY(refreshed(summary));
        QCOMPARE(summary.count(u"logs"_qs), 5);

        QSignalSpy changed(&summary, &CacheSummary::changed);
        QString error;
        QVERIFY2(m_store->wipe(&error), qPrintable(error));
        // Forgotten at once, read again after the wipe.
        QVERIFY(!changed.isEmpty());
        QVERIFY(summary.isRefreshing());
        QTRY_VERIFY(summary.hasFigures());
        QCOMPARE(summary.count(u"logs"_qs), 0);
        QVERIFY(summary.lastSyncedAtAny().isEmpty());
    }

    // A read asked for while the start-up gate is held (a resumed session's
    // first frame being built) is handed to the gate, not started, and runs
    // when it opens: it sees what was stored in between.
    void readWaitsForTheStartupGate()
    {
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, logRows(3)));
        StartupGate gate;
        CacheSummary summary(m_store.get(), &gate);
        QSignalSpy changed(&summary, &CacheSummary::changed);
        auto hold = std::make_unique<StartupGate::Hold>(&gate);
        QVERIFY(gate.isHeld());
        summary.refresh();
        QVERIFY(summary.isRefreshing());
        QCOMPARE(gate.waitingCount(), 1);
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, logRows(5).mid(3)));
        hold.reset();
        QVERIFY(!gate.isHeld());
        QCOMPARE(gate.waitingCount(), 0);
        QVERIFY(changed.wait(5000));
        QCOMPARE(summary.count(u"logs"_qs), 5);
    }

    // A table model hands its match count and its filter values to the gate
    // it was given, and runs them when it opens.
    void tableReadsWaitForTheStartupGate()
    {
        QVERIFY(insertRows(m_store->database(), u"visits"_qs, makeVisitRows(4)));
        StartupGate gate;
        VisitsModel model(m_store.get(), &gate);
        QSignalSpy counted(&model, &CacheTableModel::matchCountReady);
        QSignalSpy values(&model, &CacheTableModel::distinctValuesReady);
        auto hold = std::make_unique<StartupGate::Hold>(&gate);
        model.countMatches();
        QVERIFY(model.readDistinctValues({VisitsModel::Browser}));
        QCOMPARE(gate.waitingCount(), 2);
        hold.reset();
        QCOMPARE(gate.waitingCount(), 0);
        // Either may come first.
        QTRY_VERIFY(!counted.isEmpty() && !values.isEmpty());
        QCOMPARE(counted.constLast().constFirst().toLongLong(), 4);
        const auto browsers = values.constLast().constFirst().value<QHash<int, QStringList>>();
        QVERIFY(browsers.contains(VisitsModel::Browser));
    }

    // Nor does a table model read its next window ahead before the gate
    // opens (the reader's thread would open a connection of its own).
    void readAheadWaitsForTheStartupGate()
    {
        QVERIFY(insertRows(m_store->database(), u"visits"_qs,
                           makeVisitRows(CacheTableModel::kDefaultWindow + 50)));
        StartupGate gate;
        auto hold = std::make_unique<StartupGate::Hold>(&gate);
        VisitsModel model(m_store.get(), &gate);
        QCOMPARE(model.rowCount(), CacheTableModel::kDefaultWindow);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.readsAheadPending(), 0);
        QCOMPARE(gate.waitingCount(), 1);
        model.refresh(); // asks again: still one waits
        QCOMPARE(gate.waitingCount(), 1);
        hold.reset();
        QCOMPARE(model.readsAheadPending(), 1);
        QSignalSpy ahead(&model, &CacheTableModel::windowReadAhead);
        QVERIFY(ahead.wait(5000));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), CacheTableModel::kDefaultWindow + 50);
    }

    // The gate runs what waited in order once the last hold goes, drops the
    // work of an object gone meanwhile, and runs at once when open; without
    // a gate (or once it is gone) work runs at once and holds do nothing.
    void startupGateRunsWaitingWorkInOrder()
    {
        QStringList ran;
        StartupGate gate;
        auto outer = std::make_unique<StartupGate::Hold>(&gate);
        auto inner = std::make_unique<StartupGate::Hold>(&gate);
        QObject kept;
        auto gone = std::make_unique<QObject>();
        gate.run(&kept, [&] { ran << u"first"_qs; });
        StartupGate::runOn(&gate, gone.get(), [&] { ran << u"gone"_qs; });
        gate.run(&kept, [&] {
            ran << u"second"_qs;
            // The gate is open while what waited runs.
            gate.run(&kept, [&] { ran << u"asked while released"_qs; });
        });
        gone.reset();
        inner.reset();
        QVERIFY(gate.isHeld());
        QVERIFY(ran.isEmpty());
        outer.reset();
        QCOMPARE(ran, (QStringList{u"first"_qs, u"second"_qs, u"asked while released"_qs}));
        gate.run(&kept, [&] { ran << u"open"_qs; });
        QCOMPARE(ran.constLast(), u"open"_qs);

        StartupGate::runOn(nullptr, &kept, [&] { ran << u"no gate"_qs; });
        QCOMPARE(ran.constLast(), u"no gate"_qs);
        StartupGate::Hold noGate(nullptr);

        // A gate is one object: holding another leaves this one open.
        StartupGate other;
        StartupGate::Hold otherHold(&other);
        QVERIFY(!gate.isHeld());
        gate.run(&kept, [&] { ran << u"other held"_qs; });
        QCOMPARE(ran.constLast(), u"other held"_qs);
    }

    // Work still waiting when the gate goes is dropped, and a hold that
    // outlives its gate does nothing.
    void startupGateGoneDropsItsWork()
    {
        bool ran = false;
        auto gate = std::make_unique<StartupGate>();
        auto hold = std::make_unique<StartupGate::Hold>(gate.get());
        QObject context;
        gate->run(&context, [&] { ran = true; });
        gate.reset();
        hold.reset();
        QVERIFY(!ran);
    }

    void closedStoreHasNoFigures()
    {
        CacheSummary summary(m_store.get());
        QVERIFY(refreshed(summary));
        m_store->close();
        QSignalSpy changed(&summary, &CacheSummary::changed);
        summary.refresh();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!summary.hasFigures());
        QCOMPARE(summary.count(u"logs"_qs), -1);
    }
};

QTEST_GUILESS_MAIN(TestCacheSummary)
#include "tst_cache_summary.moc"
