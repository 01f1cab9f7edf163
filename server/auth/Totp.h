#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

// RFC 6238 TOTP: HMAC-SHA1, 6 digits, 30-second steps; secrets are RFC 4648
// base32 without padding.
class Totp
{
public:
    static constexpr int kStepSeconds = 30;
    // 20 random bytes, base32. Throws std::runtime_error if the system has
    // no randomness to give.
    static QString generateSecret();
    static QString code(const QString &base32Secret, qint64 unixSeconds);
    static qint64 step(qint64 unixSeconds) { return unixSeconds / kStepSeconds; }
    // Returns the matching time step within ±window steps, or -1.
    static qint64 matchStep(const QString &base32Secret, const QString &code, qint64 unixSeconds,
                            int window = 1);
    static QString otpauthUri(const QString &issuer, const QString &account,
                              const QString &base32Secret);
    static QByteArray base32Decode(const QString &text, bool *ok);
    static QString base32Encode(const QByteArray &data);
};

} // namespace pd::server
