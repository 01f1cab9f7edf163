#pragma once

#include <QByteArray>

namespace pd::server {

// Follows the framing of HTTP/1.1 requests on one connection as the bytes
// arrive (request line and headers, then a Content-Length or chunked body),
// without keeping bodies, so limits can be enforced before QtHttpServer has
// buffered a whole request: it reads every body into memory first.
class RequestFraming
{
public:
    enum class Verdict {
        Fine,
        HeadersTooLarge, // 431
        BodyTooLarge,    // 413, from Content-Length or while reading chunks
        Malformed,       // 400: framing QtHttpServer would misread
    };

    RequestFraming(qint64 maxBodyBytes, qint64 maxHeaderBytes);

    // Feeds bytes in arrival order. Once a verdict is not Fine, later calls
    // return it again.
    Verdict feed(const QByteArray &bytes);
    // Between requests, before the first byte of the next one.
    bool idle() const { return m_state == State::Start; }
    // Inside a request's line and headers.
    bool inHeaders() const { return m_state == State::Headers; }
    // The path of the request being read, for a problem's `instance`.
    QByteArray target() const { return m_target; }

private:
    enum class State { Start, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Failed };
    Verdict headersComplete();
    Verdict fail(Verdict verdict);

    qint64 m_maxBody;
    qint64 m_maxHeader;
    State m_state = State::Start;
    Verdict m_verdict = Verdict::Fine;
    QByteArray m_line; // headers so far, or the current chunk-size/trailer line
    QByteArray m_target;
    qint64 m_remaining = 0; // body or chunk bytes still to come
    qint64 m_bodyBytes = 0; // chunked: the body so far
};

} // namespace pd::server
