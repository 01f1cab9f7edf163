#include "RequestFraming.h"

#include <QByteArrayList>

namespace pd::server {

namespace {
constexpr qint64 kMaxLine = 4096; // a chunk-size or trailer line
} // namespace

RequestFraming::RequestFraming(qint64 maxBodyBytes, qint64 maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{}

RequestFraming::Verdict RequestFraming::fail(Verdict verdict)
{
    m_state = State::Failed;
    m_verdict = verdict;
    m_line.clear();
    return verdict;
}

RequestFraming::Verdict RequestFraming::feed(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && m_state != State::Failed) {
        switch (m_state) {
        case State::Start:
            // Empty lines before a request are allowed (RFC 9112 2.2).
            if (bytes.at(i) == '\r' || bytes.at(i) == '\n') {
                ++i;
                break;
            }
            m_state = State::Headers;
            m_line.clear();
            m_target.clear();
            break;
        case State::Headers: {
            const qsizetype end = bytes.indexOf("\n", i);
            const qsizetype take = (end < 0 ? bytes.size() : end + 1) - i;
            m_line += bytes.mid(i, take);
            i += take;
            if (m_line.size() > m_maxHeader)
                return fail(Verdict::HeadersTooLarge);
            if (m_line.endsWith("\r\n\r\n") || m_line.endsWith("\n\n")) {
                if (headersComplete() != Verdict::Fine)
                    return m_verdict;
            }
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = State::Start;
            break;
        }
        case State::ChunkSize:
        case State::Trailers: {
            const qsizetype end = bytes.indexOf("\n", i);
            const qsizetype take = (end < 0 ? bytes.size() : end + 1) - i;
            m_line += bytes.mid(i, take);
            i += take;
            if (m_line.size() > kMaxLine)
                return fail(Verdict::Malformed);
            if (!m_line.endsWith('\n'))
                break;
            const QByteArray line = m_line.trimmed();
            m_line.clear();
            if (m_state == State::Trailers) {
                if (line.isEmpty())
                    m_state = State::Start;
                break;
            }
            const qsizetype extension = line.indexOf(';');
            const QByteArray size = (extension < 0 ? line : line.left(extension)).trimmed();
            bool ok = false;
            const qint64 chunk = size.toLongLong(&ok, 16);
            if (!ok || size.size() > 15 || chunk < 0)
                return fail(Verdict::Malformed);
            if (chunk == 0) {
                m_state = State::Trailers;
                break;
            }
            m_bodyBytes += chunk;
            if (m_bodyBytes > m_maxBody)
                return fail(Verdict::BodyTooLarge);
            m_remaining = chunk;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                m_state = State::ChunkEnd;
                m_remaining = 2; // CRLF after the data
            }
            break;
        }
        case State::ChunkEnd: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = State::ChunkSize;
            break;
        }
        case State::Failed:
            break;
        }
    }
    return m_verdict;
}

RequestFraming::Verdict RequestFraming::headersComplete()
{
    const QByteArrayList lines = m_line.split('\n');
    m_line.clear();
    const QByteArrayList requestLine = lines.value(0).trimmed().split(' ');
    m_target = requestLine.value(1);
    const qsizetype query = m_target.indexOf('?');
    if (query >= 0)
        m_target.truncate(query);
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            // Two different lengths are a request-smuggling classic.
            if (!ok || parsed < 0 || (length >= 0 && parsed != length))
                return fail(Verdict::Malformed);
            length = parsed;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().contains("chunked");
        }
    }
    if (chunked) {
        if (length >= 0)
            return fail(Verdict::Malformed);
        m_bodyBytes = 0;
        m_state = State::ChunkSize;
        return Verdict::Fine;
    }
    if (length > m_maxBody)
        return fail(Verdict::BodyTooLarge);
    m_remaining = qMax<qint64>(length, 0);
    m_state = m_remaining > 0 ? State::Body : State::Start;
    return Verdict::Fine;
}

} // namespace pd::server
