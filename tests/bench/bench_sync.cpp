// A full sync of N visits from the reference backend over TLS on loopback,
// end to end through the app's real sync (SyncEngine on its thread,
// HttpSyncPageSource, PageIngestor into a LocalStore), against the floor
// measured in the same run on the same server: libcurl (the library of the
// curl tool) fetching the same pages — same URLs, page size, TLS and
// keep-alive connection, following next_cursor — plus raw sqlite3 inserting
// the same rows (one prepared INSERT, one transaction, TEXT-keyed table, no
// other index). The ctest entry checks the row counts only, never time.
//   bench_sync [--quick]   20,000 visits (the default; the ctest entry)
//   bench_sync --full      1,000,000 visits (scripts/bench, Release build)
//   bench_sync --rows N    N visits
// Environment: PD_SERVER_BINARY, the reference server to start.
#include "BenchReport.h"
#include "TestServer.h"

#include "api/ApiClient.h"
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "store/LocalStore.h"
#include "sync/HttpSyncPageSource.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <curl/curl.h>
#include <sqlite3.h>

#include <string>
#include <vector>

using namespace pd;
using BenchReport::number;
using BenchReport::out;

namespace {

constexpr int kPageLimit = 500; // SyncOptions' default, the server's maximum

double perSecond(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0.0;
}

struct AppRun {
    bool ok = false;
    QString message;
    qint64 storedNs = 0;   // until the last page was committed
    qint64 finishedNs = 0; // until the run finished (full-text index included)
    qint64 bytes = 0;
    int pages = 0;
};

AppRun appSync(const test::TestServer &server, const QString &token, const QString &databasePath)
{
    AppRun run;
    LocalStore store(databasePath);
    if (!store.open(&run.message))
        return run;
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.caBundlePath = server.caCertificatePath();
    // The TLS configuration as ProfileSession computes it for the sync.
    const ApiClient client(profile);
    if (!client.sslConfiguration()) {
        run.message = client.sslConfigurationError();
        return run;
    }
    const QSslConfiguration ssl = *client.sslConfiguration();
    SyncEngine engine(databasePath, [profile, ssl, token] {
        return std::make_unique<HttpSyncPageSource>(TlsPolicy(profile), ssl,
                                                    [token] { return token; });
    });
    QElapsedTimer timer;
    QEventLoop loop;
    SyncOutcome outcome = SyncOutcome::Failed;
    QObject::connect(&engine, &SyncEngine::pageStored, &loop, [&] {
        run.storedNs = timer.nsecsElapsed();
        ++run.pages;
    });
    QObject::connect(&engine, &SyncEngine::progress, &loop,
                     [&](const SyncProgress &progress) { run.bytes = progress.bytes; });
    QObject::connect(&engine, &SyncEngine::finished, &loop,
                     [&](SyncOutcome result, const QString &message) {
                         run.finishedNs = timer.nsecsElapsed();
                         outcome = result;
                         run.message = message;
                         loop.quit();
                     });
    timer.start();
    engine.start({QStringLiteral("visits")});
    loop.exec();
    run.ok = outcome == SyncOutcome::Completed;
    return run;
}

size_t appendBody(char *data, size_t size, size_t count, void *target)
{
    static_cast<std::string *>(target)->append(data, size * count);
    return size * count;
}

// The value of "next_cursor" in a page body; empty for null or when absent.
QByteArray nextCursor(const std::string &body)
{
    static const std::string key = "\"next_cursor\"";
    size_t at = body.rfind(key);
    if (at == std::string::npos)
        return {};
    at += key.size();
    while (at < body.size() && (body[at] == ' ' || body[at] == ':'))
        ++at;
    if (at >= body.size() || body[at] != '"')
        return {};
    QByteArray cursor;
    for (++at; at < body.size() && body[at] != '"'; ++at) {
        if (body[at] == '\\')
            ++at;
        cursor += body[at];
    }
    return cursor;
}

struct FetchRun {
    bool ok = false;
    QString message;
    qint64 ns = 0;
    qint64 bytes = 0;
    int pages = 0;
};

// The floor's network half: every page over one kept-alive HTTP/1.1 TLS
// connection (the app turns HTTP/2 off), each body read in full.
FetchRun curlFetch(const test::TestServer &server, const QString &token)
{
    FetchRun run;
    CURL *curl = curl_easy_init();
    const QByteArray caPath = server.caCertificatePath().toLocal8Bit();
    const QByteArray authorization = "Authorization: Bearer " + token.toUtf8();
    curl_slist *headers = curl_slist_append(nullptr, authorization.constData());
    headers = curl_slist_append(headers, "Accept: application/json");
    std::string body;
    curl_easy_setopt(curl, CURLOPT_CAINFO, caPath.constData());
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    SyncPageRequest request;
    request.apiPath = QStringLiteral("visits");
    request.limit = kPageLimit;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        // The same URL builder as the app: the same query, byte for byte.
        const QByteArray url = HttpSyncPageSource::pageUrl(server.origin(), request).toEncoded();
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        body.clear();
        const CURLcode code = curl_easy_perform(curl);
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (code != CURLE_OK || status != 200) {
            run.message = QStringLiteral("curl: %1, HTTP %2")
                              .arg(QString::fromUtf8(curl_easy_strerror(code)))
                              .arg(status);
            break;
        }
        run.bytes += qint64(body.size());
        ++run.pages;
        const QByteArray cursor = nextCursor(body);
        if (cursor.isEmpty()) {
            run.ok = true;
            break;
        }
        request.cursor = QString::fromLatin1(cursor);
    }
    run.ns = timer.nsecsElapsed();
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return run;
}

