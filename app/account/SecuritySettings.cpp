#include "account/SecuritySettings.h"

#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

SecuritySettings::SecuritySettings(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_document(makeDocument(QStringLiteral("auth/security"), QStringLiteral("/auth/security")))
{}

std::optional<SecurityState> SecuritySettings::state() const
{
    return parse(m_document->object());
}

std::optional<SecurityState> SecuritySettings::parse(const QJsonObject &document)
{
    JsonReader reader(document);
    SecurityState state;
    state.twoFactorEnabled = reader.boolean(u"two_factor_enabled");
    state.passwordChangedAt = reader.optionalString(u"password_changed_at");
    state.activeSessions = reader.integer(u"active_sessions", 0);
    if (!reader.ok())
        return std::nullopt;
    return state;
}

ApiRequest SecuritySettings::reauthenticateWithPassword(const QString &password)
{
    return ApiRequest::post(QStringLiteral("/auth/reauthenticate"),
                            QJsonDocument(QJsonObject{{QStringLiteral("password"), password}}));
}

ApiRequest SecuritySettings::reauthenticateWithCode(const QString &totpCode)
{
    return ApiRequest::post(QStringLiteral("/auth/reauthenticate"),
                            QJsonDocument(QJsonObject{{QStringLiteral("totp_code"), totpCode}}));
}

ApiRequest SecuritySettings::changePassword(const QString &current, const QString &next)
{
    return ApiRequest::post(QStringLiteral("/auth/password/change"),
                            QJsonDocument(QJsonObject{{QStringLiteral("current_password"), current},
                                                      {QStringLiteral("new_password"), next}}));
}

ApiRequest SecuritySettings::enrolTwoFactor()
{
    return ApiRequest::post(QStringLiteral("/auth/totp/enrol"), QJsonDocument(QJsonObject()));
}

std::optional<TwoFactorKey> SecuritySettings::parseEnrolment(const QJsonDocument &answer)
{
    JsonReader reader = JsonReader::fromDocument(answer);
    TwoFactorKey key{reader.string(u"secret"), reader.string(u"otpauth_uri")};
    if (!reader.ok())
        return std::nullopt;
    return key;
}

ApiRequest SecuritySettings::confirmTwoFactor(const QString &code)
{
    return ApiRequest::post(QStringLiteral("/auth/totp/confirm"),
                            QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}));
}

ApiRequest SecuritySettings::disableTwoFactor(const QString &code)
{
    return ApiRequest::post(QStringLiteral("/auth/totp/disable"),
                            QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}));
}

bool SecuritySettings::isWrongCredentials(const ApiError &error)
{
    return error.isProblem(QLatin1String("invalid-credentials"));
}

} // namespace pd
