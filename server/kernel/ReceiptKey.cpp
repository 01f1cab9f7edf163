#include "ReceiptKey.h"

#include "SecretBox.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <stdexcept>

namespace pd::server {

namespace {

const QString kSettingName = QStringLiteral("receipt_signing_key");
constexpr QByteArrayView kSealPurpose = "receipt-signing-key";
constexpr size_t kKeyBytes = 32;
constexpr size_t kSignatureBytes = 64;

using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray rawPrivateKey(EVP_PKEY *key)
{
    QByteArray raw(kKeyBytes, Qt::Uninitialized);
    size_t length = kKeyBytes;
    if (EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length) !=
            1 ||
        length != kKeyBytes)
        throw std::runtime_error("cannot read the receipt key");
    return raw;
}

EVP_PKEY *fromRawPrivateKey(const QByteArray &raw)
{
    if (raw.size() != qsizetype(kKeyBytes))
        return nullptr;
    return EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                        reinterpret_cast<const unsigned char *>(raw.constData()),
                                        kKeyBytes);
}

} // namespace

ReceiptKey::ReceiptKey(EVP_PKEY *key)
    : m_key(key)
    , m_publicKey(kKeyBytes, Qt::Uninitialized)
{
    size_t length = kKeyBytes;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(m_publicKey.data()),
                                    &length) != 1 ||
        length != kKeyBytes) {
        EVP_PKEY_free(key);
        throw std::runtime_error("cannot read the receipt key's public half");
    }
    // RFC 7638: the hash of the required members, in this order, no spaces.
    const QByteArray thumbprintInput =
        "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + base64Url(m_publicKey).toLatin1() + "\"}";
    m_kid = base64Url(QCryptographicHash::hash(thumbprintInput, QCryptographicHash::Sha256));
}

ReceiptKey::~ReceiptKey()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<ReceiptKey> ReceiptKey::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        throw std::runtime_error("cannot generate an Ed25519 key");
    return std::unique_ptr<ReceiptKey>(new ReceiptKey(key));
}

std::unique_ptr<ReceiptKey> ReceiptKey::loadOrCreate(const Database &db, const QByteArray &secret,
                                                     QString *error)
{
    const SecretBox box(secret, kSealPurpose.toByteArray());
    const QString select = QStringLiteral("SELECT value FROM server_settings WHERE name = ?");
    QSqlQuery stored = db.run(select, {kSettingName});
    if (!stored.next()) {
        const std::unique_ptr<ReceiptKey> fresh = generate();
        // Processes starting together each offer a key; the first stored wins.
        db.run(QStringLiteral("INSERT INTO server_settings (name, value) VALUES (?, ?)"
                              " ON CONFLICT (name) DO NOTHING"),
               {kSettingName, QString::fromLatin1(box.seal(rawPrivateKey(fresh->m_key)))});
        stored = db.run(select, {kSettingName});
        stored.next();
    }
    const std::optional<QByteArray> raw =
        stored.isValid() ? box.open(stored.value(0).toString().toLatin1()) : std::nullopt;
    EVP_PKEY *key = raw ? fromRawPrivateKey(*raw) : nullptr;
    if (!key) {
        *error = QStringLiteral("the receipt signing key in the database cannot be opened with "
                                "this server's secret");
        return nullptr;
    }
    return std::unique_ptr<ReceiptKey>(new ReceiptKey(key));
}

QJsonObject ReceiptKey::publicJwk() const
{
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                       {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                       {QStringLiteral("x"), base64Url(m_publicKey)},
                       {QStringLiteral("kid"), m_kid},
                       {QStringLiteral("use"), QStringLiteral("sig")},
                       {QStringLiteral("alg"), QStringLiteral("EdDSA")}};
}

QByteArray ReceiptKey::sign(const QByteArray &message) const
{
    const MdContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    size_t length = kSignatureBytes;
    // Ed25519 hashes the message itself: no digest is named.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        length != kSignatureBytes)
        throw std::runtime_error("Ed25519 signing failed");
    return signature;
}

} // namespace pd::server
