#pragma once

#include <QString>

#include <optional>

namespace pd::server {

// The demo accounts' passwords and TOTP secret. Random per data folder and
// kept there owner-only, so a restart on the same folder prints the same
// ones; never fixed, so no published password opens a demo server.
struct DemoCredentials {
    QString firstPassword;  // the account with two-factor on
    QString secondPassword; // the account with two-factor off
    QString totpSecret;

    static std::optional<DemoCredentials> loadOrCreate(const QString &dataDir, QString *error);
};

} // namespace pd::server
