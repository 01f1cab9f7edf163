#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <openssl/evp.h>

namespace pd::test {

inline QByteArray fromBase64Url(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

// Whether `signature` is the Ed25519 signature of `message` by the key of
// `jwk` (a discovery `receipt_keys` entry): checked with OpenSSL as a third
// party would, not with the server's code.
inline bool verifiesReceipt(const QJsonObject &jwk, const QByteArray &message,
                            const QByteArray &signature)
{
    const QByteArray x = fromBase64Url(jwk.value(QStringLiteral("x")));
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x.constData()),
        size_t(x.size()));
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool good =
        key && context && EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return good;
}

} // namespace pd::test
