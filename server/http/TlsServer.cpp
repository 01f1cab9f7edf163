#include "TlsServer.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

namespace pd::server {

Q_LOGGING_CATEGORY(lcTls, "pd.server.tls", QtInfoMsg)

TlsServer::TlsServer(const QSslConfiguration &tls, Limits limits, Setup setup, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_limits(limits)
    , m_setup(std::move(setup))
{}

void TlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // A response leaves as a few TLS records; with Nagle's algorithm the
    // last small one waits for the client's delayed ACK (up to 40 ms) on a
    // kept-alive connection.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_connections >= m_limits.maxConnections || m_handshakes >= m_limits.maxHandshakes) {
        // Refusing one client is better than stalling all of them; the
        // counters fall as soon as others finish.
        qCInfo(lcTls) << "refusing a connection: too many open";
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections;
    ++m_handshakes;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });

    // Everything that only matters during the handshake hangs off this
    // object, so deleting it disconnects it all at once.
    auto *handshake = new QObject(socket);
    auto *deadline = new QTimer(handshake);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, handshake,
            [this, socket, handshake] { handshakeDone(socket, handshake, false); });
    connect(socket, &QSslSocket::encrypted, handshake,
            [this, socket, handshake] { handshakeDone(socket, handshake, true); });
    connect(socket, &QAbstractSocket::errorOccurred, handshake,
            [this, socket, handshake] { handshakeDone(socket, handshake, false); });
    connect(socket, &QAbstractSocket::disconnected, handshake,
            [this, socket, handshake] { handshakeDone(socket, handshake, false); });
    deadline->start(m_limits.handshakeTimeoutMs);

    socket->setSslConfiguration(m_tls);
    socket->startServerEncryption();
}

void TlsServer::handshakeDone(QSslSocket *socket, QObject *handshake, bool encrypted)
{
    --m_handshakes;
    // Not `delete`: this may run inside one of the handshake's own signals.
    disconnect(socket, nullptr, handshake, nullptr);
    for (QTimer *deadline : handshake->findChildren<QTimer *>())
        deadline->stop();
    handshake->deleteLater();
    if (!encrypted) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (m_setup)
        m_setup(socket);
    // QAbstractHttpServer takes it at once (pendingConnectionAvailable) and
    // reparents it to its connection handler.
    addPendingConnection(socket);
}

} // namespace pd::server
