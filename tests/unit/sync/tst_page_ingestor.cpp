#include "StoreQueries.h"
#include "TempStores.h"

#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/SqliteHandle.h"
#include "store/StagingDatabase.h"
#include "store/StoreConnection.h"
#include "store/SyncStateStore.h"
#include "sync/PageIngestor.h"
#include "sync/SyncCategory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject visit(const QString &id, const QString &startedAt, const QString &title = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("started_at"), startedAt},
        {QStringLiteral("duration_seconds"), 42},
        {QStringLiteral("ip_address"), QStringLiteral("203.0.113.5")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Lisboa")},
                     {QStringLiteral("region"), QJsonValue::Null},
                     {QStringLiteral("country"), QStringLiteral("PT")}}},
        {QStringLiteral("browser"), QStringLiteral("Firefox")},
        {QStringLiteral("browser_version"), QStringLiteral("128.0")},
        {QStringLiteral("device_type"), QStringLiteral("desktop")},
        {QStringLiteral("language"), QJsonValue::Null},
        {QStringLiteral("page_title"), title.isEmpty() ? QStringLiteral("Pricing") : title},
        {QStringLiteral("page_url"), QStringLiteral("https://example.com/pricing")},
        {QStringLiteral("referrer"), QJsonValue::Null},
        {QStringLiteral("next_site"), QStringLiteral("https://example.org/")},
    };
}

QByteArray page(const QJsonArray &items, const QJsonValue &nextCursor, int total)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("next_cursor"), nextCursor},
                                     {QStringLiteral("total"), total}})
        .toJson(QJsonDocument::Compact);
}

const QString kNow = QStringLiteral("2026-11-25T12:00:00.000Z");

// A last page of 6,000 visits, more than twice PageIngestor::kHoldBytes
// (built once: a debug build takes a while).
constexpr int kLargePageItems = 6000;
const QByteArray &largePage()
{
    static const QByteArray body = [] {
        QJsonArray list;
        for (int i = 0; i < kLargePageItems; ++i)
            list.append(visit(u"big-"_qs + QString::number(i), u"2026-11-24T10:00:00.000Z"_qs));
        return page(list, QJsonValue::Null, kLargePageItems);
    }();
    return body;
}

// Hands `body` to the ingestor in `piece`-byte pieces; false when refused.
bool feedInPieces(PageIngestor &ingestor, QByteArrayView body, qsizetype piece)
{
    for (qsizetype at = 0; at < body.size(); at += piece) {
        if (!ingestor.feed(body.sliced(at, qMin(piece, body.size() - at))))
            return false;
    }
    return true;
}

// Whether a connection of its own could take the write lock right now.
bool writeLockFree(const LocalStore &store)
{
    QString error;
    const std::unique_ptr<StoreConnection> other = store.openConnection(&error);
    if (!other || !SqliteHandle::exec(other->handle(), "PRAGMA busy_timeout = 0", &error))
        qFatal("second connection: %s", qPrintable(error));
    if (!SqliteHandle::exec(other->handle(), "BEGIN IMMEDIATE", &error))
        return false;
    SqliteHandle::exec(other->handle(), "ROLLBACK", nullptr);
    return true;
}

// Every row of the visits table, row_id first, one line each.
QString visitsDump(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM visits ORDER BY row_id")))
        return QStringLiteral("(query failed)");
    QString dump;
    while (query.next()) {
        for (int column = 0; column < query.record().count(); ++column)
            dump += query.value(column).toString() + (query.value(column).isNull() ? u"∅|" : u"|");
        dump += u'\n';
    }
    return dump;
}

} // namespace

