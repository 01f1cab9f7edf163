// Measures the sync's ingest (PageIngestor: parse a page, upsert its rows and
// the walk position in one transaction) on synthetic visits, against a bare
// prepared-INSERT loop of the same rows, pre-extracted, into the same table in
// the same process. Checks the row count; prints times, never asserts on them.
#include "SyntheticVisits.h"

#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/StoreConnection.h"
#include "store/StoreSchema.h"
#include "store/SyncStateStore.h"
#include "sync/PageIngestor.h"
#include "sync/SyncCategory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <ctime>
#include <vector>

using namespace pd;

namespace {

constexpr int kPageSize = 500;

// CPU time of this thread: on a shared machine wall time also counts the
// time other processes held the cores.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Wall and CPU nanoseconds of a measured section.
struct Spent {
    qint64 wall = 0;
    qint64 cpu = 0;
};

class Stopwatch
{
public:
    explicit Stopwatch(Spent *spent)
        : m_spent(spent)
        , m_cpu(threadCpuNs())
    {
        m_wall.start();
    }
    ~Stopwatch()
    {
        m_spent->wall += m_wall.nsecsElapsed();
        m_spent->cpu += threadCpuNs() - m_cpu;
    }

private:
    Spent *m_spent;
    QElapsedTimer m_wall;
    qint64 m_cpu;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 countRows(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM visits")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

void bind(sqlite3_stmt *statement, int index, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

// The bare loop: pre-extracted values, one prepared INSERT, 500 rows per
// transaction. Returns the time spent inserting (extraction excluded).
Spent baseline(sqlite3 *handle, int rows)
{
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(handle,
                       "INSERT INTO visits (id, started_at, duration_seconds, ip_address, city, "
                       "region, country, browser, browser_version, device_type, language, "
                       "page_title, page_url, referrer, next_site) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &insert, nullptr);
    Spent spent;
    std::vector<SyntheticVisits::Row> page;
    for (int first = 0; first < rows; first += kPageSize) {
        page.clear();
        for (int i = first; i < qMin(rows, first + kPageSize); ++i)
            page.push_back(SyntheticVisits::row(i));
        Stopwatch stopwatch(&spent);
        sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const SyntheticVisits::Row &r : page) {
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
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(insert);
    return spent;
}

double perSecond(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    QString error;
    bool correct = true;

    // The real ingest, as the sync worker runs it: pages of 500, then the
    // full-text catch-up.
    LocalStore store(dir.filePath(QStringLiteral("ingest.sqlite")));
    if (!store.open(&error)) {
        out() << "cannot open the store: " << error << Qt::endl;
        return 1;
    }
    // The sync's own kind of connection (no insert triggers).
    auto bulk = store.openConnection(&error, StoreConnection::Mode::BulkIngest);
    if (!bulk) {
        out() << "cannot open a bulk connection: " << error << Qt::endl;
        return 1;
    }
    sqlite3 *handle = bulk->handle();
    PageIngestor ingestor(handle, *SyncCategory::byName(QStringLiteral("visits")));
    SyncState walk;
    walk.category = QStringLiteral("visits");
    const QString now = QStringLiteral("2026-11-26T00:00:00.000Z");
    Spent ingest;
    qint64 bytes = 0;
    for (int first = 0; first < rows; first += kPageSize) {
        const int count = qMin(kPageSize, rows - first);
        const QByteArray body = SyntheticVisits::page(first, count, first + count >= rows, rows);
        bytes += body.size();
        PageIngestResult result;
        {
            Stopwatch stopwatch(&ingest);
            result = ingestor.ingest(body, walk, now);
        }
        if (!result.ok) {
            out() << "ingest failed: " << result.error << Qt::endl;
            return 1;
        }
        walk.cursor = result.nextCursor;
        walk.walkRows += result.rows;
        walk.walkTotal = result.total;
        walk.walkHighWater = result.walkHighWater;
    }
    Spent fts;
    {
        Stopwatch stopwatch(&fts);
        if (!FtsIndex::catchUp(handle, *StoreSchema::ftsFor(QStringLiteral("visits")), 20000,
                               &error)) {
            out() << "full-text catch-up failed: " << error << Qt::endl;
            correct = false;
        }
    }

    const qint64 stored = countRows(store.database());
    const SyncState state = SyncStateStore(store.database()).load(QStringLiteral("visits"));
    correct = correct && stored == rows &&
              FtsIndex::backlog(handle, QStringLiteral("visits")) == 0 && !state.walkInProgress() &&
              state.walkRows == rows &&
              state.highWater == QString::fromLatin1(SyntheticVisits::row(0).startedAt);

    // The baseline, in a fresh file with the same schema.
    LocalStore bare(dir.filePath(QStringLiteral("baseline.sqlite")));
    if (!bare.open(&error)) {
        out() << "cannot open the baseline store: " << error << Qt::endl;
        return 1;
    }
    auto bareBulk = bare.openConnection(&error, StoreConnection::Mode::BulkIngest);
    const Spent base = baseline(bareBulk->handle(), rows);
    correct = correct && countRows(bare.database()) == rows;

    const auto line = [&](const char *what, const Spent &spent) {
        out() << QStringLiteral("  %1: %2 s wall, %3 rows/s wall, %4 rows/CPU-s")
                     .arg(QLatin1StringView(what))
                     .arg(spent.wall / 1e9, 0, 'f', 2)
                     .arg(perSecond(rows, spent.wall), 0, 'f', 0)
                     .arg(perSecond(rows, spent.cpu), 0, 'f', 0)
              << Qt::endl;
    };
    out() << "bench_ingest: " << rows << " synthetic visits in pages of " << kPageSize << ", "
          << bytes / 1000000 << " MB of JSON" << Qt::endl;
    line("ingest (parse + upsert + cursor, 1 tx/page)", ingest);
    line("baseline (bare prepared INSERT of pre-extracted values)", base);
    out() << QStringLiteral("  ratio ingest/baseline: %1 wall, %2 CPU")
                 .arg(double(base.wall) / double(ingest.wall), 0, 'f', 2)
                 .arg(double(base.cpu) / double(ingest.cpu), 0, 'f', 2)
          << Qt::endl;
    line("full-text catch-up", fts);
    line("ingest + full-text index", Spent{ingest.wall + fts.wall, ingest.cpu + fts.cpu});
    out() << "  rows stored: " << stored << (correct ? " (correct)" : " (WRONG)") << Qt::endl;
    return correct ? 0 : 1;
}
