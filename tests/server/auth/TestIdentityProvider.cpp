#include "TestIdentityProvider.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

namespace pd::test {

TestIdentityProvider::TestIdentityProvider() = default;

QJsonObject TestIdentityProvider::idTokenClaims(const QString &clientId, const QString &subject,
                                                const QString &email, const QString &nonce) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), m_issuer},        {QStringLiteral("aud"), clientId},
                       {QStringLiteral("sub"), subject},         {QStringLiteral("email"), email},
                       {QStringLiteral("email_verified"), true}, {QStringLiteral("iat"), now - 10},
                       {QStringLiteral("exp"), now + 600}};
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    return claims;
}

QJsonObject TestIdentityProvider::withAudiences(QJsonObject claims, const QStringList &audiences,
                                                const QString &authorizedParty)
{
    claims.insert(QStringLiteral("aud"), QJsonArray::fromStringList(audiences));
    if (authorizedParty.isEmpty())
        claims.remove(QStringLiteral("azp"));
    else
        claims.insert(QStringLiteral("azp"), authorizedParty);
    return claims;
}

QString TestIdentityProvider::caCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("idp-cert.pem"));
}

bool TestIdentityProvider::start(QString *error)
{
    const QString keyPath = m_dir.filePath(QStringLiteral("idp-key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), caCertificatePath(),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: ") +
                 QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caCertificatePath());
    QFile keyFile(keyPath);
    if (certificates.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the identity provider's certificate");
        return false;
    }
    const QSslKey key(&keyFile, QSsl::Ec);
    m_server.sslSetup(certificates.constFirst(), key);

    m_server.route(
        QStringLiteral("/.well-known/openid-configuration"), [this]() -> QHttpServerResponse {
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("issuer"), m_issuer},
                {QStringLiteral("jwks_uri"), QString(m_issuer + QStringLiteral("/jwks"))},
                {QStringLiteral("id_token_signing_alg_values_supported"),
                 QJsonArray{QStringLiteral("RS256"), QStringLiteral("ES256")}}});
        });
    m_server.route(QStringLiteral("/jwks"), [this]() -> QHttpServerResponse {
        ++m_jwksRequests;
        if (!m_jwksAvailable)
            return QHttpServerResponse(QHttpServerResponder::StatusCode::ServiceUnavailable);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("keys"), m_keys}});
    });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        *error = QStringLiteral("the identity provider cannot listen");
        return false;
    }
    m_issuer = QStringLiteral("https://127.0.0.1:%1").arg(port);
    return true;
}

} // namespace pd::test