class TestPageIngestor : public QObject
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<PageIngestor> m_ingestor;

    SyncState state() const
    {
        return SyncStateStore(m_store->database()).load(QStringLiteral("visits"));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_ingestor = std::make_unique<PageIngestor>(
            m_store->handle(), *SyncCategory::byName(QStringLiteral("visits")));
        QVERIFY2(m_ingestor->prepare(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_ingestor.reset();
        m_store.reset();
    }

    void storesRowsAndWalkPosition()
    {
        SyncState walk;
        walk.category = QStringLiteral("visits");
        const QByteArray first = page({visit(QStringLiteral("v3"), u"2026-11-25T10:00:00.000Z"_qs),
                                       visit(QStringLiteral("v2"), u"2026-11-25T09:00:00.000Z"_qs)},
                                      QStringLiteral("cursor-1"), 3);
        PageIngestResult result = m_ingestor->ingest(first, walk, kNow);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 2);
        QCOMPARE(result.nextCursor, QStringLiteral("cursor-1"));
        QCOMPARE(result.total, 3);
        QVERIFY(!result.walkComplete);
        QCOMPARE(result.walkHighWater, QStringLiteral("2026-11-25T10:00:00.000Z"));

        SyncState stored = state();
        QCOMPARE(stored.cursor, QStringLiteral("cursor-1"));
        QCOMPARE(stored.walkRows, 2);
        QCOMPARE(stored.walkTotal, 3);
        QCOMPARE(stored.walkHighWater, QStringLiteral("2026-11-25T10:00:00.000Z"));
        QVERIFY(stored.highWater.isEmpty());
        QVERIFY(!stored.everCompleted());

        // The row's values, nested location and nulls included.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT duration_seconds, typeof(duration_seconds), city, region, country, "
            "language FROM visits WHERE id = 'v3'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 42);
        QCOMPARE(query.value(1).toString(), QStringLiteral("integer"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("Lisboa"));
        QVERIFY(query.value(3).isNull());
        QCOMPARE(query.value(4).toString(), QStringLiteral("PT"));
        QVERIFY(query.value(5).isNull());
        query.finish();

        result =
            m_ingestor->ingest(page({visit(QStringLiteral("v1"), u"2026-11-25T08:00:00.000Z"_qs)},
                                    QJsonValue::Null, 3),
                               stored, kNow);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.walkComplete);
        stored = state();
        QVERIFY(!stored.walkInProgress());
        QCOMPARE(stored.walkRows, 3);
        QCOMPARE(stored.highWater, QStringLiteral("2026-11-25T10:00:00.000Z"));
        QCOMPARE(stored.lastCompleteAt, kNow);
        QVERIFY(stored.walkHighWater.isEmpty());
        QCOMPARE(scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")).toInt(),
                 3);
    }

    void upsertKeepsRowIdentity()
    {
        SyncState walk;
        walk.category = QStringLiteral("visits");
        QVERIFY(m_ingestor
                    ->ingest(page({visit(QStringLiteral("v1"), u"2026-11-25T08:00:00.000Z"_qs,
                                         QStringLiteral("Old title"))},
                                  QJsonValue::Null, 1),
                             walk, kNow)
                    .ok);
        const qint64 rowId =
            scalar(m_store->database(), QStringLiteral("SELECT row_id FROM visits")).toLongLong();
        QVERIFY(m_ingestor
                    ->ingest(page({visit(QStringLiteral("v1"), u"2026-11-25T08:00:00.000Z"_qs,
                                         QStringLiteral("New title"))},
                                  QJsonValue::Null, 1),
                             state(), kNow)
                    .ok);
        QCOMPARE(scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")).toInt(),
                 1);
        QCOMPARE(
            scalar(m_store->database(), QStringLiteral("SELECT row_id FROM visits")).toLongLong(),
            rowId);
        QCOMPARE(
            scalar(m_store->database(), QStringLiteral("SELECT page_title FROM visits")).toString(),
            QStringLiteral("New title"));
        // The (live-indexed) full-text row follows the update.
        QCOMPARE(scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM visits_fts "
                                                            "WHERE visits_fts MATCH 'old'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM visits_fts "
                                                            "WHERE visits_fts MATCH 'new'"))
                     .toInt(),
                 1);
    }

    void badPageWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonObject good = visit(QStringLiteral("v1"), u"2026-11-25T08:00:00.000Z"_qs);
        QJsonObject noId = visit(QStringLiteral("v2"), u"2026-11-25T07:00:00.000Z"_qs);
        noId.remove(QStringLiteral("id"));
        QJsonObject badDuration = visit(QStringLiteral("v2"), u"2026-11-25T07:00:00.000Z"_qs);
        badDuration.insert(QStringLiteral("duration_seconds"), 1.5);
        QJsonObject nullBrowser = visit(QStringLiteral("v2"), u"2026-11-25T07:00:00.000Z"_qs);
        nullBrowser.insert(QStringLiteral("browser"), QJsonValue::Null);
        QTest::newRow("missing id") << page({good, noId}, QJsonValue::Null, 2);
        QTest::newRow("fractional integer") << page({good, badDuration}, QJsonValue::Null, 2);
        QTest::newRow("null in NOT NULL") << page({good, nullBrowser}, QJsonValue::Null, 2);
        QByteArray truncated = page({good, good}, QJsonValue::Null, 2);
        truncated.chop(20);
        QTest::newRow("truncated") << truncated;
    }
    void badPageWritesNothing()
    {
        QFETCH(QByteArray, body);
        SyncState walk;
        walk.category = QStringLiteral("visits");
        const PageIngestResult result = m_ingestor->ingest(body, walk, kNow);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")).toInt(),
                 0);
        QCOMPARE(
            scalar(m_store->database(), QStringLiteral("SELECT count(*) FROM sync_state")).toInt(),
            0);
        // The connection is usable afterwards (no transaction left open).
        QVERIFY(m_ingestor
                    ->ingest(page({visit(QStringLiteral("v9"), u"2026-11-25T08:00:00.000Z"_qs)},
                                  QJsonValue::Null, 1),
                             walk, kNow)
                    .ok);
    }

    void largePageInPiecesIsStoredKeepingLittle()
    {
        const QByteArray &body = largePage();
        QVERIFY(body.size() > 2 * PageIngestor::kHoldBytes);
        SyncState walk;
        walk.category = QStringLiteral("visits");
        m_ingestor->beginPage(walk);
        QVERIFY2(feedInPieces(*m_ingestor, body, 16 * 1024), qPrintable(m_ingestor->pageError()));
        const PageIngestResult result = m_ingestor->endPage(kNow);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, kLargePageItems);
        QVERIFY(result.walkComplete);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")),
                 kLargePageItems);
        QCOMPARE(state().highWater, QStringLiteral("2026-11-24T10:00:00.000Z"));
        // The first megabyte, then a piece and an item at a time.
        QVERIFY2(m_ingestor->peakKeptBytes() <= PageIngestor::kHoldBytes,
                 qPrintable(QString::number(m_ingestor->peakKeptBytes())));
        QVERIFY(writeLockFree(*m_store));
    }

    void largePageMidStreamLeavesTheCacheWritable()
    {
        const QByteArray &body = largePage();
        SyncState walk;
        walk.category = QStringLiteral("visits");
        m_ingestor->beginPage(walk);
        // Past the held first megabyte, items streaming in: a request filed
        // on the UI thread meanwhile must not wait for the page to end.
        QVERIFY(feedInPieces(*m_ingestor, body.first(body.size() / 2), 64 * 1024));
        QString error;
        const std::unique_ptr<StoreConnection> other = m_store->openConnection(&error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(SqliteHandle::exec(other->handle(), "PRAGMA busy_timeout = 0", &error));
        QVERIFY2(SqliteHandle::exec(other->handle(), "BEGIN IMMEDIATE", &error), qPrintable(error));
        QVERIFY(insertVisit(other->database(), u"filed-meanwhile"_qs, u"Title"_qs));
        QVERIFY2(SqliteHandle::exec(other->handle(), "COMMIT", &error), qPrintable(error));
        QVERIFY(feedInPieces(*m_ingestor, body.sliced(body.size() / 2), 64 * 1024));
        const PageIngestResult result = m_ingestor->endPage(kNow);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")),
                 kLargePageItems + 1);
    }

    void smallPageTakesNoLockUntilItEnds()
    {
        SyncState walk;
        walk.category = QStringLiteral("visits");
        const QByteArray body = page({visit(QStringLiteral("v1"), u"2026-11-25T08:00:00.000Z"_qs),
                                      visit(QStringLiteral("v2"), u"2026-11-25T09:00:00.000Z"_qs)},
                                     QJsonValue::Null, 2);
        m_ingestor->beginPage(walk);
        QVERIFY(feedInPieces(*m_ingestor, body, 7));
        // All of the page but its end has come: nothing written, nothing locked.
        QVERIFY(writeLockFree(*m_store));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")), 0);
        QVERIFY(m_ingestor->endPage(kNow).ok);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")), 2);
    }

    void abandonedLargePageLeavesTheStoreAsItWas()
    {
        SyncState walk;
        walk.category = QStringLiteral("visits");
        QVERIFY(m_ingestor
                    ->ingest(page({visit(QStringLiteral("v1"), u"2026-11-25T08:00:00.000Z"_qs)},
                                  QStringLiteral("cursor-1"), 2),
                             walk, kNow)
                    .ok);
        const SyncState before = state();
        const QByteArray &body = largePage();
        m_ingestor->beginPage(before);
        // Past the held first megabyte: items are being staged.
        QVERIFY(feedInPieces(*m_ingestor, body.first(body.size() / 2), 64 * 1024));
        QVERIFY(m_ingestor->isStreaming());
        QVERIFY(count(m_store->database(),
                      QStringLiteral("SELECT count(*) FROM pd_staging.visits")) > 0);
        m_ingestor->abandonPage(); // the transfer broke off
        QVERIFY(writeLockFree(*m_store));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")), 1);
        // Nothing staged is left, not even in the file's free pages.
        QCOMPARE(
            count(m_store->database(), QStringLiteral("SELECT count(*) FROM pd_staging.visits")),
            0);
        QFile staging(StagingDatabase::pathFor(m_store->path()));
        QVERIFY(staging.open(QIODevice::ReadOnly));
        QVERIFY(!staging.readAll().contains("big-"));
        QCOMPARE(int(staging.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        const SyncState after = state();
        QCOMPARE(after.cursor, before.cursor);
        QCOMPARE(after.walkRows, before.walkRows);
        QCOMPARE(after.walkHighWater, before.walkHighWater);
        // The next page goes on from the same position.
        m_ingestor->beginPage(before);
        QVERIFY(feedInPieces(*m_ingestor, body, 64 * 1024));
        const PageIngestResult result = m_ingestor->endPage(kNow);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")),
                 kLargePageItems + 1);
        // The abandoned page counted for nothing.
        QCOMPARE(state().walkRows, kLargePageItems + 1);
    }

    void largePageStoredAsTheWholeBodyWouldBe()
    {
        // The same page, with one of its rows already stored, streamed into
        // one store and read whole into another.
        QString error;
        const std::unique_ptr<LocalStore> other = m_stores.open(&error);
        QVERIFY2(other, qPrintable(error));
        PageIngestor whole(other->handle(), *SyncCategory::byName(QStringLiteral("visits")));
        for (const LocalStore *store : {m_store.get(), other.get()})
            QVERIFY(insertVisit(store->database(), u"big-7"_qs, u"Old title"_qs));
        SyncState walk;
        walk.category = QStringLiteral("visits");
        const QByteArray &body = largePage();
        m_ingestor->beginPage(walk);
        QVERIFY(feedInPieces(*m_ingestor, body, 16 * 1024));
        QVERIFY(m_ingestor->isStreaming());
        const PageIngestResult streamed = m_ingestor->endPage(kNow);
        QVERIFY2(streamed.ok, qPrintable(streamed.error));
        const PageIngestResult read = whole.ingest(body, walk, kNow);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(streamed.rows, read.rows);
        QCOMPARE(streamed.walkHighWater, read.walkHighWater);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")),
                 kLargePageItems);
        // Updated in place: row_id 1 with the page's title.
        QCOMPARE(
            scalar(m_store->database(),
                   QStringLiteral("SELECT row_id || page_title FROM visits WHERE id = 'big-7'"))
                .toString(),
            u"1Pricing"_qs);
        QCOMPARE(visitsDump(m_store->database()), visitsDump(other->database()));
        QCOMPARE(state().highWater,
                 SyncStateStore(other->database()).load(QStringLiteral("visits")).highWater);
        QCOMPARE(
            count(m_store->database(), QStringLiteral("SELECT count(*) FROM pd_staging.visits")),
            0);
    }

    void wipeLeavesNoStagingFile()
    {
        const QByteArray &body = largePage();
        SyncState walk;
        walk.category = QStringLiteral("visits");
        m_ingestor->beginPage(walk);
        QVERIFY(feedInPieces(*m_ingestor, body.first(body.size() / 2), 64 * 1024));
        m_ingestor.reset(); // the page never ended
        const QString staging = StagingDatabase::pathFor(m_store->path());
        QVERIFY(QFile::exists(staging));
        QString error;
        QVERIFY2(m_store->wipe(&error), qPrintable(error));
        QVERIFY(!QFile::exists(staging));
        // One a crash left behind, with rows in it.
        QFile leftover(staging);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write(body.first(4096));
        leftover.close();
        QVERIFY2(m_store->wipe(&error), qPrintable(error));
        QVERIFY(!QFile::exists(staging));
    }

    void largePageBrokenAtItsEndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("truncated") << QByteArray();
        QTest::newRow("garbage") << QByteArray("x]}");
        QTest::newRow("bad item") << QByteArray(R"({"id":"late"}],"next_cursor":null})");
    }
    void largePageBrokenAtItsEndWritesNothing()
    {
        QFETCH(QByteArray, tail);
        QByteArray body = largePage();
        // Cut after the last complete item, before "]": the page goes on
        // with `tail`.
        body.truncate(body.lastIndexOf('}', body.lastIndexOf(']')) + 1);
        body += tail.isEmpty() ? QByteArray() : "," + tail;
        SyncState walk;
        walk.category = QStringLiteral("visits");
        m_ingestor->beginPage(walk);
        const bool fed = feedInPieces(*m_ingestor, body, 64 * 1024);
        const PageIngestResult result = m_ingestor->endPage(kNow);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(fed || !m_ingestor->pageError().isEmpty());
        QVERIFY(writeLockFree(*m_store));
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visits")), 0);
        QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM sync_state")), 0);
    }

    void highWaterNeverGoesBack()
    {
        SyncState walk;
        walk.category = QStringLiteral("visits");
        QVERIFY(m_ingestor
                    ->ingest(page({visit(QStringLiteral("v2"), u"2026-11-25T09:00:00.000Z"_qs)},
                                  QJsonValue::Null, 1),
                             walk, kNow)
                    .ok);
        // An incremental walk that finds nothing new keeps the mark.
        SyncState next = state();
        next.walkSince = next.highWater;
        QVERIFY(m_ingestor->ingest(page({}, QJsonValue::Null, 0), next, kNow).ok);
        QCOMPARE(state().highWater, QStringLiteral("2026-11-25T09:00:00.000Z"));
    }

    void otherCategories()
    {
        for (const QString &name : {QStringLiteral("messages"), QStringLiteral("logs"),
                                    QStringLiteral("third_party_records")}) {
            PageIngestor ingestor(m_store->handle(), *SyncCategory::byName(name));
            QJsonObject item;
            if (name == u"messages")
                item = {
                    {u"id"_qs, u"m1"_qs},           {u"sent_at"_qs, u"2026-11-25T08:00:00.000Z"_qs},
                    {u"channel"_qs, u"email"_qs},   {u"direction"_qs, u"inbound"_qs},
                    {u"counterpart"_qs, u"Ana"_qs}, {u"body"_qs, u"hello there"_qs}};
            else if (name == u"logs")
                item = {{u"id"_qs, u"l1"_qs},
                        {u"occurred_at"_qs, u"2026-11-25T08:00:00.000Z"_qs},
                        {u"level"_qs, u"info"_qs},
                        {u"event"_qs, u"session.created"_qs},
                        {u"detail"_qs, QJsonValue::Null},
                        {u"ip_address"_qs, QJsonValue::Null}};
            else
                item = {{u"id"_qs, u"t1"_qs},
                        {u"field"_qs, u"interests"_qs},
                        {u"value"_qs, u"hiking"_qs},
                        {u"source"_qs, u"Partner"_qs},
                        {u"received_at"_qs, u"2026-11-25T08:00:00.000Z"_qs}};
            SyncState walk;
            walk.category = name;
            const PageIngestResult result =
                ingestor.ingest(page({item}, QJsonValue::Null, 1), walk, kNow);
            QVERIFY2(result.ok, qPrintable(name + u": "_qs + result.error));
            QCOMPARE(scalar(m_store->database(), u"SELECT count(*) FROM "_qs + name).toInt(), 1);
            QCOMPARE(SyncStateStore(m_store->database()).load(name).highWater,
                     u"2026-11-25T08:00:00.000Z"_qs);
        }
    }
};

QTEST_GUILESS_MAIN(TestPageIngestor)
#include "tst_page_ingestor.moc"
