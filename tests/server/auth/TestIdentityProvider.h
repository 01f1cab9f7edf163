#pragma once

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace pd::test {

// A minimal OpenID Provider inside the test process: HTTPS on 127.0.0.1 with
// a throw-away self-signed certificate (made with the openssl CLI), serving
// the discovery document and a JWKS the test controls.
class TestIdentityProvider
{
public:
    TestIdentityProvider();

    bool start(QString *error);
    QString issuer() const { return m_issuer; }
    // The certificate to pass to the server as --trust-ca.
    QString caCertificatePath() const;

    // The claims of an ID token this provider would issue to `clientId`:
    // iss, aud, sub, a verified email, iat/exp around now, and `nonce` (left
    // out when empty, as a provider does when the client sent none).
    QJsonObject idTokenClaims(const QString &clientId, const QString &subject, const QString &email,
                              const QString &nonce) const;
    // The same token for several audiences, with `azp` when not empty.
    static QJsonObject withAudiences(QJsonObject claims, const QStringList &audiences,
                                     const QString &authorizedParty);

    void setKeys(const QJsonArray &jwks) { m_keys = jwks; }
    // When false the JWKS endpoint answers 503, as during a provider outage.
    void setJwksAvailable(bool available) { m_jwksAvailable = available; }
    int jwksRequests() const { return m_jwksRequests; }

private:
    QTemporaryDir m_dir;
    QHttpServer m_server;
    QString m_issuer;
    QJsonArray m_keys;
    bool m_jwksAvailable = true;
    int m_jwksRequests = 0;
};

} // namespace pd::test
