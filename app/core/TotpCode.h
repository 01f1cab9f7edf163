#pragma once

#include <QString>

#include <optional>

namespace pd {

// RFC 6238 codes (SHA-1, 6 digits, 30 s) from a base32 secret. Only the demo
// uses it, to show the demo account's current code as a hint; a real
// account's secret never reaches the app.
class TotpCode
{
public:
    static constexpr qint64 kStepSeconds = 30;

    // nullopt when `base32Secret` is not valid base32.
    static std::optional<QString> at(const QString &base32Secret, qint64 unixSeconds);
    static std::optional<QByteArray> decodeBase32(const QString &text);
};

} // namespace pd
