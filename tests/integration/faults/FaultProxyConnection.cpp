#include "FaultProxyConnection.h"

#include "FaultProxy.h"

#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>

namespace pd::test {

namespace {

constexpr QByteArrayView kHeadEnd("\r\n\r\n");

// The value of header `lowerName` in an HTTP head (empty when absent).
QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

int statusOf(const QByteArray &head)
{
    const QList<QByteArray> parts = head.left(head.indexOf('\r')).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

} // namespace

FaultProxyConnection::FaultProxyConnection(QSslSocket *client, FaultProxy *proxy)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
{
    client->setParent(this);
    connect(client, &QSslSocket::readyRead, this, &FaultProxyConnection::readClient);
    connect(client, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(client, &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_afterFlush && m_client->bytesToWrite() == 0 && m_client->encryptedBytesToWrite() == 0)
            std::exchange(m_afterFlush, {})();
    });
    readClient();
}

FaultProxyConnection::~FaultProxyConnection() = default;

void FaultProxyConnection::readClient()
{
    m_input += m_client->readAll();
    nextRequest();
}

void FaultProxyConnection::nextRequest()
{
    if (m_busy || m_closing)
        return;
    const qsizetype headEnd = m_input.indexOf(kHeadEnd);
    if (headEnd < 0)
        return;
    const QByteArray head = m_input.left(headEnd);
    if (headerValue(head, "transfer-encoding").toLower().contains("chunked"))
        return reset(); // the app's client always sends a length
    const qsizetype total =
        headEnd + kHeadEnd.size() + headerValue(head, "content-length").toLongLong();
    if (m_input.size() < total)
        return;
    m_request = m_input.left(total);
    m_input.remove(0, total);
    m_headRequest = m_request.startsWith("HEAD ");
    m_busy = true;
    m_decision = m_proxy->decide();
    switch (m_decision.fault) {
    case Fault::DropRequest:
        Q_EMIT m_proxy->injectedFault(Fault::DropRequest);
        return reset();
    case Fault::TooManyRequests:
        Q_EMIT m_proxy->injectedFault(Fault::TooManyRequests);
        m_client->write(synthetic(429, m_decision.retryAfterSeconds));
        return finishExchange(true);
    case Fault::ServerError:
        if (!m_decision.forwardFirst) {
            Q_EMIT m_proxy->injectedFault(Fault::ServerError);
            m_client->write(synthetic(m_decision.status, m_decision.retryAfterSeconds));
            return finishExchange(true);
        }
        break;
    default:
        break;
    }
    forward();
}

void FaultProxyConnection::forward()
{
    if (!m_upstream) {
        auto *upstream = new QSslSocket(this);
        upstream->setSslConfiguration(m_proxy->upstreamTls());
        connect(upstream, &QSslSocket::readyRead, this, &FaultProxyConnection::readUpstream);
        connect(upstream, &QSslSocket::disconnected, this, [this, upstream] {
            upstream->deleteLater();
            if (m_upstream == upstream)
                m_upstream = nullptr;
            // Gone before its answer was complete: the client loses it too.
            if (m_busy && !m_closing && m_awaitingAnswer)
                reset();
        });
        connect(upstream, &QSslSocket::errorOccurred, this, [this, upstream] {
            if (upstream->state() != QAbstractSocket::ConnectedState && m_busy &&
                m_awaitingAnswer && !m_closing)
                reset();
        });
        m_upstream = upstream;
        upstream->connectToHostEncrypted(m_proxy->upstream().host(),
                                         quint16(m_proxy->upstream().port()));
    }
    m_answer.clear();
    m_awaitingAnswer = true;
    m_upstream->write(m_request);
    m_proxy->countForwarded();
}

qsizetype FaultProxyConnection::completeAnswerLength() const
{
    const qsizetype headEnd = m_answer.indexOf(kHeadEnd);
    if (headEnd < 0)
        return -1;
    const QByteArray head = m_answer.left(headEnd);
    const qsizetype bodyStart = headEnd + kHeadEnd.size();
    const int status = statusOf(head);
    if (m_headRequest || status == 204 || status == 304 || (status >= 100 && status < 200))
        return bodyStart;
    const QByteArray length = headerValue(head, "content-length");
    if (!length.isEmpty()) {
        const qsizetype end = bodyStart + length.toLongLong();
        return m_answer.size() >= end ? end : -1;
    }
    if (!headerValue(head, "transfer-encoding").toLower().contains("chunked"))
        return -1; // read until the backend closes
    qsizetype position = bodyStart;
    for (;;) {
        const qsizetype lineEnd = m_answer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return -1;
        bool ok = false;
        const qsizetype size = m_answer.mid(position, lineEnd - position)
                                   .split(';')
                                   .constFirst()
                                   .trimmed()
                                   .toLongLong(&ok, 16);
        if (!ok)
            return -1;
        position = lineEnd + 2;
        if (size == 0) {
            if (m_answer.mid(position, 2) == "\r\n")
                return position + 2;
            const qsizetype trailersEnd = m_answer.indexOf(kHeadEnd, position);
            return trailersEnd < 0 ? -1 : trailersEnd + kHeadEnd.size();
        }
        position += size + 2;
        if (position > m_answer.size())
            return -1;
    }
}

void FaultProxyConnection::readUpstream()
{
    if (!m_upstream)
        return;
    m_answer += m_upstream->readAll();
    if (!m_awaitingAnswer)
        return;
    const qsizetype length = completeAnswerLength();
    if (length < 0)
        return;
    QByteArray answer = m_answer.left(length);
    m_answer.remove(0, length);
    m_awaitingAnswer = false;
    const QByteArray head = answer.left(answer.indexOf(kHeadEnd));
    if (headerValue(head, "connection").toLower() == "close" && m_upstream) {
        m_upstream->disconnectFromHost();
        m_upstream = nullptr;
    }
    deliver(std::move(answer));
}

void FaultProxyConnection::deliver(QByteArray answer)
{
    const QByteArray head = answer.left(answer.indexOf(kHeadEnd));
    const bool keepOpen = headerValue(head, "connection").toLower() != "close";
    switch (m_decision.fault) {
    case Fault::Delay:
        Q_EMIT m_proxy->injectedFault(Fault::Delay);
        QTimer::singleShot(m_decision.delayMs, this, [this, answer, keepOpen] {
            Q_EMIT m_proxy->released(Fault::Delay);
            m_client->write(answer);
            finishExchange(keepOpen);
        });
        return;
    case Fault::DropResponse:
        return writeThen(answer.left(cutAt(answer, false)), [this] {
            Q_EMIT m_proxy->injectedFault(Fault::DropResponse);
            reset();
        });
    case Fault::Truncate:
        return writeThen(answer.left(cutAt(answer, true)), [this] {
            Q_EMIT m_proxy->injectedFault(Fault::Truncate);
            closeGracefully();
        });
    case Fault::Corrupt:
        return writeThen(corrupt(answer, m_decision.corruptionPick), [this] {
            Q_EMIT m_proxy->injectedFault(Fault::Corrupt);
            closeGracefully();
        });
    case Fault::Stall: {
        const int cut = qMax(1, cutAt(answer, false));
        return writeThen(answer.left(cut), [this, rest = answer.mid(cut), keepOpen] {
            Q_EMIT m_proxy->injectedFault(Fault::Stall);
            QTimer::singleShot(m_decision.delayMs, this, [this, rest, keepOpen] {
                Q_EMIT m_proxy->released(Fault::Stall);
                m_client->write(rest);
                finishExchange(keepOpen);
            });
        });
    }
    case Fault::ServerError:
        // The backend took the request; its answer is lost behind a 5xx.
        Q_EMIT m_proxy->injectedFault(Fault::ServerError);
        m_client->write(synthetic(m_decision.status, m_decision.retryAfterSeconds));
        return finishExchange(true);
    default:
        m_client->write(answer);
        return finishExchange(keepOpen);
    }
}

void FaultProxyConnection::writeThen(const QByteArray &bytes, std::function<void()> next)
{
    m_afterFlush = std::move(next);
    if (!bytes.isEmpty())
        m_client->write(bytes);
    // Nothing to wait for (or already flushed): go on at the next turn.
    QTimer::singleShot(0, this, [this] {
        if (m_afterFlush && m_client->bytesToWrite() == 0 && m_client->encryptedBytesToWrite() == 0)
            std::exchange(m_afterFlush, {})();
    });
}

void FaultProxyConnection::finishExchange(bool keepOpen)
{
    m_busy = false;
    if (!keepOpen)
        return closeGracefully();
    nextRequest();
}

void FaultProxyConnection::reset()
{
    if (m_closing && !m_client->isOpen())
        return;
    m_closing = true;
    // SO_LINGER 0: the close sends a TCP reset, as a crashed peer or a
    // middlebox would, rather than an orderly end.
    const qintptr descriptor = m_client->socketDescriptor();
    if (descriptor >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_client->abort();
    deleteLater();
}

void FaultProxyConnection::closeGracefully()
{
    m_closing = true;
    m_client->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

QByteArray FaultProxyConnection::synthetic(int status, int retryAfterSeconds) const
{
    QByteArray body;
    QByteArray head;
    switch (status) {
    case 429:
    case 503:
        // As the backend itself would answer: problem+json with Retry-After.
        body = QByteArrayLiteral(R"({"type":"urn:privacy-dashboard:problem:)") +
               (status == 429 ? "rate-limited" : "unavailable") +
               QByteArrayLiteral(R"(","title":"Try again later","status":)") +
               QByteArray::number(status) + '}';
        head = "HTTP/1.1 " + QByteArray::number(status) +
               (status == 429 ? " Too Many Requests" : " Service Unavailable") +
               "\r\nContent-Type: application/problem+json\r\nRetry-After: " +
               QByteArray::number(retryAfterSeconds) + "\r\n";
        break;
    case 502:
        // As a reverse proxy in front of a dead backend would.
        body = QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
        head = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n";
        break;
    default:
        body = QByteArrayLiteral("Internal Server Error");
        head = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n";
        break;
    }
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray FaultProxyConnection::corrupt(QByteArray answer, quint32 pick)
{
    const qsizetype bodyStart = answer.indexOf(kHeadEnd) + kHeadEnd.size();
    // The JSON's structure: quotes and punctuation outside strings. Any of
    // them replaced by '#' leaves a document no parser accepts.
    QList<qsizetype> structural;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = bodyStart; i < answer.size(); ++i) {
        const char c = answer.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                structural << i;
            }
        } else if (c == '"') {
            inString = true;
            structural << i;
        } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',') {
            structural << i;
        }
    }
    if (structural.isEmpty() || pick % 4 == 0) {
        // The status line: "HTTP/1.1" becomes "HTTP#1.1".
        answer[4] = '#';
        return answer;
    }
    answer[structural.at(qsizetype((pick / 4) % quint32(structural.size())))] = '#';
    return answer;
}

int FaultProxyConnection::cutAt(const QByteArray &answer, bool withinBody) const
{
    const int bodyStart = int(answer.indexOf(kHeadEnd) + kHeadEnd.size());
    const int from = withinBody && bodyStart < answer.size() ? bodyStart : 0;
    const int span = int(answer.size()) - from;
    return from + int(qint64(span) * m_decision.cutPermille / 1000);
}

} // namespace pd::test
