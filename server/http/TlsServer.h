#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <atomic>
#include <functional>
#include <memory>

class QSslSocket;

namespace pd::server {

// Accepts TCP connections, runs each TLS handshake under a deadline and
// queues only encrypted sockets as pending connections.
//
// Why not QSslServer: in Qt 6.4 it counts sockets still in their handshake
// toward maxPendingConnections (30). Once that many are in flight it stops
// accepting, and it resumes only when a handshake completes or times out, not
// when a socket fails or its client vanishes. A burst of clients that leave
// mid-handshake therefore left the listener never accepting again, with a
// full listen queue and the process idle (issue 10, item 16). Here a socket
// in its handshake never counts as pending, so accepting never pauses; the
// handshakes and open connections have caps of their own instead.
//
// Each event loop of the server has one, all accepting from copies of one
// listening socket: a loop busy with a request does not accept, so the idle
// ones take the new connections. The caps count the whole process (the
// file descriptors are the process's), through one shared Load.
class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits {
        int handshakeTimeoutMs = 10000;
        int maxHandshakes = 512;  // in flight at once; more are refused
        int maxConnections = 800; // open at once (the default fd limit is 1024)
    };
    // What every loop's TlsServer counts toward the caps.
    struct Load {
        std::atomic<int> handshakes = 0;
        std::atomic<int> connections = 0;
    };
    // Called with each socket once it is encrypted, before it is queued.
    using Setup = std::function<void(QSslSocket *socket)>;

    // `load` null: this server counts alone.
    TlsServer(const QSslConfiguration &tls, Limits limits, Setup setup,
              std::shared_ptr<Load> load = {}, QObject *parent = nullptr);

    int handshakesInFlight() const { return m_load->handshakes; }
    int openConnections() const { return m_load->connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handshakeDone(QSslSocket *socket, QObject *handshake, bool encrypted);

    QSslConfiguration m_tls;
    Limits m_limits;
    Setup m_setup;
    std::shared_ptr<Load> m_load;
};

} // namespace pd::server
