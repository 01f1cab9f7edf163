#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace pd::server {

// Pumps a byte range of a file into a socket in bounded chunks, topping the
// socket's buffer up as it drains, so a large archive is served in constant
// memory. It lives as a child of the socket and dies with it.
class FileStreamer : public QObject
{
    Q_OBJECT
public:
    static void start(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length);
    // What `socket` holds that the kernel has not taken yet: on TLS, the
    // plain bytes still to encrypt and the encrypted ones still to send.
    // Streaming keeps it under kHighWater plus one chunk.
    static qint64 queuedBytes(const QTcpSocket *socket);
    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr qint64 kHighWater = 4 * kChunk;

private:
    FileStreamer(QTcpSocket *socket, const QString &path, qint64 offset, qint64 length);
    void pump();

    QPointer<QTcpSocket> m_socket;
    QFile m_file;
    qint64 m_remaining;
};

} // namespace pd::server
