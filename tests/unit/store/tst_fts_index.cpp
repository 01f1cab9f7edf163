#include "StoreQueries.h"
#include "TempStores.h"

#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/StoreConnection.h"
#include "store/StoreSchema.h"

#include <QSqlQuery>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

int matches(const QSqlDatabase &db, const QString &term)
{
    return count(db, QStringLiteral("SELECT count(*) FROM visits_fts WHERE visits_fts MATCH '") +
                         term + u'\'');
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

// FTS5's own check of an external-content index against its table.
bool integrityOk(const QSqlDatabase &db)
{
    return exec(db, QStringLiteral(
                        "INSERT INTO visits_fts (visits_fts, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

class TestFtsIndex : public QObject
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

    void triggersFollowInsertUpdateDelete()
    {
        const QSqlDatabase db = m_store->database();
        QVERIFY(insertVisit(db, QStringLiteral("a"), QStringLiteral("walrus pricing")));
        QVERIFY(insertVisit(db, QStringLiteral("b"), QStringLiteral("walrus support")));
        QCOMPARE(matches(db, QStringLiteral("walrus")), 2);
        QVERIFY(
            exec(db, QStringLiteral("UPDATE visits SET page_title = 'narwhal' WHERE id = 'a'")));
        QCOMPARE(matches(db, QStringLiteral("walrus")), 1);
        QCOMPARE(matches(db, QStringLiteral("narwhal")), 1);
        QVERIFY(exec(db, QStringLiteral("DELETE FROM visits WHERE id = 'b'")));
        QCOMPARE(matches(db, QStringLiteral("walrus")), 0);
        QCOMPARE(FtsIndex::backlog(m_store->handle(), QStringLiteral("visits")), 0);
        QVERIFY(integrityOk(db));
    }

    void bulkInsertsWaitForCatchUp()
    {
        const QSqlDatabase db = m_store->database();
        sqlite3 *handle = m_store->handle();
        QString error;
        QVERIFY(insertVisit(db, QStringLiteral("live"), QStringLiteral("heron")));
        {
            auto bulk = m_store->openConnection(&error, StoreConnection::Mode::BulkIngest);
            QVERIFY2(bulk, qPrintable(error));
            for (int i = 0; i < 250; ++i)
                QVERIFY(insertVisit(bulk->database(), QStringLiteral("d%1").arg(i),
                                    QStringLiteral("heron bulk")));
            // Updates and deletes (on either connection) of rows not indexed
            // yet must leave the index alone.
            QVERIFY(exec(bulk->database(),
                         QStringLiteral("UPDATE visits SET page_title = 'heron edited' WHERE id "
                                        "= 'd0'")));
        }
        QCOMPARE(matches(db, QStringLiteral("bulk")), 0);
        QCOMPARE(FtsIndex::backlog(handle, QStringLiteral("visits")), 250);
        QVERIFY(exec(db, QStringLiteral("DELETE FROM visits WHERE id = 'd1'")));
        // With a backlog, a live insert waits for the catch-up too.
        QVERIFY(insertVisit(db, QStringLiteral("late"), QStringLiteral("heron late")));
        QCOMPARE(matches(db, QStringLiteral("late")), 0);

        QVERIFY2(
            FtsIndex::catchUp(handle, *StoreSchema::ftsFor(QStringLiteral("visits")), 100, &error),
            qPrintable(error));
        QCOMPARE(FtsIndex::backlog(handle, QStringLiteral("visits")), 0);
        QCOMPARE(matches(db, QStringLiteral("heron")), 251);
        QCOMPARE(matches(db, QStringLiteral("bulk")), 248);
        QCOMPARE(matches(db, QStringLiteral("edited")), 1);
        QCOMPARE(matches(db, QStringLiteral("late")), 1);
        QVERIFY(integrityOk(db));
        // Caught up: live indexing resumes.
        QVERIFY(insertVisit(db, QStringLiteral("next"), QStringLiteral("osprey")));
        QCOMPARE(matches(db, QStringLiteral("osprey")), 1);
        QVERIFY(integrityOk(db));
    }

    void catchUpStopsWhenCancelled()
    {
        QString error;
        auto bulk = m_store->openConnection(&error, StoreConnection::Mode::BulkIngest);
        QVERIFY2(bulk, qPrintable(error));
        for (int i = 0; i < 30; ++i)
            QVERIFY(insertVisit(bulk->database(), QStringLiteral("d%1").arg(i),
                                QStringLiteral("ibis")));
        int chunks = 0;
        QVERIFY(FtsIndex::catchUp(bulk->handle(), *StoreSchema::ftsFor(QStringLiteral("visits")),
                                  10, &error, [&] { return ++chunks > 2; }));
        QCOMPARE(FtsIndex::backlog(m_store->handle(), QStringLiteral("visits")), 10);
        QCOMPARE(matches(m_store->database(), QStringLiteral("ibis")), 20);
    }

    void rowIdsAreNotReused()
    {
        // Deleting the top indexed rows must not let a new row take an id at
        // or below indexed_upto without being indexed.
        const QSqlDatabase db = m_store->database();
        QVERIFY(insertVisit(db, QStringLiteral("a"), QStringLiteral("kestrel")));
        QVERIFY(insertVisit(db, QStringLiteral("b"), QStringLiteral("kestrel")));
        QVERIFY(insertVisit(db, QStringLiteral("c"), QStringLiteral("kestrel")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM visits WHERE id = 'b'")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM visits WHERE id = 'c'")));
        QVERIFY(insertVisit(db, QStringLiteral("d"), QStringLiteral("kestrel")));
        QCOMPARE(matches(db, QStringLiteral("kestrel")), 2);
        QString error;
        auto bulk = m_store->openConnection(&error, StoreConnection::Mode::BulkIngest);
        QVERIFY(exec(bulk->database(), QStringLiteral("DELETE FROM visits WHERE id = 'd'")));
        QVERIFY(insertVisit(bulk->database(), QStringLiteral("e"), QStringLiteral("kestrel")));
        QVERIFY(FtsIndex::catchUp(bulk->handle(), *StoreSchema::ftsFor(QStringLiteral("visits")),
                                  100, &error));
        QCOMPARE(matches(db, QStringLiteral("kestrel")), 2);
        QVERIFY(integrityOk(db));
    }
};

QTEST_GUILESS_MAIN(TestFtsIndex)
#include "tst_fts_index.moc"
