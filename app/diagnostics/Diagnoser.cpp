#include "diagnostics/Diagnoser.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryClient.h"
#include "net/TlsPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QSslCipher>
#include <QSslSocket>

namespace pd {

Diagnoser::Diagnoser(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_socket && !m_report.reachable)
            m_report.connectionError = tr("No answer within %1 s.").arg(m_timeout.count() / 1000);
        finish();
    });
}

Diagnoser::~Diagnoser() = default;

DiagnosisReport::Certificate Diagnoser::describe(const QSslCertificate &certificate)
{
    return {
        certificate.subjectDisplayName(), certificate.issuerDisplayName(),
        certificate.effectiveDate().toUTC(), certificate.expiryDate().toUTC(),
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper())};
}

QString Diagnoser::protocolName(int protocol)
{
    switch (QSsl::SslProtocol(protocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return tr("other (%1)").arg(protocol);
    }
}

void Diagnoser::run(const QUrl &url, const QString &caFile, const QByteArray &pin)
{
    m_running = true;
    m_report = DiagnosisReport();
    m_report.url = url;
    m_profile = ServerProfile::forUrl(url);
    m_profile.caBundlePath = caFile;
    m_profile.pinSha256 = pin;
    m_report.pinConfigured = !pin.isEmpty();
    const TlsPolicy policy(m_profile);
    QString problem;
    m_report.urlAllowed = policy.allowsUrl(url, &problem);
    if (!m_report.urlAllowed) {
        m_report.urlProblem = problem;
        QMetaObject::invokeMethod(this, &Diagnoser::finish, Qt::QueuedConnection);
        return;
    }
    m_deadline.start(m_timeout);
    probeConnection();
}

void Diagnoser::probeConnection()
{
    QString error;
    const auto configuration = TlsPolicy(m_profile).configuration(&error);
    if (!configuration) {
        m_report.connectionError = error;
        QMetaObject::invokeMethod(this, &Diagnoser::finish, Qt::QueuedConnection);
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(*configuration);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_report.reachable = true;
        m_report.connectMilliseconds = m_clock.elapsed();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails after this.
        for (const QSslError &sslError : errors)
            m_report.verificationErrors.append(sslError.errorString());
        m_report.verificationErrors.removeDuplicates();
        for (const QSslCertificate &certificate : m_socket->peerCertificateChain())
            m_report.chain.append(describe(certificate));
    });
    connect(m_socket, &QSslSocket::encrypted, this, &Diagnoser::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Diagnoser::onSocketError);
    m_clock.start();
    const QUrl &url = m_report.url;
    m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void Diagnoser::onEncrypted()
{
    m_report.certificateVerified = true;
    m_report.tlsProtocol = protocolName(m_socket->sessionProtocol());
    m_report.tlsCipher = m_socket->sessionCipher().name();
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    m_report.chain.clear();
    for (const QSslCertificate &certificate : chain)
        m_report.chain.append(describe(certificate));
    m_report.pinMatched = TlsPolicy(m_profile).pinMatches(chain);
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    if (m_report.pinConfigured && !m_report.pinMatched) {
        finish();
        return;
    }
    fetchDiscovery();
}

void Diagnoser::onSocketError()
{
    if (!m_socket)
        return;
    if (!m_report.reachable)
        m_report.connectionError = m_socket->errorString();
    else if (m_report.verificationErrors.isEmpty())
        m_report.verificationErrors.append(m_socket->errorString());
    m_socket->disconnect(this);
    m_socket->deleteLater();
    finish();
}

void Diagnoser::fetchDiscovery()
{
    m_report.discoveryAttempted = true;
    m_client = new ApiClient(m_profile, this);
    RetryPolicy::Settings once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(RetryPolicy(once));
    ApiRequest request = ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                             .withRoot(ApiRequest::Root::Origin)
                             .withoutAuth()
                             .withTimeout(m_timeout);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_clock.restart();
    connect(
        m_client->send(request), &ApiJob::finished, this, [this, sentAt](const ApiResult &result) {
            m_report.roundTripMilliseconds = m_clock.elapsed();
            const QByteArray date = result.header("Date");
            if (!date.isEmpty()) {
                QDateTime serverTime = QLocale::c().toDateTime(
                    QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
                serverTime.setTimeSpec(Qt::UTC);
                if (serverTime.isValid()) {
                    const QDateTime midpoint = sentAt.addMSecs(m_report.roundTripMilliseconds / 2);
                    m_report.clockSkewSeconds = midpoint.secsTo(serverTime);
                }
            }
            ApiError error;
            std::optional<Discovery> discovery;
            if (result.ok())
                discovery = Discovery::fromJson(result.json, &error);
            else
                error = *result.error;
            if (discovery) {
                if (const auto problem = DiscoveryClient::check(m_profile, *discovery)) {
                    error = *problem;
                    discovery.reset();
                }
            }
            if (discovery) {
                m_report.discoveryOk = true;
                m_report.providerName = discovery->providerName;
                m_report.apiVersion = discovery->apiVersion;
                m_report.apiBaseUrl = discovery->apiBaseUrl;
            } else {
                m_report.discoveryError = error.userMessage();
                if (error.kind() == ApiError::Kind::Malformed)
                    m_report.discoveryError +=
                        QStringLiteral(" (") + error.developerDetail() + QLatin1Char(')');
            }
            finish();
        });
}

void Diagnoser::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    Q_EMIT finished(m_report);
}

} // namespace pd
