#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

// PBKDF2-HMAC-SHA256 (OpenSSL), 600,000 iterations, 16-byte random salt.
// Stored form: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
class PasswordHasher
{
public:
    static constexpr int kIterations = 600000;
    static QString hash(const QString &password);
    // Constant-time comparison; false for malformed stored values.
    static bool verify(const QString &password, const QString &stored);
};

} // namespace pd::server
