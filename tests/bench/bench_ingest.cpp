// Measures the first sync's ingest of synthetic visits as the app runs it (a
// SyncEngine with a page source that makes contract-shaped pages, the store's
// indexer building afterwards what the bulk load left), against the floor:
// raw sqlite3 (C API), one prepared INSERT of the same fifteen columns,
// pre-extracted, into a plain table with a TEXT primary key and no other
// index, in one transaction, in the same process and on the same kind of file
// (WAL, synchronous=NORMAL, the store's page and cache sizes).
//
// Prints, per the RESULT-line format of issue 13:
// - browsable and filterable (the target): rows stored (the time from the
//   sync's start to its last page, less the time spent making pages). The
//   time index, which also carries the filter columns, is kept during the
//   load, so the newest-first view, its scrolling, the date range and the
//   filters answer from an index as soon as the rows are there;
// - every sort indexed: the same plus the background build of the other
//   sort orders' indexes, which a bulk load drops. Until then those orders
//   sort correctly by reading the table, and SortIndexes::pending() lets a
//   view say that this order is still being indexed (like search);
// - searchable: the same plus the background full-text catch-up.
// Checks the rows, the sync state, the sort indexes and the full-text index;
// never asserts on time.
//
// Flags: none (the ctest entry): 30,000 visits, correctness only;
//        --full: 1,000,000 visits (scripts/bench); --rows N: N visits;
//        --limit N: N visits a page (500); --pieces B: bodies in B-byte pieces;
//        --streamed-vs-whole: only PageIngestor, 3 MB pages fed in 16 KiB
//        pieces against read whole (before streaming), best of 5 each.
#include "SyntheticVisits.h"

#include "models/VisitsModel.h"
#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/SortIndexes.h"
#include "store/StoreConnection.h"
#include "store/StoreIndexer.h"
#include "store/StoreSchema.h"
#include "store/SyncStateStore.h"
#include "sync/PageIngestor.h"
#include "sync/SyncCategory.h"
#include "sync/SyncEngine.h"
#include "sync/SyncPageSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

#include <atomic>
#include <ctime>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

using namespace pd;