constexpr int kColumns = 15;
constexpr const char *kColumnList =
    "id, started_at, duration_seconds, ip_address, city, region, country, browser, "
    "browser_version, device_type, language, page_title, page_url, referrer, next_site";

// The synced rows, read back from the app's store into one buffer, so the
// floor inserts exactly the same values.
struct Rows {
    std::string arena;
    std::vector<std::pair<qint64, int>> cells; // offset, length (-1: NULL)
    qint64 count = 0;
};

bool readRows(const QString &databasePath, Rows *rows, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    sqlite3_stmt *select = nullptr;
    const std::string sql = std::string("SELECT ") + kColumnList + " FROM visits";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &select, nullptr);
    while (sqlite3_step(select) == SQLITE_ROW) {
        for (int column = 0; column < kColumns; ++column) {
            if (sqlite3_column_type(select, column) == SQLITE_NULL) {
                rows->cells.emplace_back(0, -1);
                continue;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(select, column));
            const int length = sqlite3_column_bytes(select, column);
            rows->cells.emplace_back(qint64(rows->arena.size()), length);
            rows->arena.append(text, size_t(length));
        }
        ++rows->count;
    }
    sqlite3_finalize(select);
    sqlite3_close(db);
    return true;
}

// The floor's storage half; the time spent inserting, -1 on failure.
qint64 rawInsert(const QString &databasePath, const Rows &rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                 "CREATE TABLE visits (id TEXT PRIMARY KEY NOT NULL, started_at TEXT,"
                 " duration_seconds INTEGER, ip_address TEXT, city TEXT, region TEXT,"
                 " country TEXT, browser TEXT, browser_version TEXT, device_type TEXT,"
                 " language TEXT, page_title TEXT, page_url TEXT, referrer TEXT,"
                 " next_site TEXT)",
                 nullptr, nullptr, nullptr);
    const std::string sql = std::string("INSERT INTO visits (") + kColumnList +
                            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    bool ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    size_t cell = 0;
    for (qint64 row = 0; ok && row < rows.count; ++row) {
        for (int column = 0; column < kColumns; ++column, ++cell) {
            const auto [offset, length] = rows.cells[cell];
            if (length < 0)
                sqlite3_bind_null(insert, column + 1);
            else if (column == 2)
                sqlite3_bind_int64(insert, column + 1,
                                   std::stoll(rows.arena.substr(size_t(offset), size_t(length))));
            else
                sqlite3_bind_text(insert, column + 1, rows.arena.data() + offset, length,
                                  SQLITE_STATIC);
        }
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const qint64 ns = timer.nsecsElapsed();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return ok ? ns : -1;
}

qint64 countVisits(const QString &databasePath)
{
    sqlite3 *db = nullptr;
    qint64 count = -1;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *select = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM visits", -1, &select, nullptr);
        if (select && sqlite3_step(select) == SQLITE_ROW)
            count = sqlite3_column_int64(select, 0);
        sqlite3_finalize(select);
    }
    sqlite3_close(db);
    return count;
}

