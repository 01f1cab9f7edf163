#include "net/TlsPolicy.h"

#include "net/CaBundle.h"
#include "net/NetLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslKey>

namespace pd {

TlsPolicy::TlsPolicy(ServerProfile profile)
    : m_profile(std::move(profile))
{}

std::optional<QSslConfiguration> TlsPolicy::configuration(QString *error) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_profile.caBundlePath.isEmpty()) {
        const std::optional<QList<QSslCertificate>> custom = CaBundle::load(m_profile, error);
        if (!custom)
            return std::nullopt;
        // Setting the list switches off on-demand loading of the system
        // roots, so the system roots are added explicitly.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + *custom);
    }
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

bool TlsPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool TlsPolicy::allowsUrl(const QUrl &url, QString *error) const
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        if (error)
            *error = tr("The server address is not a valid URL.");
        return false;
    }
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (m_profile.developerMode && isLoopbackHost(url.host()))
            return true;
        if (error)
            *error = tr("Unencrypted http:// connections are refused. Use https://, or "
                        "developer mode with a server on this computer.");
        return false;
    }
    if (error)
        *error = tr("Only https:// server addresses are supported.");
    return false;
}

QByteArray TlsPolicy::publicKeyPin(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is the SubjectPublicKeyInfo structure.
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

bool TlsPolicy::pinMatches(const QList<QSslCertificate> &chain) const
{
    if (m_profile.pinSha256.isEmpty())
        return true;
    for (const QSslCertificate &certificate : chain) {
        if (publicKeyPin(certificate) == m_profile.pinSha256)
            return true;
    }
    return false;
}

void TlsPolicy::attachPinCheck(QNetworkReply *reply,
                               std::function<void(const QString &)> onMismatch) const
{
    if (m_profile.pinSha256.isEmpty())
        return;
    // Direct connection: runs inside the handshake completion, before the
    // request is written to the socket.
    QObject::connect(reply, &QNetworkReply::encrypted, reply,
                     [policy = *this, reply, onMismatch = std::move(onMismatch)] {
                         if (policy.pinMatches(reply->sslConfiguration().peerCertificateChain()))
                             return;
                         qCWarning(lcNet) << "public key pin mismatch; connection aborted";
                         onMismatch(pinMismatchMessage());
                         reply->abort();
                     });
}

void TlsPolicy::configureManager(QNetworkAccessManager &manager)
{
    manager.setStrictTransportSecurityEnabled(true);
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QString TlsPolicy::pinMismatchMessage()
{
    return tr("The server's certificate key does not match the key pinned for this server. "
              "The connection was stopped.");
}

QString TlsPolicy::describe(const QList<QSslError> &errors)
{
    QStringList lines;
    for (const QSslError &error : errors)
        lines.append(error.errorString());
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
