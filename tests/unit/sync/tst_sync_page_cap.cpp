// A sync page is capped: a server announcing or sending more than the cap
// (even a body that never ends) gets its transfer stopped, and the sync
// reports "too large" instead of buffering until memory runs out. A page
// streams to its reader as it arrives, which can stop it too.
#include "LoopbackPageServer.h"
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "sync/HttpSyncPageSource.h"

#include <QTest>

#include <limits>

using namespace pd;

namespace {

struct Result {
    bool done = false;
    SyncPageReply reply;
};

Result fetchFrom(LoopbackPageServer &server)
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.developerMode = true;
    HttpSyncPageSource source(TlsPolicy(profile), QSslConfiguration::defaultConfiguration(),
                              [] { return QStringLiteral("token"); });
    source.setMaxPageBytes(LoopbackPageServer::kCap);
    Result result;
    SyncPageRequest request;
    request.apiPath = QStringLiteral("visits");
    source.fetch(request, [&result](const SyncPageReply &reply) {
        result.done = true;
        result.reply = reply;
    });
    if (!QTest::qWaitFor([&] { return result.done; }, 30000))
        qWarning("no answer within 30 s");
    return result;
}

struct Streamed {
    Result result;
    qint64 bytes = 0;   // handed to the sink
    int pieces = 0;     // how many times
    qint64 largest = 0; // the largest piece
    bool bytesBeforeDone = true;
};

// Fetches one page into a sink that takes `accept` bytes, then refuses.
Streamed streamFrom(LoopbackPageServer &server, qint64 cap,
                    qint64 accept = std::numeric_limits<qint64>::max())
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.developerMode = true;
    HttpSyncPageSource source(TlsPolicy(profile), QSslConfiguration::defaultConfiguration(),
                              [] { return QStringLiteral("token"); });
    source.setMaxPageBytes(cap);
    Streamed streamed;
    SyncPageRequest request;
    request.apiPath = QStringLiteral("visits");
    source.fetch(
        request,
        [&streamed](const SyncPageReply &reply) {
            streamed.result.done = true;
            streamed.result.reply = reply;
        },
        [&streamed, accept](QByteArrayView bytes) {
            streamed.bytesBeforeDone = streamed.bytesBeforeDone && !streamed.result.done;
            streamed.bytes += bytes.size();
            streamed.largest = qMax<qint64>(streamed.largest, bytes.size());
            ++streamed.pieces;
            return streamed.bytes <= accept;
        });
    if (!QTest::qWaitFor([&] { return streamed.result.done; }, 30000))
        qWarning("no answer within 30 s");
    return streamed;
}

} // namespace

class TestSyncPageCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCapIsJsonGuards()
    {
        // The same cap as every other JSON answer of the server.
        QCOMPARE(JsonGuard::kDefaultMaxBytes, qint64(64) * 1024 * 1024);
    }

    void smallPageAccepted()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::Small);
        QVERIFY(server.listen());
        const Result result = fetchFrom(server);
        QVERIFY(result.done);
        QVERIFY(result.reply.ok);
        QVERIFY(result.reply.body.contains("items"));
    }

    void announcedOversizedPageRefused()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::Oversized);
        QVERIFY(server.listen());
        const Result result = fetchFrom(server);
        QVERIFY(result.done);
        QVERIFY(!result.reply.ok);
        QCOMPARE(result.reply.error.kind(), ApiError::Kind::TooLarge);
        QVERIFY(result.reply.body.isEmpty());
        QTRY_VERIFY(server.clientClosed());
    }

    void endlessChunkedPageStopped()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::EndlessChunked);
        QVERIFY(server.listen());
        const Result result = fetchFrom(server);
        QVERIFY(result.done);
        QVERIFY(!result.reply.ok);
        QCOMPARE(result.reply.error.kind(), ApiError::Kind::TooLarge);
        QCOMPARE(result.reply.error.httpStatus(), 0);
        // The client hung up soon after the cap: the server did not get to
        // push much more than the cap plus what socket buffers hold.
        QTRY_VERIFY(server.clientClosed());
        QVERIFY2(server.bytesWritten() < 16 * LoopbackPageServer::kCap,
                 qPrintable(QString::number(server.bytesWritten())));
    }

    void pageStreamsToTheSinkAsItArrives()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::FullPage);
        server.setPageBytes(8 * LoopbackPageServer::kCap);
        QVERIFY(server.listen());
        const Streamed streamed = streamFrom(server, 16 * LoopbackPageServer::kCap);
        QVERIFY(streamed.result.done);
        QVERIFY(streamed.result.reply.ok);
        QVERIFY(streamed.result.reply.body.isEmpty()); // it all went to the sink
        QCOMPARE(streamed.bytes, LoopbackPageServer::fullPage(8 * LoopbackPageServer::kCap).size());
        QVERIFY(streamed.bytesBeforeDone);
        // In pieces, none near the page's size.
        QVERIFY(streamed.pieces > 1);
        QVERIFY2(streamed.largest <= 2 * LoopbackPageServer::kCap,
                 qPrintable(QString::number(streamed.largest)));
    }

    void streamedEndlessPageStoppedAtTheCap()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::EndlessChunked);
        QVERIFY(server.listen());
        const Streamed streamed = streamFrom(server, LoopbackPageServer::kCap);
        QVERIFY(streamed.result.done);
        QVERIFY(!streamed.result.reply.ok);
        QCOMPARE(streamed.result.reply.error.kind(), ApiError::Kind::TooLarge);
        QVERIFY(streamed.result.reply.error.userMessage().contains(u"larger than"_qs));
        QVERIFY(streamed.bytes <= LoopbackPageServer::kCap);
        QTRY_VERIFY(server.clientClosed());
    }

    void refusedPageStopsTheTransfer()
    {
        // 200 MB announced and sent until the client hangs up.
        LoopbackPageServer server(LoopbackPageServer::Mode::HugePage);
        QVERIFY(server.listen());
        const Streamed streamed =
            streamFrom(server, LoopbackPageServer::kHugeBytes, LoopbackPageServer::kCap);
        QVERIFY(streamed.result.done);
        QVERIFY(!streamed.result.reply.ok);
        QCOMPARE(streamed.result.reply.error.kind(), SyncPageSource::refused().kind());
        QTRY_VERIFY(server.clientClosed());
        QVERIFY2(server.bytesWritten() < 16 * LoopbackPageServer::kCap,
                 qPrintable(QString::number(server.bytesWritten())));
    }
};

QTEST_GUILESS_MAIN(TestSyncPageCap)
#include "tst_sync_page_cap.moc"
