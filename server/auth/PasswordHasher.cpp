#include "PasswordHasher.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pd::server {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(),
                                     kHashBytes, reinterpret_cast<unsigned char *>(out.data()));
    return ok == 1 ? out : QByteArray();
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray derived = derive(password.toUtf8(), salt, kIterations);
    if (derived.isEmpty())
        return {};
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    // A stored value may never lower the work factor below the policy.
    if (!ok || iterations < kIterations || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.size() < kSaltBytes || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = derive(password.toUtf8(), salt, iterations);
    return actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), kHashBytes) == 0;
}

} // namespace pd::server
