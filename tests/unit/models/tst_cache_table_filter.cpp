// The search of CacheTableFilter runs a word that starts a few known terms
// as those terms (FtsQuery::fromUserText with a term lookup): it must find
// exactly the rows the word as a prefix finds, including terms stored after
// an earlier search, and words starting many terms or holding non-ASCII
// letters must still be prefixes. Many hits of known terms are read lazily,
// range by range of row ids: windows, counts and the hits handed to another
// connection must still be exactly the search's.
#include "ModelTestData.h"
#include "TempStores.h"

#include "models/CacheTableFilter.h"
#include "models/FtsQuery.h"
#include "models/TermMatcher.h"
#include "models/VisitsModel.h"
#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/StoreSchema.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

QVariantMap visit(int i, const QString &title)
{
    return {
        {QStringLiteral("id"), QStringLiteral("v%1").arg(i)},
        {QStringLiteral("started_at"), isoAt(i)},
        {QStringLiteral("duration_seconds"), i},
        {QStringLiteral("ip_address"), QStringLiteral("192.0.2.1")},
        {QStringLiteral("browser"), QStringLiteral("Firefox")},
        {QStringLiteral("device_type"), QStringLiteral("desktop")},
        {QStringLiteral("page_title"), title},
        {QStringLiteral("page_url"), QStringLiteral("https://shop.example.com/%1").arg(i)},
    };
}

// The rows the search finds as FTS5 finds the word as a prefix.
qint64 prefixHits(const QSqlDatabase &db, const QString &word)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM visits_fts WHERE visits_fts MATCH ?"));
    query.addBindValue(QString(u'"' + word + QStringLiteral("\"*")));
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// `rows` visits, most titled "checkout page", row ids `spacing` apart (by
// default a quarter of a lazily read range: not consecutive, so the insert
// trigger leaves them to the catch-up), with the full-text index caught up.
bool fillManyCheckouts(LocalStore &store, int rows, QString *error,
                       int spacing = 1 << (CacheTableFilter::kLazyRangeBits - 2))
{
    QSqlQuery fill(store.database());
    if (!fill.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO visits (row_id, id, started_at, duration_seconds, ip_address, "
                "browser, device_type, page_title, page_url) SELECT 1 + i * %2, 'v' || i, "
                "strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-25 12:00:00', '-' || i || ' "
                "seconds'), (i * 37) % 101, '192.0.2.1', 'Firefox', 'desktop', CASE WHEN i "
                "% 7 = 3 THEN 'other page' ELSE 'checkout page' END, 'https://shop.example' "
                "FROM n")
                .arg(rows - 1)
                .arg(spacing))) {
        *error = fill.lastError().text();
        return false;
    }
    return FtsIndex::catchUp(store.handle(), *StoreSchema::ftsFor(u"visits"_qs), 100000, error);
}

} // namespace

class TestCacheTableFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchFindsWhatThePrefixFinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one known term") << QStringLiteral("Checkouts");
        QTest::newRow("two known terms") << QStringLiteral("checko");
        QTest::newRow("too many terms, a prefix") << QStringLiteral("che");
        QTest::newRow("exact term that starts others") << QStringLiteral("check");
        QTest::newRow("no term") << QStringLiteral("zebra");
        QTest::newRow("digits") << QStringLiteral("2025");
        QTest::newRow("not ASCII") << QStringLiteral("ação");
        QTest::newRow("two words") << QStringLiteral("checkout AÇÃO");
        QTest::newRow("syntax") << QStringLiteral("c++ \"check");
    }
    void searchFindsWhatThePrefixFinds()
    {
        QFETCH(QString, text);
        test::TempStores stores;
        QString error;
        const std::unique_ptr<LocalStore> store = stores.open(&error);
        QVERIFY2(store, qPrintable(error));
        const QStringList titles = {
            u"check in"_qs,       u"checked out"_qs, u"checker board"_qs, u"checkout now"_qs,
            u"checkouts 2025"_qs, u"chess ação"_qs,  u"checkout ação"_qs, u"c++ book"_qs,
        };
        QList<QVariantMap> rows;
        for (int i = 0; i < titles.size(); ++i)
            rows << visit(i, titles.at(i));
        QVERIFY(insertRows(store->database(), u"visits"_qs, rows));

        // What the prefixes find, word by word (every word must match).
        const auto expected = [&] {
            QSqlQuery query(store->database());
            QStringList words;
            for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
                word.replace(u'"', u"\"\""_qs);
                words << u'"' + word + QStringLiteral("\"*");
            }
            query.prepare(
                QStringLiteral("SELECT count(*) FROM visits_fts WHERE visits_fts MATCH ?"));
            query.addBindValue(words.join(u' '));
            return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
        };
        const CacheTableSpec spec = VisitsModel::tableSpec();
        CacheTableFilter filter(spec);
        filter.setSearch(text);
        QVERIFY2(filter.prepare(store->database(), &error), qPrintable(error));
        QCOMPARE(filter.hitCount(), expected());

        // A term stored after the search is found once the data changed.
        QVERIFY(insertRows(store->database(), u"visits"_qs,
                           {visit(100, u"checkoutnew checkers chessboard 20250 ação"_qs)}));
        filter.invalidate();
        QVERIFY2(filter.prepare(store->database(), &error), qPrintable(error));
        QCOMPARE(filter.hitCount(), expected());
        filter.release(store->database());
    }

    // Rows spread over many more row id ranges than are read one by one,
    // most of them hits: windows in two sort orders (one walking ranges in
    // order, one jumping between all of them), the count and every hit.
    void manyHitsReadLazily_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<bool>("countFirst");
        // The newest rows are among the first hits read; the oldest are read
        // range by range.
        QTest::newRow("newest first") << int(VisitsModel::StartedAt) << u"DESC"_qs << false;
        QTest::newRow("oldest first") << int(VisitsModel::StartedAt) << u"ASC"_qs << false;
        QTest::newRow("by duration") << int(VisitsModel::Duration) << u"DESC"_qs << false;
        QTest::newRow("count first") << int(VisitsModel::StartedAt) << u"ASC"_qs << true;
    }
    void manyHitsReadLazily()
    {
        QFETCH(int, sortColumn);
        QFETCH(QString, direction);
        QFETCH(bool, countFirst);
        test::TempStores stores;
        QString error;
        const std::unique_ptr<LocalStore> store = stores.open(&error);
        QVERIFY2(store, qPrintable(error));
        const int rows = int(CacheTableFilter::kScanThreshold) + 5000;
        QVERIFY2(fillManyCheckouts(*store, rows, &error), qPrintable(error));
        QSqlQuery expectedCount(store->database());
        QVERIFY(expectedCount.exec(
            u"SELECT count(*) FROM visits_fts WHERE visits_fts MATCH '\"checkout\"*'"_qs));
        QVERIFY(expectedCount.next());
        const qint64 matches = expectedCount.value(0).toLongLong();
        QVERIFY(matches > CacheTableFilter::kScanThreshold);

        const CacheTableSpec spec = VisitsModel::tableSpec();
        CacheTableFilter filter(spec);
        filter.setSearch(u"checkout"_qs);
        QVERIFY2(filter.prepare(store->database(), &error), qPrintable(error));
        QCOMPARE(filter.searchExpression(), QStringLiteral("\"checkout\""));
        QVERIFY(!filter.hitsFunction().isEmpty());
        if (countFirst)
            QCOMPARE(filter.hitCount(), matches);

        const CacheColumn &column = spec.columns.at(sortColumn);
        const QString order =
            QStringLiteral(" ORDER BY %1 %2, row_id %2 LIMIT 500")
                .arg(column.sortExpression.isEmpty() ? column.field : column.sortExpression,
                     direction);
        const auto rowIds = [&](const QString &where, const QVariantList &binds) {
            QList<qint64> ids;
            QSqlQuery query(store->database());
            query.setForwardOnly(true);
            if (!query.prepare(QStringLiteral("SELECT row_id FROM visits WHERE ") + where + order))
                return ids;
            for (const QVariant &bind : binds)
                query.addBindValue(bind);
            if (!query.exec())
                qWarning() << query.lastError().text();
            while (query.next())
                ids << query.value(0).toLongLong();
            return ids;
        };
        QVariantList binds;
        const QStringList conditions = filter.conditions(&binds, sortColumn);
        const QList<qint64> window = rowIds(conditions.join(u" AND "_qs), binds);
        const QList<qint64> expected = rowIds(
            u"row_id IN (SELECT rowid FROM visits_fts WHERE visits_fts MATCH '\"checkout\"*')"_qs,
            {});
        QCOMPARE(window.size(), 500);
        QCOMPARE(window, expected);

        QCOMPARE(filter.hitCount(), matches);
        const CacheTableFilter::Hits hits = filter.hits();
        QCOMPARE(qint64(hits->size()), matches);
        QVERIFY(std::is_sorted(hits->cbegin(), hits->cend()));
        // The window again, now over every hit read at once.
        QCOMPARE(rowIds(conditions.join(u" AND "_qs), binds), expected);
        filter.release(store->database());
    }

    // A search alone with many hits is counted by the model's counter on its
    // own connection (the UI thread would otherwise read every hit).
    void manyHitsAreCountedOffTheUiThread()
    {
        test::TempStores stores;
        QString error;
        const std::unique_ptr<LocalStore> store = stores.open(&error);
        QVERIFY2(store, qPrintable(error));
        // Consecutive row ids beyond those read first: the newest rows'
        // window needs no other hit, and the count is left to the counter.
        QVERIFY2(fillManyCheckouts(*store, int(CacheTableFilter::kHeadRowIds) + 10000, &error, 1),
                 qPrintable(error));
        const qint64 matches = prefixHits(store->database(), u"checkout"_qs);
        QVERIFY(matches > CacheTableFilter::kScanThreshold);

        VisitsModel model(store.get());
        model.setSearchText(u"checkout"_qs);
        QVERIFY(model.rowCount() > 0);
        const CacheTableModel::Query count = model.countQuery();
        QVERIFY2(count.sql.contains(u"MATCH"_qs), qPrintable(count.sql));
        QSignalSpy counted(&model, &CacheTableModel::matchCountReady);
        model.countMatches();
        QVERIFY(counted.wait());
        QCOMPARE(counted.constFirst().constFirst().toLongLong(), matches);
    }

    // A row's texts checked with the index's tokenizer (TermMatcher) match
    // exactly the rows the index finds: case, diacritics and punctuation
    // folded or split as the index does, a term never matching a longer
    // token, every word needed, any of a word's terms enough.
    void rowChecksAgreeWithTheIndex()
    {
        test::TempStores stores;
        QString error;
        const std::unique_ptr<LocalStore> store = stores.open(&error);
        QVERIFY2(store, qPrintable(error));
        const QStringList titles = {
            u"Checkout now"_qs,     u"CHECKOUTS"_qs,        u"check-out"_qs,
            u"Çhéckout façade"_qs,  u"checkout’s shoes"_qs, u"precheckout"_qs,
            u"shoes, CHECKOUT!"_qs, u"sapatos ação"_qs,     u"out check 42"_qs,
            u"ｃｈｅｃｋｏｕｔ"_qs, u"straße checkout"_qs,  u"x"_qs,
        };
        QList<QVariantMap> rows;
        for (int i = 0; i < titles.size(); ++i) {
            QVariantMap row = visit(i, titles.at(i));
            // Terms in other indexed columns count too.
            row.insert(u"city"_qs, i % 4 == 1 ? QVariant(u"São Shoes"_qs) : QVariant());
            rows << row;
        }
        QVERIFY(insertRows(store->database(), u"visits"_qs, rows));
        const FtsTableSpec *fts = StoreSchema::ftsFor(u"visits"_qs);
        const QStringList expressions = {
            u"\"checkout\""_qs,
            u"\"checkout\" AND \"shoes\""_qs,
            u"(\"check\" OR \"checkouts\") AND \"out\""_qs,
            u"\"sao\""_qs,
            u"\"acao\" AND \"sapatos\""_qs,
            u"\"42\""_qs,
        };
        for (const QString &expression : expressions) {
            const std::unique_ptr<TermMatcher> matcher =
                TermMatcher::create(store->handle(), fts->ftsTable, expression);
            QVERIFY2(matcher, qPrintable(expression));
            QSqlQuery query(store->database());
            QVERIFY(query.prepare(
                u"SELECT %1, row_id IN (SELECT rowid FROM visits_fts WHERE visits_fts MATCH ?) "
                "FROM visits ORDER BY row_id"_qs.arg(fts->columns.join(u", "_qs))));
            query.addBindValue(expression);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            int matched = 0;
            while (query.next()) {
                QList<QByteArray> texts;
                for (int c = 0; c < fts->columns.size(); ++c)
                    texts << (query.isNull(c) ? QByteArray() : query.value(c).toString().toUtf8());
                bool failed = false;
                const bool expected = query.value(int(fts->columns.size())).toBool();
                QVERIFY2(matcher->matches(texts, &failed) == expected,
                         qPrintable(expression + u" on "_qs + QString::fromUtf8(texts.first())));
                QVERIFY(!failed);
                matched += expected ? 1 : 0;
            }
            QVERIFY2(matched > 0, qPrintable(expression));
        }
        // Prefixes and other syntax are left to the index.
        QVERIFY(!TermMatcher::create(store->handle(), fts->ftsTable, u"\"check\"*"_qs));
        QVERIFY(!TermMatcher::create(store->handle(), fts->ftsTable,
                                     FtsQuery::fromUserText(u"checkout"_qs)));
    }

    // The lookup reads the index's own terms: a word that starts one term is
    // that term, a few are alternatives, more stay a prefix.
    void knownTermsAreTheIndexTerms()
    {
        test::TempStores stores;
        QString error;
        const std::unique_ptr<LocalStore> store = stores.open(&error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(insertRows(store->database(), u"visits"_qs,
                           {visit(0, u"Checkout checkouts"_qs), visit(1, u"chess a1 a2 a3 a4"_qs),
                            visit(2, u"a5"_qs)}));
        const CacheTableSpec spec = VisitsModel::tableSpec();
        CacheTableFilter filter(spec);
        const auto run = [&](const QString &text) {
            filter.setSearch(text);
            if (!filter.prepare(store->database(), &error))
                return QString();
            return filter.searchExpression();
        };
        QCOMPARE(run(u"CHECKOUTS"_qs), QStringLiteral("\"checkouts\""));
        QCOMPARE(filter.hitCount(), prefixHits(store->database(), u"checkouts"_qs));
        QCOMPARE(run(u"checko"_qs), QStringLiteral("(\"checkout\" OR \"checkouts\")"));
        QCOMPARE(filter.hitCount(), 1);
        QCOMPARE(run(u"ches a"_qs), QStringLiteral("\"chess\" AND \"a\"*"));
        QCOMPARE(filter.hitCount(), 1);
        filter.release(store->database());
    }
};

QTEST_GUILESS_MAIN(TestCacheTableFilter)
#include "tst_cache_table_filter.moc"
