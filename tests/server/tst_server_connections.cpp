// Connection handling under abuse: clients that vanish at every stage of a
// connection must never stop the server from answering others (issue 10,
// item 16), and slow or oversized requests are cut off (item 12).
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace pd::test;

namespace {

// More than Qt 6.4's default maxPendingConnections (30), so a server that
// counts vanished handshakes toward it stops accepting within one burst.
constexpr int kBurst = 60;

using Sockets = std::vector<std::unique_ptr<QTcpSocket>>;

} // namespace

class TstServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--header-timeout"), QStringLiteral("2"),
                                 QStringLiteral("--idle-timeout"), QStringLiteral("3")}),
                 qPrintable(m_server.lastError()));
        captureClientHello(&m_clientHello);
        QVERIFY(m_clientHello.size() > 40);
        QCOMPARE(m_clientHello.at(0), '\x16'); // a TLS handshake record
    }

    void vanishBeforeTheHandshake()
    {
        for (bool reset : {false, true}) {
            Sockets sockets = openTcp(kBurst);
            QCOMPARE(int(sockets.size()), kBurst);
            vanish(sockets, reset);
            verifyAnswersWithinASecond();
            if (QTest::currentTestFailed())
                return;
        }
    }

    void vanishMidHandshake()
    {
        // After a part of the ClientHello, and after the whole of it once the
        // server has answered with its own first flight.
        for (bool whole : {false, true}) {
            Sockets sockets = openTcp(kBurst);
            QCOMPARE(int(sockets.size()), kBurst);
            const QByteArray hello = whole ? m_clientHello : m_clientHello.left(20);
            for (auto &socket : sockets)
                socket->write(hello);
            for (auto &socket : sockets) {
                QVERIFY(socket->waitForBytesWritten(5000) || socket->bytesToWrite() == 0);
                if (whole)
                    QVERIFY2(socket->bytesAvailable() > 0 || socket->waitForReadyRead(5000),
                             "the server did not answer a ClientHello");
            }
            vanish(sockets, whole);
            verifyAnswersWithinASecond();
            if (QTest::currentTestFailed())
                return;
        }
    }

    void vanishAfterTheHandshake()
    {
        Sockets sockets = openTls(kBurst);
        QCOMPARE(int(sockets.size()), kBurst);
        vanish(sockets, false);
        verifyAnswersWithinASecond();
    }

    void vanishMidRequest()
    {
        Sockets sockets = openTls(kBurst);
        QCOMPARE(int(sockets.size()), kBurst);
        for (auto &socket : sockets)
            socket->write("POST /api/v1/auth/password HTTP/1.1\r\nHost: x\r\nContent-Le");
        for (auto &socket : sockets)
            socket->waitForBytesWritten(5000);
        vanish(sockets, true);
        verifyAnswersWithinASecond();
    }

    void silentClientsDoNotBlockOthersAndAreDropped()
    {
        // Clients that connect and never start a handshake: others are
        // served meanwhile, and the server hangs up on them after the
        // handshake deadline (2 s here).
        Sockets sockets = openTcp(kBurst);
        QCOMPARE(int(sockets.size()), kBurst);
        verifyAnswersWithinASecond();
        for (auto &socket : sockets) {
            QVERIFY(socket->state() == QAbstractSocket::UnconnectedState ||
                    socket->waitForDisconnected(10000));
        }
    }

    void oversizedBodyIsRefusedFromItsLength()
    {
        // Only the headers are sent: the answer must not wait for 50 MB.
        Sockets sockets = openTls(1);
        QCOMPARE(int(sockets.size()), 1);
        QTcpSocket &socket = *sockets.front();
        socket.write("POST /api/v1/auth/password HTTP/1.1\r\nHost: test\r\n"
                     "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n");
        const QByteArray response = readResponse(socket, 5000);
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.left(200).constData());
        QVERIFY(response.contains("urn:privacy-dashboard:problem:payload-too-large"));
        QVERIFY(response.contains("\"instance\":\"/api/v1/auth/password\""));
    }

    void oversizedChunkedBodyIsCutOffWhileReading()
    {
        // 1.5 MiB in chunks, never finished: refused once past the 1 MiB cap.
        Sockets sockets = openTls(1);
        QCOMPARE(int(sockets.size()), 1);
        QTcpSocket &socket = *sockets.front();
        socket.write("POST /api/v1/auth/password HTTP/1.1\r\nHost: test\r\n"
                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
        for (int i = 0; i < 24; ++i)
            socket.write(chunk);
        const QByteArray response = readResponse(socket, 10000);
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.left(200).constData());
    }

    void slowClientsDoNotStopOthers()
    {
        // Many connections trickle a request line and never finish it, one
        // oversized request comes in between: others are answered at once,
        // the oversized one gets its 413, and the slow ones are dropped at
        // the header deadline (2 s here).
        Sockets slow = openTls(kBurst);
        QCOMPARE(int(slow.size()), kBurst);
        for (auto &socket : slow)
            socket->write("GET /.well-known/privacy-dashboard HT");
        Sockets big = openTls(1);
        QCOMPARE(int(big.size()), 1);
        big.front()->write("POST /api/v1/requests HTTP/1.1\r\nHost: test\r\n"
                           "Content-Length: 2000000\r\n\r\n");
        verifyAnswersWithinASecond();
        const QByteArray response = readResponse(*big.front(), 5000);
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.left(200).constData());
        for (auto &socket : slow) {
            QVERIFY(socket->state() == QAbstractSocket::UnconnectedState ||
                    socket->waitForDisconnected(10000));
        }
        verifyAnswersWithinASecond();
    }

    void idleConnectionsAreClosed()
    {
        // A kept-alive connection that says nothing more is closed after the
        // idle timeout (3 s here).
        Sockets sockets = openTls(1);
        QCOMPARE(int(sockets.size()), 1);
        QTcpSocket &socket = *sockets.front();
        socket.write("GET /.well-known/privacy-dashboard HTTP/1.1\r\nHost: test\r\n\r\n");
        QVERIFY(readResponse(socket, 5000).startsWith("HTTP/1.1 200"));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState ||
                socket.waitForDisconnected(10000));
    }

