#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace pd::server {

// One public signing key from a JSON Web Key Set (RFC 7517/7518): RSA keys
// (n, e; at least 2048 bits) for RS256 and P-256 keys (x, y) for ES256.
class Jwk
{
public:
    enum class Algorithm { RS256, ES256 };

    // nullopt (and *error) for keys this verifier does not accept: other key
    // types or curves, encryption keys, malformed or weak parameters.
    static std::optional<Jwk> fromJson(const QJsonObject &json, QString *error = nullptr);

    QString keyId() const { return m_keyId; }
    Algorithm algorithm() const { return m_algorithm; }
    static QString algorithmName(Algorithm algorithm);

    // `signature` as carried by a JWS: PKCS#1 v1.5 for RS256, the 64-byte
    // r||s concatenation for ES256.
    bool verify(const QByteArray &signingInput, const QByteArray &signature) const;

private:
    Jwk() = default;
    QString m_keyId;
    Algorithm m_algorithm = Algorithm::RS256;
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace pd::server
