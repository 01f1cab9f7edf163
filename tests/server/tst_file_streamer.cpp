// A large archive over TLS is streamed in constant memory (issue 13): the
// bytes the server's socket holds, encrypted ones included, stay bounded
// while a client reads slowly, and the client still gets every byte.
#include "http/FileStreamer.h"
#include "http/TlsServer.h"
#include "tls/DevCertificateAuthority.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::server;

class TstFileStreamer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DevCertificateAuthority::Paths m_paths;

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(m_paths.serverCertificate));
        QFile keyFile(m_paths.serverKey);
        if (keyFile.open(QIODevice::ReadOnly)) {
            QSslKey key(&keyFile, QSsl::Ec);
            if (key.isNull()) {
                keyFile.seek(0);
                key = QSslKey(&keyFile, QSsl::Rsa);
            }
            tls.setPrivateKey(key);
        }
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(DevCertificateAuthority::ensure(m_dir.path(), &m_paths, &error),
                 qPrintable(error));
    }

    void aSlowReaderKeepsTheServersQueueBounded()
    {
        // Far more than any bound the streamer keeps, so an unbounded queue
        // shows.
        constexpr qint64 kSize = 24 * 1024 * 1024;
        const QString path = m_dir.filePath(QStringLiteral("archive.zip"));
        QCryptographicHash written(QCryptographicHash::Sha256);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (qint64 done = 0; done < kSize; done += block.size()) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                                      block.size() / int(sizeof(quint32)));
                written.addData(block);
                QCOMPARE(file.write(block), qint64(block.size()));
            }
        }

        qint64 mostQueued = 0;
        QPointer<QSslSocket> served;
        TlsServer server(serverTls(), {}, [&](QSslSocket *socket) {
            served = socket;
            FileStreamer::start(socket, path, 0, kSize);
            // After the streamer's own handlers: what it left queued.
            const auto measure = [&mostQueued, socket] {
                mostQueued = qMax(mostQueued, FileStreamer::queuedBytes(socket));
            };
            connect(socket, &QSslSocket::bytesWritten, socket, measure);
            connect(socket, &QSslSocket::encryptedBytesWritten, socket, measure);
            measure();
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QSslSocket client;
        // Reads a little per turn of the event loop: the kernel's buffers
        // fill up and the server must wait for the client.
        client.setReadBufferSize(16 * 1024);
        client.setPeerVerifyMode(QSslSocket::VerifyNone);
        QCryptographicHash received(QCryptographicHash::Sha256);
        qint64 receivedBytes = 0;
        const auto readSome = [&] {
            const QByteArray bytes = client.read(16 * 1024);
            received.addData(bytes);
            receivedBytes += bytes.size();
            if (served)
                mostQueued = qMax(mostQueued, FileStreamer::queuedBytes(served));
        };
        connect(&client, &QSslSocket::readyRead, this, readSome);
        // Also on every turn of the event loop, in case the full read
        // buffer holds readyRead back.
        QTimer pacer;
        connect(&pacer, &QTimer::timeout, this, readSome);
        pacer.start(0);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(
            receivedBytes >= kSize || client.state() == QAbstractSocket::UnconnectedState, 120000);

        QCOMPARE(receivedBytes, kSize);
        QCOMPARE(received.result(), written.result());
        // The streamer tops up below the high-water mark one chunk at a
        // time; the TLS records add a few bytes per 16 KiB.
        QVERIFY2(mostQueued <= FileStreamer::kHighWater + FileStreamer::kChunk + 8 * 1024,
                 qPrintable(QStringLiteral("the server queued %1 bytes").arg(mostQueued)));
        QVERIFY(mostQueued > 0);
    }
};

QTEST_GUILESS_MAIN(TstFileStreamer)
#include "tst_file_streamer.moc"