private:
    // Everything up to the end of the headers and a problem body, or what
    // came before the deadline.
    static QByteArray readResponse(QTcpSocket &socket, int ms)
    {
        QDeadlineTimer deadline(ms);
        QByteArray response;
        while (!deadline.hasExpired()) {
            const qsizetype end = response.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = response.indexOf("content-length: ");
                const qint64 length =
                    at < 0
                        ? 0
                        : response.mid(at + 16, response.indexOf('\r', at) - at - 16).toLongLong();
                if (response.size() >= end + 4 + length)
                    break;
            }
            const bool more =
                socket.bytesAvailable() > 0 ||
                socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)));
            response += socket.readAll();
            if (!more)
                break;
        }
        return response;
    }

    // The first bytes a TLS client sends, taken from a QSslSocket talking
    // to a plain listener in this process.
    void captureClientHello(QByteArray *hello)
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QSslSocket client;
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener.serverPort());
        QTRY_VERIFY(listener.hasPendingConnections());
        std::unique_ptr<QTcpSocket> accepted(listener.nextPendingConnection());
        // A record header says how long the record is: wait for all of it.
        const auto recordLength = [&] {
            const QByteArray head = accepted->peek(5);
            return head.size() < 5 ? 1 << 20 : 5 + ((quint8(head.at(3)) << 8) | quint8(head.at(4)));
        };
        QTRY_VERIFY(accepted->bytesAvailable() >= recordLength());
        *hello = accepted->read(recordLength());
    }

    Sockets openTcp(int count)
    {
        Sockets sockets;
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, quint16(m_server.origin().port()));
            if (!socket->waitForConnected(5000))
                break; // the listen queue is full: the server stopped accepting
            sockets.push_back(std::move(socket));
        }
        return sockets;
    }

    Sockets openTls(int count)
    {
        Sockets sockets;
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QSslSocket>();
            socket->setSslConfiguration(m_server.sslConfiguration());
            socket->connectToHostEncrypted(m_server.origin().host(),
                                           quint16(m_server.origin().port()));
            if (!socket->waitForEncrypted(5000))
                break;
            sockets.push_back(std::move(socket));
        }
        return sockets;
    }

    static void vanish(Sockets &sockets, bool reset)
    {
        for (auto &socket : sockets) {
            if (reset)
                socket->abort();
            else
                socket->close();
        }
        sockets.clear();
    }

    // A fresh client's whole exchange, handshake included, within a second.
    void verifyAnswersWithinASecond()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        QDeadlineTimer deadline(1000);
        QSslSocket socket;
        socket.setSslConfiguration(m_server.sslConfiguration());
        socket.connectToHostEncrypted(m_server.origin().host(), quint16(m_server.origin().port()));
        QVERIFY2(socket.waitForEncrypted(int(deadline.remainingTime())),
                 qPrintable(QStringLiteral("no TLS handshake within a second (%1 ms, state %2): %3")
                                .arg(elapsed.elapsed())
                                .arg(int(socket.state()))
                                .arg(socket.errorString())));
        socket.write("GET /.well-known/privacy-dashboard HTTP/1.1\r\nHost: test\r\n"
                     "Connection: close\r\n\r\n");
        QByteArray response;
        while (!response.contains("\r\n\r\n") && !deadline.hasExpired()) {
            if (socket.waitForReadyRead(int(deadline.remainingTime())))
                response += socket.readAll();
        }
        qDebug() << "answered in" << elapsed.elapsed() << "ms";
        QVERIFY2(response.startsWith("HTTP/1.1 200"),
                 qPrintable(QStringLiteral("no answer within a second (%1 ms): %2")
                                .arg(elapsed.elapsed())
                                .arg(QString::fromLatin1(response.left(40)))));
    }

    TestServer m_server;
    QByteArray m_clientHello;
};

QTEST_GUILESS_MAIN(TstServerConnections)
#include "tst_server_connections.moc"
