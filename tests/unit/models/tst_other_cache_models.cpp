#include "ModelTestData.h"
#include "TempStores.h"

#include "models/DistinctValuesQuery.h"
#include "models/LogsModel.h"
#include "models/MessagesModel.h"
#include "models/ThirdPartyRecordsModel.h"
#include "store/LocalStore.h"
#include "store/SyncStateStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

int fetchAll(CacheTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return model.rowCount();
}

// Exercises a model through the tester: windows, every sort, a filter, a
// search and a date range.
void exercise(CacheTableModel &model, int filterColumn, const QVariant &filterValue,
              const QString &search)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWindowSize(50);
    model.refresh();
    fetchAll(model);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        fetchAll(model);
        model.sort(column, Qt::DescendingOrder);
    }
    model.setColumnFilter(filterColumn, filterValue);
    fetchAll(model);
    model.setSearchText(search);
    fetchAll(model);
    model.setDateRange(QDateTime::fromString(isoAt(100), Qt::ISODateWithMs), {});
    fetchAll(model);
}

} // namespace

class TestOtherCacheModels : public QObject
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

    void messages()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 300; ++i) {
            rows.append(
                {{u"id"_qs, QStringLiteral("m%1").arg(i)},
                 {u"sent_at"_qs, isoAt(i)},
                 {u"channel"_qs, i % 3 ? u"email"_qs : u"whatsapp"_qs},
                 {u"direction"_qs, i % 2 ? u"inbound"_qs : u"outbound"_qs},
                 {u"counterpart"_qs, QStringLiteral("Agent %1").arg(i % 4)},
                 {u"body"_qs, i % 10 ? u"Thanks for waiting"_qs : u"Your parcel shipped"_qs}});
        }
        QVERIFY(insertRows(m_store->database(), u"messages"_qs, rows));
        MessagesModel model(m_store.get());
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, MessagesModel::Body).data().toString(), u"Your parcel shipped"_qs);
        exercise(model, MessagesModel::Channel, u"whatsapp"_qs, u"parcel"_qs);
        // whatsapp: every 3rd; parcel: every 10th; within the last 100 minutes.
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, MessagesModel::Channel).data().toString(), u"whatsapp"_qs);
    }

    // What a page asks for its empty state and its "Synced …" note.
    void storedRowsAndLastSync()
    {
        MessagesModel model(m_store.get());
        QCOMPARE(model.hasStoredRows(), std::optional<bool>(false));
        QVERIFY(model.lastSyncedAt(u"messages"_qs).isEmpty());

        QVERIFY(insertRows(m_store->database(), u"messages"_qs,
                           {{{u"id"_qs, u"m1"_qs},
                             {u"sent_at"_qs, isoAt(1)},
                             {u"channel"_qs, u"email"_qs},
                             {u"direction"_qs, u"inbound"_qs},
                             {u"counterpart"_qs, u"Agent"_qs},
                             {u"body"_qs, u"Hello"_qs}}}));
        // Filters aside: a search that matches nothing still has rows stored.
        model.setSearchText(u"nothing-matches-this"_qs);
        QCOMPARE(model.hasStoredRows(), std::optional<bool>(true));

        SyncState state;
        state.category = u"messages"_qs;
        state.lastCompleteAt = u"2026-11-25T08:30:00Z"_qs;
        QString error;
        QVERIFY2(SyncStateStore(m_store->database()).save(state, &error), qPrintable(error));
        QCOMPARE(model.lastSyncedAt(u"messages"_qs), u"2026-11-25T08:30:00Z"_qs);
        QVERIFY(model.lastSyncedAt(u"logs"_qs).isEmpty());

        m_store.reset(); // the store went: nothing can be read
        QVERIFY(!model.hasStoredRows());
    }

    // The values a page offers in its filters, read off the UI thread.
    void distinctValues()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 150; ++i) {
            rows.append({{u"id"_qs, QStringLiteral("m%1").arg(i)},
                         {u"sent_at"_qs, isoAt(i)},
                         {u"channel"_qs, i % 3 ? u"email"_qs : u"whatsapp"_qs},
                         {u"direction"_qs, u"inbound"_qs},
                         {u"counterpart"_qs, QStringLiteral("Agent %1").arg(i)},
                         {u"body"_qs, u"Hello"_qs}});
        }
        QVERIFY(insertRows(m_store->database(), u"messages"_qs, rows));
        MessagesModel model(m_store.get());
        QSignalSpy ready(&model, &CacheTableModel::distinctValuesReady);
        // Filters on the model do not narrow what a filter can offer.
        model.setColumnFilter(MessagesModel::Channel, u"email"_qs);
        QVERIFY(model.readDistinctValues({MessagesModel::Channel, MessagesModel::Direction}));
        QVERIFY(model.distinctValuesPending());
        QVERIFY(ready.wait(5000));
        QTRY_VERIFY(!model.distinctValuesPending());
        const auto values = ready.constLast().constFirst().value<QHash<int, QStringList>>();
        QCOMPARE(values.size(), 2);
        QStringList channels = values.value(MessagesModel::Channel);
        channels.sort();
        QCOMPARE(channels, QStringList({u"email"_qs, u"whatsapp"_qs}));
        QCOMPARE(values.value(MessagesModel::Direction), QStringList({u"inbound"_qs}));
        // At most kMaxValues of a column with more.
        QVERIFY(model.readDistinctValues({MessagesModel::Counterpart}));
        QVERIFY(ready.wait(5000));
        const auto many = ready.constLast().constFirst().value<QHash<int, QStringList>>();
        QCOMPARE(many.value(MessagesModel::Counterpart).size(), DistinctValuesQuery::kMaxValues);

        m_store->close();
        QVERIFY(!model.readDistinctValues({MessagesModel::Channel}));
    }

    void logs()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 300; ++i) {
            rows.append(
                {{u"id"_qs, QStringLiteral("l%1").arg(i)},
                 {u"occurred_at"_qs, isoAt(i)},
                 {u"level"_qs, i % 4 ? u"info"_qs : u"security"_qs},
                 {u"event"_qs, i % 2 ? u"session.created"_qs : u"request.export.completed"_qs},
                 {u"detail"_qs, i % 5 ? QVariant(u"From a new device"_qs) : QVariant()},
                 {u"ip_address"_qs, i % 7 ? QVariant(u"2001:db8::1"_qs) : QVariant()}});
        }
        QVERIFY(insertRows(m_store->database(), u"logs"_qs, rows));
        LogsModel model(m_store.get());
        QCOMPARE(model.columnCount(), 5);
        exercise(model, LogsModel::Level, u"security"_qs, u"export"_qs);
        // security: every 4th (even, so an export event); last 100 minutes.
        QCOMPARE(model.rowCount(), 26);
    }

    void thirdPartyRecords()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 300; ++i) {
            rows.append({{u"id"_qs, QStringLiteral("t%1").arg(i)},
                         {u"field"_qs, i % 2 ? u"interests"_qs : u"email"_qs},
                         {u"value"_qs, QStringLiteral("value %1").arg(i)},
                         {u"source"_qs, i % 3 ? u"Partner Ads"_qs : u"Loyalty Club"_qs},
                         {u"received_at"_qs, isoAt(i)}});
        }
        QVERIFY(insertRows(m_store->database(), u"third_party_records"_qs, rows));
        ThirdPartyRecordsModel model(m_store.get());
        QCOMPARE(model.columnCount(), 4);
        exercise(model, ThirdPartyRecordsModel::Field, u"interests"_qs, u"loyalty"_qs);
        // odd i, multiple of 3, i <= 100: 3, 9, ..., 99.
        QCOMPARE(model.rowCount(), 17);
    }
};

QTEST_GUILESS_MAIN(TestOtherCacheModels)
#include "tst_other_cache_models.moc"
