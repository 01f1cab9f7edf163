#pragma once

#include "account/AccountResource.h"

#include <QString>

#include <optional>

namespace pd {

// What the server says of the account's security.
struct SecurityState {
    bool twoFactorEnabled = false;
    std::optional<QString> passwordChangedAt; // RFC 3339; nullopt: never changed
    qint64 activeSessions = 0;
};

// A new two-factor key, as the server made it at enrolment.
struct TwoFactorKey {
    QString secret;     // base32, for typing into an authenticator app
    QString otpauthUri; // for the QR code
};

// The account's security settings (GET /auth/security), and the requests
// that change them. Those are given to the dialogs that send them (they show
// progress, cancel, and may need a re-authentication first) rather than sent
// here; they need no instance, so a dialog needs no signed-in account.
class SecuritySettings : public AccountResource
{
    Q_OBJECT
public:
    explicit SecuritySettings(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    // The cached state; nullopt when the copy cannot be read.
    std::optional<SecurityState> state() const;
    static std::optional<SecurityState> parse(const QJsonObject &document);

    // Confirms it is the user, for the actions that need a recent sign-in.
    static ApiRequest reauthenticateWithPassword(const QString &password);
    static ApiRequest reauthenticateWithCode(const QString &totpCode);
    static ApiRequest changePassword(const QString &current, const QString &next);
    // Two-factor authentication: a new key, then a code from it turns it on.
    static ApiRequest enrolTwoFactor();
    static std::optional<TwoFactorKey> parseEnrolment(const QJsonDocument &answer);
    static ApiRequest confirmTwoFactor(const QString &code);
    static ApiRequest disableTwoFactor(const QString &code);
    // Whether `error` says the password or code given was wrong.
    static bool isWrongCredentials(const ApiError &error);

private:
    CachedDocument *m_document;
};

} // namespace pd