int fail(const QString &why)
{
    out() << "bench_sync: " << why << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = BenchReport::option(argc, argv, "--rows",
                                         BenchReport::isFull(argc, argv) ? "1000000" : "20000")
                         .toInt();
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QTemporaryDir dir;
    test::TestServer server;
    QElapsedTimer seeding;
    seeding.start();
    // --demo-scale seeds the first demo account's visits inside the database.
    // --rate-limit 0: both sides fetch the same 2,000 pages from one address,
    // and the default budget (3,000 a minute) would throttle whichever runs
    // second (the app, as it answers 429 by waiting Retry-After), which
    // measures the server's policy, not the client.
    if (!server.start({QStringLiteral("--demo-scale"), QString::number(rows),
                       QStringLiteral("--rate-limit"), QStringLiteral("0")}))
        return fail(QStringLiteral("the server did not start: ") + server.lastError());
    out() << "bench_sync: server with " << rows << " visits up after "
          << number(seeding.elapsed() / 1000.0, 1) << " s" << Qt::endl;
    const QString token = server.signIn(server.accounts().at(0)).accessToken;
    if (token.isEmpty())
        return fail(QStringLiteral("sign-in failed"));

    // Floor first, so that neither side profits from a server cache the
    // other warmed: the server reads the same pages both times anyway.
    const FetchRun fetch = curlFetch(server, token);
    if (!fetch.ok)
        return fail(QStringLiteral("the floor's fetch failed: ") + fetch.message);

    const QString appPath = dir.filePath(QStringLiteral("cache.sqlite3"));
    const AppRun sync = appSync(server, token, appPath);
    if (!sync.ok)
        return fail(QStringLiteral("the app's sync failed: ") + sync.message);
    const qint64 stored = countVisits(appPath);

    Rows values;
    QString error;
    if (!readRows(appPath, &values, &error))
        return fail(QStringLiteral("cannot read the synced rows: ") + error);
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite3"));
    const qint64 insertNs = rawInsert(rawPath, values);
    if (insertNs < 0)
        return fail(QStringLiteral("the floor's inserts failed"));
    const qint64 rawStored = countVisits(rawPath);

    const qint64 floorNs = fetch.ns + insertNs;
    const double ours = perSecond(rows, sync.storedNs);
    const double oursFinished = perSecond(rows, sync.finishedNs);
    const double floor = perSecond(rows, floorNs);
    out() << "full sync of " << rows << " visits over TLS on loopback, pages of " << kPageLimit
          << ":\n"
          << "  app (SyncEngine, HttpSyncPageSource, LocalStore): " << sync.pages << " pages, "
          << sync.bytes / 1000000 << " MB; all rows stored after " << number(sync.storedNs / 1e9, 2)
          << " s (" << number(ours) << " rows/s), finished "
          << "with the search index after " << number(sync.finishedNs / 1e9, 2) << " s ("
          << number(oursFinished) << " rows/s)\n"
          << "  floor: libcurl fetch " << fetch.pages << " pages, " << fetch.bytes / 1000000
          << " MB in " << number(fetch.ns / 1e9, 2) << " s + raw sqlite3 inserts in "
          << number(insertNs / 1e9, 2) << " s = " << number(floorNs / 1e9, 2) << " s ("
          << number(floor) << " rows/s)\n"
          << "  ratio app / floor: " << number(ours / floor, 2) << "x (rows stored), "
          << number(oursFinished / floor, 2) << "x (finished)\n";
    const QString floorText =
        QStringLiteral("libcurl same pages (TLS, keep-alive) + raw sqlite3 inserts (one "
                       "prepared INSERT, one transaction, TEXT key, no other index)");
    BenchReport::result(
        QStringLiteral("sync"),
        QStringLiteral("full sync of %1 visits over TLS, rows stored (rows/s)").arg(rows), ours,
        floorText, floor, ours / floor, QStringLiteral(">= 0.5x"),
        ours / floor >= 0.5 ? QStringLiteral("yes") : QStringLiteral("no"));
    BenchReport::result(
        QStringLiteral("sync"),
        QStringLiteral("full sync of %1 visits over TLS, finished incl. search index (rows/s)")
            .arg(rows),
        oursFinished, floorText, floor, oursFinished / floor, QStringLiteral("n.a."),
        QStringLiteral("n.a."));

    const bool correct = stored == rows && rawStored == rows && values.count == rows &&
                         fetch.pages == sync.pages &&
                         fetch.pages == (rows + kPageLimit - 1) / kPageLimit;
    out() << "  rows stored: app " << stored << ", floor " << rawStored << ", pages app "
          << sync.pages << ", floor " << fetch.pages << (correct ? " (correct)" : " (WRONG)")
          << Qt::endl;
    curl_global_cleanup();
    return correct ? 0 : 1;
}
