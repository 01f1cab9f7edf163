#include "SecretBox.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

namespace pd::server {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray derive(const QByteArray &secret, const QByteArray &purpose, const QByteArray &use)
{
    QByteArray label = purpose;
    label.append('/').append(use);
    return QMessageAuthenticationCode::hash(label, secret, QCryptographicHash::Sha256);
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

SecretBox::SecretBox(const QByteArray &serverSecret, const QByteArray &purpose)
    : m_encryptionKey(derive(serverSecret, purpose, "encrypt"))
    , m_macKey(derive(serverSecret, purpose, "mac"))
{}

QByteArray SecretBox::seal(const QByteArray &plain) const
{
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), kNonceBytes) != 1)
        throw std::runtime_error("no random bytes for a nonce");
    QByteArray cipher(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    const CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    if (!context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_encryptionKey),
                           bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), bytes(cipher), &length, bytes(plain), int(plain.size())) !=
            1 ||
        EVP_EncryptFinal_ex(context.get(), bytes(cipher) + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        throw std::runtime_error("AES-GCM encryption failed");
    QByteArray sealed = nonce;
    sealed.append(cipher).append(tag);
    return sealed.toBase64();
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed) const
{
    QByteArray data = QByteArray::fromBase64(sealed);
    if (data.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = data.left(kNonceBytes);
    QByteArray tag = data.right(kTagBytes);
    const QByteArray cipher = data.mid(kNonceBytes, data.size() - kNonceBytes - kTagBytes);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    const CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    if (!context ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_encryptionKey),
                           bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), bytes(plain), &length, bytes(cipher),
                          int(cipher.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plain) + length, &finalLength) != 1)
        return std::nullopt;
    return plain;
}

QByteArray SecretBox::mac(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, m_macKey, QCryptographicHash::Sha256).toHex();
}

} // namespace pd::server
