// A sync page is capped: a server announcing or sending more than the cap
// (even a body that never ends) gets its transfer stopped, and the sync
// reports "too large" instead of buffering until memory runs out.
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "sync/HttpSyncPageSource.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace pd;

namespace {

// Answers the first request on a loopback port (plain HTTP: the cap does not
// depend on TLS) in one of three ways, and counts what it wrote.
class PageServer : public QObject
{
public:
    enum class Mode { Small, Oversized, EndlessChunked };

    explicit PageServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl origin() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    qint64 bytesWritten() const { return m_written; }
    bool clientClosed() const { return m_closed; }

    static constexpr qint64 kCap = 1024 * 1024;

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_request += socket->readAll();
            if (m_answered || !m_request.contains("\r\n\r\n"))
                return;
            m_answered = true;
            switch (m_mode) {
            case Mode::Small: {
                const QByteArray body = R"({"items":[],"next_cursor":null})";
                write(socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
                break;
            }
            case Mode::Oversized:
                // Announces twice the cap, then sends a first part.
                write(socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(2 * kCap) + "\r\n\r\n" + QByteArray(64 * 1024, ' '));
                break;
            case Mode::EndlessChunked:
                write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n");
                // Another chunk whenever the last one left: the body never ends.
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
                    if (socket->state() == QAbstractSocket::ConnectedState &&
                        socket->bytesToWrite() < 64 * 1024)
                        write(socket, chunk());
                });
                write(socket, chunk());
                break;
            }
        });
    }
    static QByteArray chunk()
    {
        const QByteArray data(16 * 1024, ' ');
        return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    }
    void write(QTcpSocket *socket, const QByteArray &data) { m_written += socket->write(data); }

    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_request;
    bool m_answered = false;
    bool m_closed = false;
    qint64 m_written = 0;
};

struct Result {
    bool done = false;
    SyncPageReply reply;
};

Result fetchFrom(PageServer &server)
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.developerMode = true;
    HttpSyncPageSource source(TlsPolicy(profile), QSslConfiguration::defaultConfiguration(),
                              [] { return QStringLiteral("token"); });
    source.setMaxPageBytes(PageServer::kCap);
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
        PageServer server(PageServer::Mode::Small);
        QVERIFY(server.listen());
        const Result result = fetchFrom(server);
        QVERIFY(result.done);
        QVERIFY(result.reply.ok);
        QVERIFY(result.reply.body.contains("items"));
    }

    void announcedOversizedPageRefused()
    {
        PageServer server(PageServer::Mode::Oversized);
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
        PageServer server(PageServer::Mode::EndlessChunked);
        QVERIFY(server.listen());
        const Result result = fetchFrom(server);
        QVERIFY(result.done);
        QVERIFY(!result.reply.ok);
        QCOMPARE(result.reply.error.kind(), ApiError::Kind::TooLarge);
        QCOMPARE(result.reply.error.httpStatus(), 0);
        // The client hung up soon after the cap: the server did not get to
        // push much more than the cap plus what socket buffers hold.
        QTRY_VERIFY(server.clientClosed());
        QVERIFY2(server.bytesWritten() < 16 * PageServer::kCap,
                 qPrintable(QString::number(server.bytesWritten())));
    }
};

QTEST_GUILESS_MAIN(TestSyncPageCap)
#include "tst_sync_page_cap.moc"
