#pragma once

#include <QString>

namespace pd::server {

class Clock;
class Database;

// Writes the account's own security history (the app's Logs page): sign-ins,
// failed attempts, session and credential changes. These rows are the
// account holder's data, unlike the server's diagnostic output, which never
// names a person.
class SecurityLog
{
public:
    // Event names share the dotted vocabulary of the rest of the log
    // (docs/api/openapi.yaml LogEntry.event).
    static constexpr const char *kSessionCreated = "session.created";
    static constexpr const char *kSessionEnded = "session.ended";
    static constexpr const char *kSessionRevoked = "session.revoked";
    static constexpr const char *kPasswordFailed = "auth.password.failed";
    static constexpr const char *kTotpFailed = "auth.totp.failed";
    static constexpr const char *kPasswordChanged = "auth.password.changed";
    static constexpr const char *kTotpEnabled = "auth.totp.enabled";
    static constexpr const char *kTotpDisabled = "auth.totp.disabled";

    SecurityLog(const Database &db, const Clock &clock);

    void write(const QString &accountId, const char *event, const QString &detail,
               const QString &ipAddress) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace pd::server
