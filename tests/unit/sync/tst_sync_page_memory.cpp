// What a page just under the cap costs in memory: the fetch alone (the body
// collected, and streamed to a sink as the sync does) and the whole sync of
// it (fetch, parse, store as it arrives; the rest is SQLite's page cache for
// the page's transaction, bounded by the bulk-ingest cache_size). Prints the peak resident size
// above the baseline (VmHWM after resetting it through
// /proc/self/clear_refs) for the record; asserts only what does not depend
// on timing or the allocator: that the page is fetched and stored whole.
#include "LoopbackPageServer.h"
#include "StoreQueries.h"
#include "TempStores.h"

#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "store/LocalStore.h"
#include "sync/HttpSyncPageSource.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

using namespace pd;
using namespace pd::test;

namespace {

// A value of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when unknown.
qint64 statusKiB(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak at the current resident size.
bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

ServerProfile profileFor(const LoopbackPageServer &server)
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.developerMode = true; // loopback http
    return profile;
}

// Just under the page cap.
constexpr qint64 kPageBytes = JsonGuard::kDefaultMaxBytes - 64 * 1024;

} // namespace

class TestSyncPageMemory : public QObject
{
    Q_OBJECT

    TempStores m_stores;

    void report(const char *what, qint64 baselineKiB, qint64 pageBytes)
    {
        const qint64 peak = statusKiB("VmHWM");
        qInfo("RESULT|sync|%s peak RSS above baseline|%.1f MiB|page|%.1f MiB", what,
              (peak - baselineKiB) / 1024.0, pageBytes / 1048576.0);
    }

private Q_SLOTS:
    void fetchOfAPageUnderTheCap()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::FullPage);
        server.setPageBytes(kPageBytes);
        server.prepareFullPage();
        QVERIFY(server.listen());
        auto source = std::make_unique<HttpSyncPageSource>(
            TlsPolicy(profileFor(server)), QSslConfiguration::defaultConfiguration(),
            [] { return QStringLiteral("token"); });
        bool done = false;
        qint64 bodyBytes = 0;
        bool ok = false;
        const qint64 baseline = statusKiB("VmRSS");
        if (!resetPeak())
            QSKIP("no /proc/self/clear_refs");
        SyncPageRequest request;
        request.apiPath = QStringLiteral("visits");
        source->fetch(request, [&](const SyncPageReply &reply) {
            done = true;
            ok = reply.ok;
            bodyBytes = reply.body.size();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY(ok);
        QVERIFY(bodyBytes > kPageBytes - 4096);
        report("fetch of one page", baseline, bodyBytes);
    }

    void streamedFetchOfAPageUnderTheCap()
    {
        // As the sync fetches: the body goes to a sink as it arrives.
        LoopbackPageServer server(LoopbackPageServer::Mode::FullPage);
        server.setPageBytes(kPageBytes);
        server.prepareFullPage();
        QVERIFY(server.listen());
        auto source = std::make_unique<HttpSyncPageSource>(
            TlsPolicy(profileFor(server)), QSslConfiguration::defaultConfiguration(),
            [] { return QStringLiteral("token"); });
        bool done = false;
        bool ok = false;
        qint64 bodyBytes = 0;
        const qint64 baseline = statusKiB("VmRSS");
        if (!resetPeak())
            QSKIP("no /proc/self/clear_refs");
        SyncPageRequest request;
        request.apiPath = QStringLiteral("visits");
        source->fetch(
            request,
            [&](const SyncPageReply &reply) {
                done = true;
                ok = reply.ok && reply.body.isEmpty();
            },
            [&](QByteArrayView bytes) {
                bodyBytes += bytes.size();
                return true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY(ok);
        QVERIFY(bodyBytes > kPageBytes - 4096);
        report("streamed fetch of one page", baseline, bodyBytes);
    }

    void syncOfAPageUnderTheCap()
    {
        QString error;
        std::unique_ptr<LocalStore> store = m_stores.open(&error);
        QVERIFY2(store, qPrintable(error));
        LoopbackPageServer server(LoopbackPageServer::Mode::FullPage);
        server.setPageBytes(kPageBytes);
        server.prepareFullPage();
        QVERIFY(server.listen());
        const ServerProfile profile = profileFor(server);
        SyncEngine engine(store->path(), [profile] {
            return std::make_unique<HttpSyncPageSource>(TlsPolicy(profile),
                                                        QSslConfiguration::defaultConfiguration(),
                                                        [] { return QStringLiteral("token"); });
        });
        QSignalSpy finished(&engine, &SyncEngine::finished);
        const qint64 baseline = statusKiB("VmRSS");
        if (!resetPeak())
            QSKIP("no /proc/self/clear_refs");
        const sqlite3_int64 sqliteBefore = sqlite3_memory_used();
        sqlite3_memory_highwater(1);
        QVERIFY(engine.start({QStringLiteral("visits")}));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).value<SyncOutcome>(), SyncOutcome::Completed);
        const int rows = count(store->database(), QStringLiteral("SELECT count(*) FROM visits"));
        QVERIFY(rows > 60000);
        report("sync of one page", baseline, kPageBytes);
        // Most of it is the sync connection's page cache (cache_size of a
        // bulk-ingest connection) holding the page's transaction.
        qInfo("RESULT|sync|sync of one page: SQLite's own peak above baseline|%.1f MiB|page|%.1f "
              "MiB",
              double(sqlite3_memory_highwater(0) - sqliteBefore) / 1048576.0,
              kPageBytes / 1048576.0);
    }
};

QTEST_GUILESS_MAIN(TestSyncPageMemory)
#include "tst_sync_page_memory.moc"
