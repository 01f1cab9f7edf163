#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A plain-HTTP server on a loopback port that answers every request with
// one kind of page, good or hostile, and counts what it read and wrote.
// Plain HTTP: what is tested (caps, broken transfers, codings) does not
// depend on TLS.
class LoopbackPageServer : public QObject
{
public:
    enum class Mode {
        Small,          // a valid empty page
        Oversized,      // announces twice kCap, sends a first part, stalls
        EndlessChunked, // a chunked body that never ends
        ResetMidBody,   // announces a page, sends half of it, resets (RST)
        GzipBomb,       // Content-Encoding: gzip, inflating to kBombBytes
    };

    static constexpr qint64 kCap = 1024 * 1024;
    static constexpr qint64 kBombBytes = 32 * 1024 * 1024;

    explicit LoopbackPageServer(Mode mode);

    bool listen();
    QUrl origin() const;
    qint64 bytesWritten() const { return m_written; }
    bool clientClosed() const { return m_closed; }
    int requestCount() const { return m_requests; }
    // The head (request line and headers) of the last request.
    QByteArray lastRequestHead() const { return m_lastHead; }

    // kBombBytes of JSON whitespace as one gzip member (about 32 KB).
    static QByteArray gzipBomb();

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void resetWhenFlushed(QTcpSocket *socket);
    void write(QTcpSocket *socket, const QByteArray &data);
    static QByteArray chunk();

    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_lastHead;
    int m_requests = 0;
    bool m_closed = false;
    qint64 m_written = 0;
};
