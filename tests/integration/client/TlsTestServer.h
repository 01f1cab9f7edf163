#pragma once

#include <QByteArray>
#include <QDateTime>
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

    // Completed TLS handshakes and HTTP requests actually received.
    int handshakes() const { return m_handshakes; }
    int requests() const { return m_requests; }

    QByteArray discoveryDocument() const;

private:
    void serve();

    QSslServer m_server;
    std::optional<QDateTime> m_date;
    int m_handshakes = 0;
    int m_requests = 0;
};

} // namespace pd::test
