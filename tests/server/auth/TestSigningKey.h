#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace pd::test {

// A private key that signs JWTs the way an OpenID Provider does, and
// publishes its public half as a JWK.
class TestSigningKey
{
public:
    enum class Type { Rsa2048, Rsa1024, EcP256 };

    TestSigningKey(Type type, QString keyId);

    QString keyId() const { return m_keyId; }
    QString algorithm() const; // RS256 or ES256
    QJsonObject publicJwk() const;
    // Compact JWS of `claims`; `header` members override the default
    // {alg, kid, typ}.
    QByteArray sign(const QJsonObject &claims, const QJsonObject &header = {}) const;
    // The raw JWS signature over `signingInput`.
    QByteArray signature(const QByteArray &signingInput) const;

    static QByteArray base64Url(const QByteArray &data);

private:
    Type m_type;
    QString m_keyId;
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace pd::test
