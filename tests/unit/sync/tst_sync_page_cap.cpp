// A sync page is capped: a server announcing or sending more than the cap
// (even a body that never ends) gets its transfer stopped, and the sync
// reports "too large" instead of buffering until memory runs out.
#include "LoopbackPageServer.h"
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "sync/HttpSyncPageSource.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestSyncPageCap)
#include "tst_sync_page_cap.moc"