namespace {

constexpr int kPageSize = 500;
constexpr int kQuickRows = 30000;
constexpr int kFullRows = 1000000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double perSecond(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0.0;
}

void bind(sqlite3_stmt *statement, int index, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

// The floor. `rowsPerTransaction` 0: one transaction for all rows. Returns
// the nanoseconds spent inserting (making the values is excluded), -1 on
// error.
qint64 rawInsert(const QString &path, int rows, int rowsPerTransaction)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    const char *setup =
        "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        "PRAGMA cache_size = -131072;"
        "CREATE TABLE visits (id TEXT PRIMARY KEY, started_at TEXT NOT NULL, "
        "duration_seconds INTEGER NOT NULL, ip_address TEXT NOT NULL, city TEXT, region TEXT, "
        "country TEXT, browser TEXT NOT NULL, browser_version TEXT, device_type TEXT NOT NULL, "
        "language TEXT, page_title TEXT NOT NULL, page_url TEXT NOT NULL, referrer TEXT, "
        "next_site TEXT);";
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_exec(db, setup, nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO visits (id, started_at, duration_seconds, ip_address, "
                           "city, region, country, browser, browser_version, device_type, "
                           "language, page_title, page_url, referrer, next_site) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    qint64 spent = 0;
    bool ok = true;
    bool open = false;
    std::vector<SyntheticVisits::Row> batch;
    for (int first = 0; first < rows && ok; first += kPageSize) {
        batch.clear();
        for (int i = first; i < qMin(rows, first + kPageSize); ++i)
            batch.push_back(SyntheticVisits::row(i));
        QElapsedTimer timer;
        timer.start();
        if (!open) {
            ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
            open = true;
        }
        for (const SyntheticVisits::Row &r : batch) {
            bind(insert, 1, r.id);
            bind(insert, 2, r.startedAt);
            sqlite3_bind_int(insert, 3, r.duration);
            bind(insert, 4, r.ip);
            bind(insert, 5, r.city);
            bind(insert, 6, r.region);
            bind(insert, 7, r.country);
            bind(insert, 8, r.browser);
            bind(insert, 9, r.browserVersion);
            bind(insert, 10, r.deviceType);
            bind(insert, 11, r.language);
            bind(insert, 12, r.pageTitle);
            bind(insert, 13, r.pageUrl);
            bind(insert, 14, r.referrer);
            bind(insert, 15, r.nextSite);
            ok = ok && sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
        const bool last = first + kPageSize >= rows;
        if (last || (rowsPerTransaction > 0 && (first + kPageSize) % rowsPerTransaction == 0)) {
            ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
            open = false;
        }
        spent += timer.nsecsElapsed();
    }
    sqlite3_finalize(insert);
    sqlite3_stmt *count = nullptr;
    ok = ok &&
         sqlite3_prepare_v2(db, "SELECT count(*) FROM visits", -1, &count, nullptr) == SQLITE_OK &&
         sqlite3_step(count) == SQLITE_ROW && sqlite3_column_int64(count, 0) == rows;
    sqlite3_finalize(count);
    sqlite3_close(db);
    return ok ? spent : -1;
}

// Serves SyntheticVisits pages at once (on the sync thread) and counts the
// time spent making them, which is not the ingest's. With `pieceBytes`, a
// page's body goes to the sync in pieces of that size, as from a network.
class SyntheticSource : public SyncPageSource
{
public:
    SyntheticSource(int rows, std::shared_ptr<std::atomic<qint64>> makingNs, qsizetype pieceBytes)
        : m_rows(rows)
        , m_makingNs(std::move(makingNs))
        , m_pieceBytes(pieceBytes)
    {}

    void fetch(const SyncPageRequest &request, Callback done, BodySink body) override
    {
        QElapsedTimer timer;
        timer.start();
        const int first = request.cursor.isEmpty()
                              ? 0
                              : request.cursor.mid(QStringLiteral("page-").size()).toInt();
        const int count = qMin(request.limit, m_rows - first);
        SyncPageReply reply;
        reply.ok = true;
        reply.body = SyntheticVisits::page(first, count, first + count >= m_rows, m_rows);
        *m_makingNs += timer.nsecsElapsed();
        if (m_pieceBytes <= 0 || !body)
            return deliverWhole(reply, body, done);
        const QByteArray page = std::exchange(reply.body, QByteArray());
        for (qsizetype at = 0; at < page.size() && reply.ok; at += m_pieceBytes) {
            if (!body(QByteArrayView(page).sliced(at, qMin(m_pieceBytes, page.size() - at)))) {
                reply.ok = false;
                reply.error = refused();
            }
        }
        done(reply);
    }
    void abort() override {}

private:
    int m_rows;
    std::shared_ptr<std::atomic<qint64>> m_makingNs;
    qsizetype m_pieceBytes;
};

// Pages past PageIngestor::kHoldBytes stored as they arrive in 16 KiB
// pieces, against the same pages read whole (the path of every page before
// streaming), through PageIngestor on a bulk-ingest connection: runs of
// `rows` visits in pages of `pageSize`, sort indexes dropped as for a bulk
// load, alternated, best of `rounds` each.
// Returns {streamed ns, whole ns}; -1 when a page failed. *longestEndNs:
// the longest endPage() of a streamed page, which bounds how long the
// cache's write lock is held for it (the move of its staged rows).
std::pair<qint64, qint64> streamedAgainstWhole(const QTemporaryDir &dir, int rows, int pageSize,
                                               int rounds, qint64 *longestEndNs)
{
    std::vector<QByteArray> pages;
    for (int first = 0; first < rows; first += pageSize)
        pages.push_back(SyntheticVisits::page(first, qMin(pageSize, rows - first),
                                              first + pageSize >= rows, rows));
    const QString now = u"2026-11-26T00:00:00.000Z"_qs;
    const auto run = [&](bool streamed, int round) -> qint64 {
        const QString path = dir.filePath(u"stream-%1-%2.sqlite"_qs).arg(streamed).arg(round);
        LocalStore store(path);
        QString error;
        if (!store.open(&error))
            return -1;
        const std::unique_ptr<StoreConnection> connection =
            StoreConnection::open(path, StoreConnection::Mode::BulkIngest, &error);
        if (!connection)
            return -1;
        // As the sync's bulk load: the sort indexes wait.
        if (!SortIndexes::drop(connection->handle(), u"visits"_qs, &error))
            return -1;
        PageIngestor ingestor(connection->handle(), *SyncCategory::byName(u"visits"_qs));
        SyncState walk;
        walk.category = u"visits"_qs;
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &page : pages) {
            PageIngestResult result;
            if (streamed) {
                ingestor.beginPage(walk);
                for (qsizetype at = 0; at < page.size(); at += 16 * 1024)
                    ingestor.feed(
                        QByteArrayView(page).sliced(at, qMin(16 * 1024, page.size() - at)));
                QElapsedTimer end;
                end.start();
                result = ingestor.endPage(now);
                *longestEndNs = qMax(*longestEndNs, end.nsecsElapsed());
            } else {
                result = ingestor.ingest(page, walk, now);
            }
            if (!result.ok)
                return -1;
            walk.cursor = result.nextCursor;
            walk.walkRows += result.rows;
            walk.walkHighWater = result.walkHighWater;
        }
        return timer.nsecsElapsed();
    };
    qint64 streamed = std::numeric_limits<qint64>::max();
    qint64 whole = std::numeric_limits<qint64>::max();
    for (int round = 0; round < rounds; ++round) {
        const qint64 a = run(true, round);
        const qint64 b = run(false, round);
        if (a < 0 || b < 0)
            return {-1, -1};
        streamed = qMin(streamed, a);
        whole = qMin(whole, b);
    }
    return {streamed, whole};
}

QString figure(double value)
{
    return QString::number(value, 'f', 0);
}

QString ratio(double value)
{
    return QString::number(value, 'f', 2) + u'x';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool full = args.contains(u"--full"_qs);
    int rows = full ? kFullRows : kQuickRows;
    if (const qsizetype at = args.indexOf(u"--rows"_qs); at > 0 && at + 1 < args.size())
        rows = args.at(at + 1).toInt();
    // --limit N: N rows a page (pages past PageIngestor::kHoldBytes are
    // written as they arrive); --pieces B: bodies arrive in B-byte pieces.
    SyncOptions options;
    if (const qsizetype at = args.indexOf(u"--limit"_qs); at > 0 && at + 1 < args.size())
        options.pageLimit = args.at(at + 1).toInt();
    qsizetype pieceBytes = 0;
    if (const qsizetype at = args.indexOf(u"--pieces"_qs); at > 0 && at + 1 < args.size())
        pieceBytes = args.at(at + 1).toLongLong();
    if (args.contains(u"--streamed-vs-whole"_qs)) {
        // Pages of 10,000 visits (about 3 MB, past the held megabyte).
        QTemporaryDir scratch;
        qint64 longestEndNs = 0;
        const auto [streamed, whole] = streamedAgainstWhole(scratch, rows, 10000, 5, &longestEndNs);
        if (streamed < 0) {
            out() << "a page failed" << Qt::endl;
            return 1;
        }
        out() << "bench_ingest: " << rows << " visits in pages of 10000 through PageIngestor, "
              << "best of 5 alternated runs" << Qt::endl
              << QStringLiteral("  streamed in 16 KiB pieces: %1 rows/s; read whole: %2 rows/s; "
                                "ratio %3")
                     .arg(perSecond(rows, streamed), 0, 'f', 0)
                     .arg(perSecond(rows, whole), 0, 'f', 0)
                     .arg(ratio(double(whole) / double(streamed)))
              << Qt::endl
              << QStringLiteral("  longest endPage() of a streamed page (its move, commit and "
                                "staging clean-up): %1 ms")
                     .arg(double(longestEndNs) / 1e6, 0, 'f', 1)
              << Qt::endl;
        return 0;
    }
    QTemporaryDir dir;
    QString error;
    bool correct = true;

    // The floor, in both forms: one transaction, and the sync's page
    // transactions (for the record; the floor is the faster one).
    const qint64 floorOne = rawInsert(dir.filePath(u"floor-one.sqlite"_qs), rows, 0);
    const qint64 floorPages = rawInsert(dir.filePath(u"floor-pages.sqlite"_qs), rows, kPageSize);
    if (floorOne < 0 || floorPages < 0) {
        out() << "the raw sqlite3 floor failed" << Qt::endl;
        return 1;
    }

    LocalStore store(dir.filePath(u"ingest.sqlite"_qs));
    if (!store.open(&error)) {
        out() << "cannot open the store: " << error << Qt::endl;
        return 1;
    }
    // What the app shows; AppServices refreshes it when the walk completes,
    // which also asks the store to build what the bulk load left.
    VisitsModel model(&store);
    auto makingNs = std::make_shared<std::atomic<qint64>>(0);
    SyncEngine engine(store.path(), [rows, makingNs, pieceBytes] {
        return std::make_unique<SyntheticSource>(rows, makingNs, pieceBytes);
    });
    engine.setOptions(options);
    engine.setClock([] { return QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC); });

    QElapsedTimer clock;
    qint64 stored = -1;
    qint64 sorted = -1;
    qint64 searchable = -1;
    bool finished = false;
    QEventLoop loop;
    const auto maybeQuit = [&] {
        if (finished && sorted >= 0 && searchable >= 0)
            loop.quit();
    };
    QObject::connect(&engine, &SyncEngine::categoryCompleted, &model, [&] {
        stored = clock.nsecsElapsed();
        model.refresh();
        // No bulk load (a small run): nothing left to build.
        if (!store.indexer()->isRunning()) {
            sorted = searchable = stored;
            maybeQuit();
        }
    });
    QObject::connect(store.indexer(), &StoreIndexer::sortIndexesBuilt, &model,
                     [&] { sorted = clock.nsecsElapsed(); });
    QObject::connect(store.indexer(), &StoreIndexer::finished, &model, [&](bool ok) {
        correct = correct && ok;
        searchable = clock.nsecsElapsed();
        if (sorted < 0)
            sorted = stored; // nothing was dropped
        maybeQuit();
    });
    QObject::connect(&engine, &SyncEngine::finished, &model, [&](SyncOutcome outcome) {
        correct = correct && outcome == SyncOutcome::Completed;
        finished = true;
        if (outcome != SyncOutcome::Completed)
            loop.quit();
        maybeQuit();
    });
    const qint64 cpuBefore = processCpuNs();
    clock.start();
    engine.start({u"visits"_qs});
    loop.exec();
    const qint64 cpu = processCpuNs() - cpuBefore;

    const qint64 ingestNs = stored - *makingNs;
    const qint64 browsableNs = sorted - *makingNs;
    const qint64 searchableNs = searchable - *makingNs;
    QSqlQuery count(store.database());
    const qint64 storedRows = count.exec(u"SELECT count(*) FROM visits"_qs) && count.next()
                                  ? count.value(0).toLongLong()
                                  : -1;
    const SyncState state = SyncStateStore(store.database()).load(u"visits"_qs);
    const bool indexesBack = SortIndexes::missing(store.handle()).isEmpty();
    const bool ftsComplete = !FtsIndex::hasBacklog(store.handle(), u"visits"_qs);
    correct = correct && stored >= 0 && storedRows == rows && indexesBack && ftsComplete &&
              !state.walkInProgress() && state.walkRows == rows &&
              state.highWater == QString::fromLatin1(SyntheticVisits::row(0).startedAt);

    const qint64 floorNs = qMin(floorOne, floorPages);
    const QString floorName = floorOne <= floorPages
                                  ? u"raw sqlite3, one prepared INSERT, TEXT key, no index, one "
                                    "transaction"_qs
                                  : u"raw sqlite3, one prepared INSERT, TEXT key, no index, 500 "
                                    "rows per transaction"_qs;
    const double floorRate = perSecond(rows, floorNs);
    const auto line = [&](const QString &what, qint64 ns) {
        out() << QStringLiteral("  %1: %2 s, %3 rows/s")
                     .arg(what, -72)
                     .arg(double(ns) / 1e9, 0, 'f', 2)
                     .arg(perSecond(rows, ns), 0, 'f', 0)
              << Qt::endl;
    };
    out() << "bench_ingest: " << rows << " synthetic visits in pages of " << options.pageLimit
          << (pieceBytes > 0 ? QStringLiteral(" arriving in %1-byte pieces").arg(pieceBytes)
                             : QString())
          << ", schema version " << StoreSchema::latestVersion() << Qt::endl;
    line(u"floor: raw INSERT, one transaction"_qs, floorOne);
    line(u"floor: raw INSERT, a transaction per 500 rows"_qs, floorPages);
    line(u"sync: pages stored (parse + upsert + cursor, 1 tx/page) = browsable"_qs, ingestNs);
    line(u"  + other sort orders' indexes rebuilt in the background"_qs, browsableNs);
    line(u"  + full-text index caught up in the background = searchable"_qs, searchableNs);
    out() << QStringLiteral("  making the pages (excluded): %1 s; process CPU, all threads: %2 s")
                 .arg(double(*makingNs) / 1e9, 0, 'f', 2)
                 .arg(double(cpu) / 1e9, 0, 'f', 2)
          << Qt::endl;
    out() << "  rows stored: " << storedRows << (correct ? " (correct)" : " (WRONG)") << Qt::endl;

    const double sortedRate = perSecond(rows, browsableNs);
    const double searchableRate = perSecond(rows, searchableNs);
    const QString size = QString::number(rows);
    const auto met = [full](bool yes) { return full ? (yes ? u"yes"_qs : u"no"_qs) : u"n.a."_qs; };
    // The rows are browsable (newest first, scrolling, date range and the
    // filters of the time index) as soon as they are stored; the other
    // sort orders work but read the whole table until their indexes are
    // back, and say so.
    const double browsable = perSecond(rows, ingestNs);
    out() << "RESULT|ingest|" << size
          << " visits browsable and filterable: stored, newest-first view, date range and "
             "filters indexed (rows/s)|"
          << figure(browsable) << '|' << floorName << '|' << figure(floorRate) << '|'
          << ratio(browsable / floorRate) << "|>= 0.5x|" << met(browsable / floorRate >= 0.5)
          << Qt::endl;
    out() << "RESULT|ingest|" << size
          << " visits with every sort order indexed: + the other sort indexes built in the "
             "background (rows/s)|"
          << figure(sortedRate) << '|' << floorName << '|' << figure(floorRate) << '|'
          << ratio(sortedRate / floorRate) << "|background, not blocking the sync|n.a." << Qt::endl;
    out() << "RESULT|ingest|" << size
          << " visits searchable: + full-text index caught up in the background (rows/s)|"
          << figure(searchableRate) << '|' << floorName << '|' << figure(floorRate) << '|'
          << ratio(searchableRate / floorRate) << "|background, not blocking the sync|n.a."
          << Qt::endl;
    return correct ? 0 : 1;
}
