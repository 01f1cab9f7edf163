#include "auth/SignInResult.h"

#include "common/JsonReader.h"

namespace pd {

std::optional<SignInResult> SignInResult::fromJson(const QJsonDocument &document,
                                                   bool allowChallenge, ApiError *error)
{
    JsonReader reader = JsonReader::fromDocument(document, QStringLiteral("sign_in"));
    QStringList statuses{QStringLiteral("authenticated")};
    if (allowChallenge)
        statuses.append(QStringLiteral("mfa_required"));
    SignInResult result;
    const QString status = reader.oneOf(u"status", statuses);
    if (status == QLatin1String("mfa_required")) {
        result.status = Status::MfaRequired;
        result.challengeId = reader.string(u"challenge_id");
        result.methods = reader.strings(u"methods");
        result.expiresIn = int(reader.integer(u"expires_in", 1));
    } else if (reader.ok()) {
        result.accessToken = reader.string(u"access_token");
        reader.oneOf(u"token_type", {QStringLiteral("Bearer")});
        result.expiresIn = int(reader.integer(u"expires_in", 1));
        result.refreshToken = reader.string(u"refresh_token");
        result.sessionId = reader.string(u"session_id");
        result.accountId = reader.optionalString(u"account_id").value_or(QString());
        if (reader.ok() && (result.accessToken.isEmpty() || result.refreshToken.isEmpty()))
            reader.fail(u"access_token", QStringLiteral("empty token"));
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.apiError();
        return std::nullopt;
    }
    return result;
}

} // namespace pd
