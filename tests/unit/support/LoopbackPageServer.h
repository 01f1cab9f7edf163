#pragma once

#include <QByteArray>
#include <QList>
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
        // Valid visit pages (kItemsPerPage each) of a walk that never ends:
        RepeatCursor, // next_cursor is always the same
        CycleCursors, // next_cursor goes c1, c2, c3, c1...
        PastTotal,    // total 4, a new next_cursor on every page
        HugePage,     // announces kHugeBytes (200 MB) and sends until stopped
        FullPage,     // one valid last page of about pageBytes() bytes
        RetryAfter,   // 429 with retryAfter() as Retry-After
        Unauthorized, // 401 problem+json
    };

    static constexpr qint64 kCap = 1024 * 1024;
    static constexpr qint64 kBombBytes = 32 * 1024 * 1024;
    static constexpr qint64 kHugeBytes = 200LL * 1000 * 1000;
    static constexpr int kItemsPerPage = 2;
    static constexpr qint64 kPastTotal = 4;

    explicit LoopbackPageServer(Mode mode);

    bool listen();
    QUrl origin() const;
    qint64 bytesWritten() const { return m_written; }
    bool clientClosed() const { return m_closed; }
    int requestCount() const { return m_requests; }
    // The head (request line and headers) of the last request.
    QByteArray lastRequestHead() const { return m_lastHead; }
    // The `cursor` query values of the requests so far ("" for none).
    QList<QByteArray> cursors() const { return m_cursors; }

    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }
    QByteArray retryAfter() const { return m_retryAfter; }
    void setPageBytes(qint64 bytes) { m_pageBytes = bytes; }
    qint64 pageBytes() const { return m_pageBytes; }
    // The FullPage body (valid visits, the last page of its walk).
    static QByteArray fullPage(qint64 bytes);
    // Builds the FullPage body now (before a memory baseline is taken).
    void prepareFullPage() { m_fullPage = fullPage(m_pageBytes); }

    // kBombBytes of JSON whitespace as one gzip member (about 32 KB).
    static QByteArray gzipBomb();

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void resetWhenFlushed(QTcpSocket *socket);
    void write(QTcpSocket *socket, const QByteArray &data);
    static QByteArray chunk();
    QByteArray walkPage(const QByteArray &cursor) const;
    static QByteArray pageJson(const QByteArray &idPrefix, int items, const QByteArray &nextCursor,
                               qint64 total);

    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_lastHead;
    QList<QByteArray> m_cursors;
    QByteArray m_retryAfter = "1000000000000";
    qint64 m_pageBytes = kCap - 4096;
    QByteArray m_fullPage;
    int m_requests = 0;
    bool m_closed = false;
    qint64 m_written = 0;
};
