#include "LoopbackPageServer.h"

#include <QTcpSocket>
#include <QtEndian>

#include <sys/socket.h>

namespace {

const QByteArray kSmallPage = R"({"items":[],"next_cursor":null})";

quint32 crc32(const QByteArray &data)
{
    quint32 table[256];
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

QByteArray littleEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

} // namespace

LoopbackPageServer::LoopbackPageServer(Mode mode)
    : m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool LoopbackPageServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackPageServer::origin() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray LoopbackPageServer::gzipBomb()
{
    static const QByteArray bomb = []() -> QByteArray {
        const QByteArray plain(kBombBytes, ' ');
        // qCompress: 4-byte size, 2-byte zlib header, deflate data, Adler-32.
        const QByteArray zlib = qCompress(plain, 9);
        const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
        const QByteArray header("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
        return header + deflate + littleEndian(crc32(plain)) + littleEndian(quint32(kBombBytes));
    }();
    return bomb;
}

void LoopbackPageServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        // Requests without a body (GET), possibly several on a kept-alive
        // connection.
        QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
        for (qsizetype end = buffered.indexOf("\r\n\r\n"); end >= 0;
             end = buffered.indexOf("\r\n\r\n")) {
            m_lastHead = buffered.left(end);
            buffered.remove(0, end + 4);
            ++m_requests;
            answer(socket);
        }
        socket->setProperty("buffered", buffered);
    });
}

void LoopbackPageServer::answer(QTcpSocket *socket)
{
    const QByteArray json = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    switch (m_mode) {
    case Mode::Small:
        write(socket, json + "Content-Length: " + QByteArray::number(kSmallPage.size()) +
                          "\r\n\r\n" + kSmallPage);
        break;
    case Mode::Oversized:
        write(socket, json + "Content-Length: " + QByteArray::number(2 * kCap) + "\r\n\r\n" +
                          QByteArray(64 * 1024, ' '));
        break;
    case Mode::EndlessChunked:
        write(socket, json + "Transfer-Encoding: chunked\r\n\r\n");
        // Another chunk whenever the last one left: the body never ends.
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket->state() == QAbstractSocket::ConnectedState &&
                socket->bytesToWrite() < 64 * 1024)
                write(socket, chunk());
        });
        write(socket, chunk());
        break;
    case Mode::ResetMidBody: {
        const QByteArray half(32 * 1024, ' ');
        write(socket,
              json + "Content-Length: " + QByteArray::number(2 * half.size()) + "\r\n\r\n" + half);
        resetWhenFlushed(socket);
        break;
    }
    case Mode::GzipBomb: {
        const QByteArray body = gzipBomb();
        write(socket, json + "Content-Encoding: gzip\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        break;
    }
    }
}

void LoopbackPageServer::resetWhenFlushed(QTcpSocket *socket)
{
    const auto reset = [socket] {
        // Linger 0: close() sends RST instead of FIN, as a dropped
        // connection does.
        const linger option{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
        socket->abort();
    };
    if (socket->bytesToWrite() == 0)
        return reset();
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket, reset] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            reset();
    });
}

void LoopbackPageServer::write(QTcpSocket *socket, const QByteArray &data)
{
    m_written += socket->write(data);
}

QByteArray LoopbackPageServer::chunk()
{
    const QByteArray data(16 * 1024, ' ');
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}
