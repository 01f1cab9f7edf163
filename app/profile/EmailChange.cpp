#include "profile/EmailChange.h"

#include <QJsonObject>

namespace pd {

ApiRequest EmailChange::loadProfile()
{
    return ApiRequest::get(QStringLiteral("/profile"));
}

ApiRequest EmailChange::start(const QString &newEmail, const QByteArray &etag)
{
    return ApiRequest::patch(QStringLiteral("/profile"),
                             QJsonDocument(QJsonObject{{QStringLiteral("email"), newEmail}}))
        .withHeader("If-Match", etag);
}

ApiRequest EmailChange::confirm(const QString &code)
{
    return ApiRequest::post(QStringLiteral("/profile/email-change/confirm"),
                            QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}));
}

ApiRequest EmailChange::resend()
{
    return ApiRequest::post(QStringLiteral("/profile/email-change/resend"),
                            QJsonDocument(QJsonObject{}));
}

ApiRequest EmailChange::cancel()
{
    return ApiRequest::deleteResource(QStringLiteral("/profile/email-change"));
}

std::optional<EmailChange::Pending> EmailChange::pendingFrom(const QJsonDocument &profile)
{
    const QJsonObject pending = profile.object().value(QStringLiteral("pending_email")).toObject();
    const QString email = pending.value(QStringLiteral("email")).toString();
    if (email.isEmpty())
        return std::nullopt;
    return Pending{email, pending.value(QStringLiteral("attempts_left")).toInt()};
}

QString EmailChange::emailFrom(const QJsonDocument &profile)
{
    return profile.object().value(QStringLiteral("email")).toString();
}

EmailChange::Outcome EmailChange::outcomeOf(const ApiResult &result)
{
    if (result.ok())
        return Outcome::Done;
    const ApiError &error = *result.error;
    if (error.isProblem(QLatin1String("reauthentication-required")))
        return Outcome::ReauthenticationNeeded;
    if (error.isProblem(QLatin1String("confirmation-code-invalid")))
        return Outcome::WrongCode;
    if (error.isProblem(QLatin1String("not-found")))
        return Outcome::NoPendingChange;
    if (error.isProblem(QLatin1String("conflict")))
        return Outcome::AddressTaken;
    if (error.isProblem(QLatin1String("precondition-failed")))
        return Outcome::ProfileChanged;
    return Outcome::Failed;
}

} // namespace pd
