#include "TestSigningKey.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace pd::test {

namespace {

QByteArray bignumParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *value = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &value) != 1)
        throw std::runtime_error("cannot read a key parameter");
    const int size = padTo > 0 ? padTo : BN_num_bytes(value);
    QByteArray bytes(size, Qt::Uninitialized);
    BN_bn2binpad(value, reinterpret_cast<unsigned char *>(bytes.data()), size);
    BN_free(value);
    return bytes;
}

QByteArray derToRaw(const QByteArray &der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *signature = d2i_ECDSA_SIG(nullptr, &in, long(der.size()));
    if (!signature)
        throw std::runtime_error("cannot parse an ECDSA signature");
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(signature), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(signature), reinterpret_cast<unsigned char *>(raw.data()) + 32,
                 32);
    ECDSA_SIG_free(signature);
    return raw;
}

} // namespace

TestSigningKey::TestSigningKey(Type type, QString keyId)
    : m_type(type)
    , m_keyId(std::move(keyId))
{
    EVP_PKEY *key = nullptr;
    if (type == Type::EcP256)
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    else
        key =
            EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(type == Type::Rsa2048 ? 2048 : 1024));
    if (!key)
        throw std::runtime_error("key generation failed");
    m_key.reset(key, EVP_PKEY_free);
}

QString TestSigningKey::algorithm() const
{
    return m_type == Type::EcP256 ? QStringLiteral("ES256") : QStringLiteral("RS256");
}

QByteArray TestSigningKey::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject TestSigningKey::publicJwk() const
{
    QJsonObject jwk{{QStringLiteral("kid"), m_keyId},
                    {QStringLiteral("use"), QStringLiteral("sig")},
                    {QStringLiteral("alg"), algorithm()}};
    if (m_type == Type::EcP256) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(
            QStringLiteral("x"),
            QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32))));
        jwk.insert(
            QStringLiteral("y"),
            QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32))));
    } else {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"),
                   QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"),
                   QString::fromLatin1(base64Url(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E))));
    }
    return jwk;
}

QByteArray TestSigningKey::signature(const QByteArray &signingInput) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray result;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestSign(context, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) == 1) {
        result.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(result.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size())) != 1)
            result.clear();
        result.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    if (result.isEmpty())
        throw std::runtime_error("signing failed");
    return m_type == Type::EcP256 ? derToRaw(result) : result;
}

QByteArray TestSigningKey::sign(const QJsonObject &claims, const QJsonObject &header) const
{
    QJsonObject fullHeader{{QStringLiteral("alg"), algorithm()},
                           {QStringLiteral("kid"), m_keyId},
                           {QStringLiteral("typ"), QStringLiteral("JWT")}};
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.value().isNull())
            fullHeader.remove(it.key());
        else
            fullHeader.insert(it.key(), it.value());
    }
    const QByteArray signingInput =
        base64Url(QJsonDocument(fullHeader).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(signature(signingInput));
}

} // namespace pd::test
