#include "Totp.h"

#include <QUrl>
#include <QUrlQuery>

#include <cstring>
#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace pd::server {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kDigits = 6;
} // namespace

QString Totp::base32Encode(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QByteArray Totp::base32Decode(const QString &text, bool *ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    *ok = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('=') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const char upper = c.toUpper().toLatin1();
        const char *found = std::strchr(kAlphabet, upper);
        if (!found || upper == 0)
            return {};
        buffer = (buffer << 5) | static_cast<quint32>(found - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    *ok = !out.isEmpty();
    return out;
}

QString Totp::generateSecret()
{
    QByteArray bytes(20, Qt::Uninitialized);
    // On failure the buffer holds whatever was there: never hand that out
    // as a secret.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()),
                   static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("no random bytes for a TOTP secret");
    return base32Encode(bytes);
}

namespace {

QString codeForStep(const QByteArray &key, qint64 step)
{
    unsigned char counter[8];
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<unsigned char>(step & 0xff);
        step >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha1(), key.constData(), static_cast<int>(key.size()), counter, sizeof counter, mac,
         &macLength);
    const int offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16) |
                           (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    return QStringLiteral("%1").arg(binary % 1000000, kDigits, 10, QLatin1Char('0'));
}

} // namespace

QString Totp::code(const QString &base32Secret, qint64 unixSeconds)
{
    bool ok = false;
    const QByteArray key = base32Decode(base32Secret, &ok);
    return ok ? codeForStep(key, step(unixSeconds)) : QString();
}

qint64 Totp::matchStep(const QString &base32Secret, const QString &code, qint64 unixSeconds,
                       int window)
{
    bool ok = false;
    const QByteArray key = base32Decode(base32Secret, &ok);
    const QString candidate = code.trimmed();
    if (!ok || candidate.size() != kDigits)
        return -1;
    const QByteArray given = candidate.toLatin1();
    const qint64 current = step(unixSeconds);
    for (qint64 s = current - window; s <= current + window; ++s) {
        const QByteArray expected = codeForStep(key, s).toLatin1();
        if (CRYPTO_memcmp(expected.constData(), given.constData(), kDigits) == 0)
            return s;
    }
    return -1;
}

QString Totp::otpauthUri(const QString &issuer, const QString &account, const QString &base32Secret)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32Secret);
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(kDigits));
    query.addQueryItem(QStringLiteral("period"), QString::number(kStepSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace pd::server
