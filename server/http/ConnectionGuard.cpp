#include "ConnectionGuard.h"

#include <QTcpSocket>
#include <QTimer>

namespace pd::server {

namespace {
// After a refusal the client may still be sending its body: reading (and
// dropping) some of it lets the client see the answer rather than a reset.
constexpr qint64 kDrainBytes = 8 * 1024 * 1024;
constexpr int kDrainMs = 5000;
} // namespace

void ConnectionGuard::attach(QTcpSocket *socket, const Limits &limits, Refusal refusal)
{
    new ConnectionGuard(socket, limits, std::move(refusal));
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits, Refusal refusal)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_refusal(std::move(refusal))
    , m_framing(limits.maxBodyBytes, limits.maxHeaderBytes)
    , m_headerTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    m_headerTimer->setSingleShot(true);
    m_idleTimer->setSingleShot(true);
    connect(m_headerTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    connect(m_idleTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, m_idleTimer, qOverload<>(&QTimer::start));
    m_idleTimer->start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    m_idleTimer->start(m_limits.idleTimeoutMs);
    if (m_refused) {
        drain();
        return;
    }
    // QtHttpServer reads everything on each readyRead (inside a transaction),
    // so what is available now is exactly what arrived since the last call.
    const RequestFraming::Verdict verdict =
        m_framing.feed(m_socket->peek(m_socket->bytesAvailable()));
    switch (verdict) {
    case RequestFraming::Verdict::Fine:
        break;
    case RequestFraming::Verdict::BodyTooLarge:
        refuse(Problem::PayloadTooLarge);
        return;
    case RequestFraming::Verdict::HeadersTooLarge:
        refuse(Problem::BadRequest, QStringLiteral("The request line and headers are too large."));
        return;
    case RequestFraming::Verdict::Malformed:
        refuse(Problem::BadRequest, QStringLiteral("The request's body framing is malformed."));
        return;
    }
    if (m_framing.inHeaders()) {
        if (!m_headerTimer->isActive())
            m_headerTimer->start(m_limits.headerTimeoutMs);
    } else {
        m_headerTimer->stop();
    }
}

void ConnectionGuard::refuse(Problem problem, const QString &detail)
{
    m_refused = true;
    m_headerTimer->stop();
    // Take the unread bytes away from QtHttpServer (ending its transaction so
    // they are freed) and answer with "connection: close". Closing at once
    // would reset a client still sending its body before it reads the
    // answer, so the client closes, or the drain limits end it.
    drain();
    m_socket->write(m_refusal(problem, detail, m_framing.target()));
    QTimer::singleShot(kDrainMs, m_socket, &QTcpSocket::abort);
}

void ConnectionGuard::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_drained += m_socket->bytesAvailable();
    m_socket->skip(m_socket->bytesAvailable());
    if (m_drained > kDrainBytes)
        m_socket->abort();
}

} // namespace pd::server
