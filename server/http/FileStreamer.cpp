#include "FileStreamer.h"

namespace pd::server {

namespace {
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 4 * kChunk;
} // namespace

void FileStreamer::start(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length)
{
    auto *streamer = new FileStreamer(socket, path, offset, length);
    streamer->pump();
}

FileStreamer::FileStreamer(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length)
    : QObject(socket)
    , m_socket(socket)
    , m_file(path)
    , m_remaining(length)
{
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(offset)) {
        // The headers promised a length we cannot deliver: closing is the
        // only honest signal left to the client.
        m_remaining = 0;
        socket->disconnectFromHost();
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
}

void FileStreamer::pump()
{
    while (m_socket && m_remaining > 0 && m_socket->bytesToWrite() < kHighWater) {
        const QByteArray chunk = m_file.read(qMin(kChunk, m_remaining));
        if (chunk.isEmpty()) {
            m_socket->disconnectFromHost();
            m_remaining = 0;
            break;
        }
        m_socket->write(chunk);
        m_remaining -= chunk.size();
    }
    if (m_remaining <= 0)
        deleteLater();
}

} // namespace pd::server
