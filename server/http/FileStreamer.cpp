#include "FileStreamer.h"

#include <QSslSocket>

namespace pd::server {

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
    // Queued: on TLS, bytesWritten comes while the chunk's encrypted bytes
    // are on their way from OpenSSL into the socket's buffer, where
    // queuedBytes() does not see them yet; a turn later it does.
    connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump, Qt::QueuedConnection);
    // On TLS, bytesWritten says a chunk was encrypted, not sent: the
    // encrypted bytes wait in the socket's own buffer, which only
    // encryptedBytesWritten reports draining.
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &FileStreamer::pump);
}

qint64 FileStreamer::queuedBytes(const QTcpSocket *socket)
{
    qint64 queued = socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(socket))
        queued += tls->encryptedBytesToWrite();
    return queued;
}

void FileStreamer::pump()
{
    while (m_socket && m_remaining > 0 && queuedBytes(m_socket) < kHighWater) {
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
