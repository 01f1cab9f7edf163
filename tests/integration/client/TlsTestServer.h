#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QUrl>

#include <optional>

namespace pd::test {

// A tiny HTTPS server on 127.0.0.1 presenting a given certificate and
// answering every request with a discovery document for its own origin.
class TlsTestServer : public QObject
{
    Q_OBJECT
public:
    explicit TlsTestServer(QObject *parent = nullptr);

    bool listen(const QString &certificatePath, const QString &keyPath, QString *error);
    QUrl origin() const;
    // Sent as the Date header when set (for clock-skew tests).
    void setDate(const QDateTime &date) { m_date = date; }
    // Protocols offered by ALPN (e.g. "h2", "http/1.1"); call before listen().
    void setAlpnProtocols(const QList<QByteArray> &protocols) { m_alpn = protocols; }

    // The next `count` requests are read and then their connection is
    // closed without an answer: a lost answer, for retry tests.
    void dropNextRequests(int count) { m_dropRequests = count; }
    // The request line and headers of every request received, in order.
    const QList<QByteArray> &requestHeads() const { return m_requestHeads; }

    // Completed TLS handshakes and HTTP requests actually received.
    int handshakes() const { return m_handshakes; }
    int requests() const { return m_requests; }
    // Connections the peer (or the server) has closed since.
    int closedConnections() const { return m_closed; }
    // Bytes read from all connections after their handshake: what the
    // client sent through TLS.
    qint64 bytesReceived() const { return m_bytesReceived; }
    // The ALPN protocol each handshake settled on (empty when none).
    const QList<QByteArray> &negotiatedProtocols() const { return m_negotiated; }

    QByteArray discoveryDocument() const;

private:
    void serve();

    QSslServer m_server;
    std::optional<QDateTime> m_date;
    QList<QByteArray> m_alpn;
    QList<QByteArray> m_negotiated;
    QList<QByteArray> m_requestHeads;
    int m_dropRequests = 0;
    int m_handshakes = 0;
    int m_requests = 0;
    int m_closed = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace pd::test
