#include "TlsTestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslKey>
#include <QSslSocket>

namespace pd::test {

TlsTestServer::TlsTestServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TlsTestServer::serve);
}

bool TlsTestServer::listen(const QString &certificatePath, const QString &keyPath, QString *error)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = keyFile.errorString();
        return false;
    }
    const QSslKey key(keyFile.readAll(), QSsl::Ec);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    if (key.isNull() || certificates.isEmpty()) {
        *error = QStringLiteral("unreadable key or certificate");
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.constFirst());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_alpn.isEmpty())
        configuration.setAllowedNextProtocols(m_alpn);
    m_server.setSslConfiguration(configuration);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QUrl TlsTestServer::origin() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray TlsTestServer::discoveryDocument() const
{
    const QJsonObject document{
        {QStringLiteral("provider_name"), QStringLiteral("TLS test")},
        {QStringLiteral("api_base_url"), QString(origin().toString() + QStringLiteral("/api/v1"))},
        {QStringLiteral("api_version"), QStringLiteral("1")},
        {QStringLiteral("privacy_policy_url"), QStringLiteral("https://example.com/policy")},
        {QStringLiteral("password_reset_url"), QStringLiteral("https://example.com/reset")},
        {QStringLiteral("support_email"), QStringLiteral("support@example.com")},
        {QStringLiteral("security_email"), QStringLiteral("security@example.com")},
        {QStringLiteral("oidc_issuers"), QJsonArray()},
        {QStringLiteral("request_types"), QJsonArray{QStringLiteral("export")}},
        {QStringLiteral("request_deadline_days"), QJsonObject{{QStringLiteral("export"), 3}}},
        {QStringLiteral("backup_retention_days"), 30},
        {QStringLiteral("deletion_grace_days"), 7},
        {QStringLiteral("storage_regions"), QJsonArray()},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

void TlsTestServer::serve()
{
    while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
        ++m_handshakes;
        m_negotiated.append(socket->sslConfiguration().nextNegotiatedProtocol());
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            ++m_closed;
            socket->deleteLater();
        });
        // A client that drops the connection right after the handshake (a pin
        // mismatch) can be gone before the socket is handed over, and then
        // `disconnected` has already been emitted.
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            m_bytesReceived += socket->readAll().size();
            ++m_closed;
            socket->deleteLater();
            continue;
        }
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            const QByteArray chunk = socket->readAll();
            m_bytesReceived += chunk.size();
            *buffer += chunk;
            if (!buffer->contains("\r\n\r\n"))
                return;
            ++m_requests;
            m_requestHeads.append(buffer->left(buffer->indexOf("\r\n\r\n")));
            if (m_dropRequests > 0) {
                --m_dropRequests;
                buffer->clear();
                socket->abort();
                return;
            }
            const QByteArray body = discoveryDocument();
            QByteArray response =
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
            if (m_date) {
                response += "Date: " +
                            QLocale::c()
                                .toString(m_date->toUTC(),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1() +
                            "\r\n";
            }
            socket->write(response + "\r\n" + body);
            socket->disconnectFromHost();
            buffer->clear();
        });
        if (socket->bytesAvailable() > 0)
            Q_EMIT socket->readyRead();
    }
}

} // namespace pd::test
