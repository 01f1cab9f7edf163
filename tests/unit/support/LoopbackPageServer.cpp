#include "LoopbackPageServer.h"

#include <QTcpSocket>
#include <QUrlQuery>
#include <QtEndian>

#include <memory>

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
            const QByteArray target = m_lastHead.split(' ').value(1);
            const QUrlQuery query(QUrl::fromEncoded(target).query(QUrl::FullyEncoded));
            m_cursors.append(
                query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toUtf8());
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
    case Mode::RepeatCursor:
    case Mode::CycleCursors:
    case Mode::PastTotal: {
        const QByteArray body = walkPage(m_cursors.last());
        write(socket,
              json + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        break;
    }
    case Mode::HugePage:
        write(socket, json + "Content-Length: " + QByteArray::number(kHugeBytes) + "\r\n\r\n");
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket->state() == QAbstractSocket::ConnectedState &&
                socket->bytesToWrite() < 64 * 1024 && m_written < kHugeBytes)
                write(socket, QByteArray(16 * 1024, ' '));
        });
        write(socket, QByteArray(16 * 1024, ' '));
        break;
    case Mode::FullPage: {
        // Built once and sent in slices as the socket drains, so that the
        // server holds one copy of the page, not one per buffer.
        if (m_fullPage.isEmpty())
            m_fullPage = fullPage(m_pageBytes);
        write(socket,
              json + "Content-Length: " + QByteArray::number(m_fullPage.size()) + "\r\n\r\n");
        auto sent = std::make_shared<qsizetype>(0);
        const auto more = [this, socket, sent] {
            constexpr qsizetype kSlice = 256 * 1024;
            if (socket->state() != QAbstractSocket::ConnectedState || *sent >= m_fullPage.size() ||
                socket->bytesToWrite() >= kSlice)
                return;
            const qsizetype size = qMin(kSlice, m_fullPage.size() - *sent);
            m_written += socket->write(m_fullPage.constData() + *sent, size);
            *sent += size;
        };
        connect(socket, &QTcpSocket::bytesWritten, this, more);
        more();
        break;
    }
    case Mode::RetryAfter: {
        const QByteArray body =
            R"({"type":"urn:privacy-dashboard:problem:rate-limited","title":"Too Many Requests","status":429})";
        write(socket, "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/problem+json\r\n"
                      "Retry-After: " +
                          m_retryAfter + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\n\r\n" + body);
        break;
    }
    case Mode::Unauthorized: {
        const QByteArray body =
            R"({"type":"urn:privacy-dashboard:problem:unauthenticated","title":"Unauthenticated","status":401})";
        write(socket, "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/problem+json\r\n"
                      "WWW-Authenticate: Bearer\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        break;
    }
    }
}

QByteArray LoopbackPageServer::pageJson(const QByteArray &idPrefix, int items,
                                        const QByteArray &nextCursor, qint64 total)
{
    QByteArray page = R"({"items":[)";
    for (int i = 0; i < items; ++i) {
        page += (i ? "," : "") + QByteArray(R"({"id":")") + idPrefix + QByteArray::number(i) +
                R"(","started_at":"2026-11-25T12:00:00.000Z","duration_seconds":1,)"
                R"("ip_address":"198.51.100.7","browser":"Firefox","device_type":"desktop",)"
                R"("page_url":"https://example.com/","page_title":"Page"})";
    }
    page += R"(],"next_cursor":)" +
            (nextCursor.isEmpty() ? QByteArray("null") : '"' + nextCursor + '"') + R"(,"total":)" +
            QByteArray::number(total) + "}";
    return page;
}

QByteArray LoopbackPageServer::walkPage(const QByteArray &cursor) const
{
    // Every page brings new rows, so only the cursors show the loop.
    const QByteArray ids = "r" + QByteArray::number(m_requests) + "-";
    switch (m_mode) {
    case Mode::RepeatCursor:
        return pageJson(ids, kItemsPerPage, "same", 1000);
    case Mode::CycleCursors: {
        const int next = cursor.isEmpty() ? 1 : cursor.mid(1).toInt() % 3 + 1;
        return pageJson(ids, kItemsPerPage, "c" + QByteArray::number(next), 1000);
    }
    default:
        return pageJson(ids, kItemsPerPage, "p" + QByteArray::number(m_requests), kPastTotal);
    }
}

QByteArray LoopbackPageServer::fullPage(qint64 bytes)
{
    // Items of about 1 KB, ids unique within the page.
    const QByteArray filler(900, 'x');
    QByteArray page = R"({"items":[)";
    page.reserve(bytes + 2048);
    for (int i = 0; page.size() + 1100 < bytes; ++i) {
        page += (i ? "," : "") + QByteArray(R"({"id":"f)") + QByteArray::number(i) +
                R"(","started_at":"2026-11-25T12:00:00.000Z","duration_seconds":1,)"
                R"("ip_address":"198.51.100.7","browser":"Firefox","device_type":"desktop",)"
                R"("page_url":"https://example.com/","page_title":")" +
                filler + R"("})";
    }
    page += R"(],"next_cursor":null,"total":0})";
    return page;
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
