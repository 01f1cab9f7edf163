#include "ModelTestData.h"
#include "TempStores.h"

#include "models/VisitsModel.h"
#include "store/LocalStore.h"
#include "store/StoreConnection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace pd;
using namespace pd::test;

namespace {

// All item ids in model order, fetching every window.
QStringList allIds(CacheTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CacheTableModel::ItemIdRole).toString();
    return ids;
}

} // namespace

class TestVisitsModel : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    QList<QVariantMap> m_rows;

    // The reference order: rows sorted by `key` then insertion order (row id).
    QStringList expectedIds(const std::function<QVariant(const QVariantMap &)> &key,
                            Qt::SortOrder order,
                            const std::function<bool(const QVariantMap &)> &keep = {}) const
    {
        QList<int> positions;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!keep || keep(m_rows.at(i)))
                positions << i;
        }
        std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
            const int c =
                QVariant::compare(key(m_rows.at(a)), key(m_rows.at(b))) == QPartialOrdering::Less
                    ? -1
                : key(m_rows.at(a)) == key(m_rows.at(b)) ? 0
                                                         : 1;
            if (c != 0)
                return order == Qt::AscendingOrder ? c < 0 : c > 0;
            return order == Qt::AscendingOrder ? a < b : a > b;
        });
        QStringList ids;
        for (int position : positions)
            ids << m_rows.at(position).value(QStringLiteral("id")).toString();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_rows = makeVisitRows(1000);
        QVERIFY(insertRows(m_store->database(), QStringLiteral("visits"), m_rows));
    }
    void cleanup() { m_store.reset(); }

    void passesModelTester()
    {
        VisitsModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 14);
        QVERIFY(model.rowCount() >= 200);
        model.fetchMore({});
        model.sort(VisitsModel::City, Qt::AscendingOrder);
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Safari"));
        model.setSearchText(QStringLiteral("pric"));
        model.setDateRange(QDateTime::fromString(isoAt(300), Qt::ISODateWithMs), {});
        allIds(model);
        model.clearColumnFilters();
        QString error;
        QVERIFY(m_store->wipe(&error));
        QCOMPARE(model.rowCount(), 0);
    }

    void loadsInWindows()
    {
        VisitsModel model(m_store.get());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), CacheTableModel::kDefaultWindow);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(inserted.count(), 1);
        const QStringList ids = allIds(model);
        QCOMPARE(ids.size(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(ids, expectedIds([](const QVariantMap &r) { return r.value(u"started_at"_qs); },
                                  Qt::DescendingOrder));
    }

    void sortsEveryColumnAcrossWindows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Qt::SortOrder>("order");
        for (const auto &[column, field] :
             {std::pair{int(VisitsModel::StartedAt), QStringLiteral("started_at")},
              std::pair{int(VisitsModel::Duration), QStringLiteral("duration_seconds")},
              std::pair{int(VisitsModel::Browser), QStringLiteral("browser")},
              std::pair{int(VisitsModel::City), QStringLiteral("city")},
              std::pair{int(VisitsModel::PageTitle), QStringLiteral("page_title")}}) {
            QTest::addRow("%s asc", qPrintable(field)) << column << field << Qt::AscendingOrder;
            QTest::addRow("%s desc", qPrintable(field)) << column << field << Qt::DescendingOrder;
        }
    }
    void sortsEveryColumnAcrossWindows()
    {
        QFETCH(int, column);
        QFETCH(QString, field);
        QFETCH(Qt::SortOrder, order);
        VisitsModel model(m_store.get());
        model.setWindowSize(64);
        model.sort(column, order);
        QCOMPARE(model.sortColumn(), column);
        // NULL sorts as the empty string, before every text.
        const auto key = [&](const QVariantMap &row) {
            const QVariant value = row.value(field);
            return value.isNull() ? QVariant(QString()) : value;
        };
        QCOMPARE(allIds(model), expectedIds(key, order));
    }

    void filtersByColumnDateAndText()
    {
        VisitsModel model(m_store.get());
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Safari"));
        QStringList ids = allIds(model);
        QCOMPARE(ids, expectedIds([](const QVariantMap &r) { return r.value(u"started_at"_qs); },
                                  Qt::DescendingOrder,
                                  [](const QVariantMap &r) {
                                      return r.value(u"browser"_qs) == u"Safari"_qs;
                                  }));
        QCOMPARE(model.matchCount(), 250);

        model.clearColumnFilters();
        const QDateTime from = QDateTime::fromString(isoAt(100), Qt::ISODateWithMs);
        const QDateTime until = QDateTime::fromString(isoAt(50), Qt::ISODateWithMs);
        model.setDateRange(from, until);
        ids = allIds(model);
        QCOMPARE(ids.size(), 100); // minutes 51..100, two visits each
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDateTime started = model.index(row, VisitsModel::StartedAt).data().toDateTime();
            QVERIFY(started >= from && started < until);
        }

        model.setDateRange({}, {});
        model.setSearchText(QStringLiteral("PRIC"));
        QCOMPARE(
            allIds(model),
            expectedIds([](const QVariantMap &r) { return r.value(u"started_at"_qs); },
                        Qt::DescendingOrder,
                        [](const QVariantMap &r) {
                            return r.value(u"page_title"_qs).toString().startsWith(u"pricing") ||
                                   r.value(u"page_url"_qs).toString().contains(u"/pricing/");
                        }));
        // Every word must match, in any of the searchable columns.
        model.setSearchText(QStringLiteral("pricing blog"));
        const auto has = [](const QVariantMap &r, const QString &word) {
            return r.value(u"page_title"_qs).toString().startsWith(word) ||
                   r.value(u"page_url"_qs).toString().contains(u'/' + word + u'/');
        };
        QCOMPARE(allIds(model),
                 expectedIds([](const QVariantMap &r) { return r.value(u"started_at"_qs); },
                             Qt::DescendingOrder,
                             [&](const QVariantMap &r) {
                                 return has(r, u"pricing"_qs) && has(r, u"blog"_qs);
                             }));
        // Search syntax is taken literally, never an error.
        for (const QString &text :
             {QStringLiteral("\"unbalanced"), QStringLiteral("AND OR NOT"), QStringLiteral("c++ *"),
              QStringLiteral("col:umn"), QStringLiteral("(((")}) {
            QSignalSpy failed(&model, &CacheTableModel::queryFailed);
            model.setSearchText(text);
            QCOMPARE(failed.count(), 0);
        }
        model.setSearchText(QString());
        QCOMPARE(allIds(model).size(), 1000);
    }

    // The count the views show runs on another connection: it agrees with
    // the blocking count for every kind of filter (a search there searches
    // again, as the hits table belongs to the UI connection), and only the
    // newest of several quick requests reports.
    void countsInTheBackground()
    {
        VisitsModel model(m_store.get());
        QSignalSpy ready(&model, &CacheTableModel::matchCountReady);
        const auto backgroundCount = [&]() -> qint64 {
            ready.clear();
            model.countMatches();
            if (!ready.wait(10000))
                return -2;
            return ready.constFirst().at(0).toLongLong();
        };
        QCOMPARE(backgroundCount(), 1000);
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Safari"));
        QCOMPARE(backgroundCount(), model.matchCount());
        model.setSearchText(QStringLiteral("pricing"));
        const qint64 both = model.matchCount();
        QVERIFY(both > 0 && both < 250);
        QCOMPARE(backgroundCount(), both);
        model.clearColumnFilters();
        QCOMPARE(backgroundCount(), model.matchCount());
        model.setSearchText(QString());
        const QDateTime from = QDateTime::fromString(isoAt(100), Qt::ISODateWithMs);
        model.setDateRange(from, {});
        QCOMPARE(backgroundCount(), model.matchCount());

        ready.clear();
        model.setDateRange({}, {});
        model.countMatches();
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Safari"));
        model.countMatches();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.constFirst().at(0).toLongLong(), 250);
    }

    void filterIsExactEvenWhenTheIndexHelps()
    {
        QList<QVariantMap> extra = makeVisitRows(3);
        extra[0][QStringLiteral("id")] = QStringLiteral("x0");
        extra[0][QStringLiteral("browser")] = QStringLiteral("Chrome Mobile");
        extra[1][QStringLiteral("id")] = QStringLiteral("x1");
        extra[1][QStringLiteral("browser")] = QStringLiteral("Opera");
        extra[2][QStringLiteral("id")] = QStringLiteral("x2");
        extra[2][QStringLiteral("browser")] = QStringLiteral("opera");
        QVERIFY(insertRows(m_store->database(), QStringLiteral("visits"), extra));
        VisitsModel model(m_store.get());
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Chrome"));
        QCOMPARE(model.matchCount(), 250);
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Opera"));
        QCOMPARE(allIds(model), QStringList{u"x1"_qs});
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Netscape"));
        QCOMPARE(model.rowCount(), 0);
        // Rows the index does not hold yet (a sync in progress) still count.
        QString error;
        {
            auto bulk = m_store->openConnection(&error, StoreConnection::Mode::BulkIngest);
            QList<QVariantMap> late = makeVisitRows(1);
            late[0][QStringLiteral("id")] = QStringLiteral("late");
            late[0][QStringLiteral("browser")] = QStringLiteral("Opera");
            QVERIFY(insertRows(bulk->database(), QStringLiteral("visits"), late));
        }
        model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Opera"));
        QCOMPARE(allIds(model).size(), 2);
    }

    void roles()
    {
        VisitsModel model(m_store.get());
        const QModelIndex started = model.index(0, VisitsModel::StartedAt);
        QCOMPARE(started.data(CacheTableModel::RawValueRole).toString(), isoAt(0));
        QCOMPARE(started.data().toDateTime(),
                 QDateTime::fromString(isoAt(0), Qt::ISODateWithMs).toLocalTime());
        QCOMPARE(started.data(CacheTableModel::ItemIdRole).toString(), QStringLiteral("v1"));
        QCOMPARE(model.index(0, VisitsModel::Duration).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.headerData(VisitsModel::PageTitle, Qt::Horizontal).toString(),
                 VisitsModel::tr("Page"));
        QVERIFY(model.index(0, VisitsModel::City).data().isNull() ||
                model.index(0, VisitsModel::City).data().toString().startsWith(u"City"));
    }

    // Over 20000 hits, a time-sorted search walks the time index instead of
    // sorting the hits: same rows, same order, across windows.
    void manyHitsWalkTheTimeIndex()
    {
        QList<QVariantMap> more = makeVisitRows(22000);
        for (int i = 0; i < more.size(); ++i)
            more[i][QStringLiteral("id")] = QStringLiteral("w%1").arg(i);
        QVERIFY(insertRows(m_store->database(), QStringLiteral("visits"), more));
        m_rows += more;
        VisitsModel model(m_store.get());
        model.setSearchText(QStringLiteral("shop"));
        QCOMPARE(model.matchCount(), 23000);
        for (int i = 0; i < 5; ++i)
            model.fetchMore({});
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(CacheTableModel::ItemIdRole).toString();
        const QStringList expected = expectedIds(
            [](const QVariantMap &r) { return r.value(u"started_at"_qs); }, Qt::DescendingOrder);
        QCOMPARE(ids, expected.mid(0, 1200));
        // Sorted by another column, the hits are read and sorted instead.
        model.sort(VisitsModel::Duration, Qt::AscendingOrder);
        model.fetchMore({});
        const QStringList byDuration =
            expectedIds([](const QVariantMap &r) { return r.value(u"duration_seconds"_qs); },
                        Qt::AscendingOrder);
        QCOMPARE(model.index(399, 0).data(CacheTableModel::ItemIdRole).toString(),
                 byDuration.at(399));
    }

    void refreshSeesNewRows()
    {
        VisitsModel model(m_store.get());
        QList<QVariantMap> fresh = makeVisitRows(1);
        fresh[0][QStringLiteral("id")] = QStringLiteral("newest");
        fresh[0][QStringLiteral("started_at")] = isoAt(-5);
        QVERIFY(insertRows(m_store->database(), QStringLiteral("visits"), fresh));
        model.refresh();
        QCOMPARE(model.index(0, 0).data(CacheTableModel::ItemIdRole).toString(),
                 QStringLiteral("newest"));
    }
};

QTEST_GUILESS_MAIN(TestVisitsModel)
#include "tst_visits_model.moc"
