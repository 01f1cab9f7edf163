#include "TlsServer.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

namespace pd::server {

Q_LOGGING_CATEGORY(lcTls, "pd.server.tls", QtInfoMsg)

TlsServer::TlsServer(const QSslConfiguration &tls, Limits limits, Setup setup,
                     std::shared_ptr<Load> load, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_limits(limits)
    , m_setup(std::move(setup))
    , m_load(load ? std::move(load) : std::make_shared<Load>())
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
    // Counted first and taken back when over a cap, so that two loops
    // accepting at once cannot both take the last place.
    const int connections = ++m_load->connections;
    const int handshakes = ++m_load->handshakes;
    if (connections > m_limits.maxConnections || handshakes > m_limits.maxHandshakes) {
        --m_load->connections;
        --m_load->handshakes;
        // Refusing one client is better than stalling all of them; the
        // counters fall as soon as others finish.
        qCInfo(lcTls) << "refusing a connection: too many open";
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Not `this`: the count outlives this server when its socket is deleted
    // after it.
    connect(socket, &QObject::destroyed, [load = m_load] { --load->connections; });

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
    --m_load->handshakes;
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
