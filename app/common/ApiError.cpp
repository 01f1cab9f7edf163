#include "common/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd {

namespace {
const QLatin1String kProblemPrefix("urn:privacy-dashboard:problem:");
} // namespace

ApiError::ApiError(Kind kind, QString developerDetail)
    : m_kind(kind)
    , m_detail(std::move(developerDetail))
{}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    return {Kind::TooLarge, QStringLiteral("response larger than %1 bytes").arg(limitBytes)};
}

ApiError ApiError::http(int status, const QString &detail)
{
    ApiError error(Kind::Http, detail);
    error.m_httpStatus = status;
    return error;
}

ApiError ApiError::problem(int status, const QString &slug, const QString &detail)
{
    ApiError error(Kind::Problem, detail);
    error.m_httpStatus = status;
    error.m_slug = slug;
    return error;
}

std::optional<ApiError> ApiError::fromProblem(int status, const QJsonObject &body)
{
    const QJsonValue type = body.value(QLatin1String("type"));
    if (!type.isString() || !type.toString().startsWith(kProblemPrefix))
        return std::nullopt;
    const QString slug = type.toString().mid(kProblemPrefix.size());
    if (slug.isEmpty())
        return std::nullopt;
    ApiError error(Kind::Problem, body.value(QLatin1String("detail")).toString());
    if (error.m_detail.isEmpty())
        error.m_detail = body.value(QLatin1String("title")).toString();
    error.m_slug = slug;
    error.m_httpStatus = status;
    const QJsonValue retryAfter = body.value(QLatin1String("retry_after"));
    if (retryAfter.isDouble() && retryAfter.toDouble() >= 0 && retryAfter.toDouble() < 1e9)
        error.m_retryAfter = int(retryAfter.toDouble());
    for (const QJsonValue &item : body.value(QLatin1String("errors")).toArray()) {
        const QJsonObject fieldError = item.toObject();
        error.m_fieldErrors.append({fieldError.value(QLatin1String("field")).toString(),
                                    fieldError.value(QLatin1String("message")).toString()});
    }
    return error;
}

QString ApiError::messageForSlug(const QString &slug)
{
    struct Entry {
        const char *slug;
        const char *message;
    };
    static const Entry entries[] = {
        {"bad-request", QT_TR_NOOP("The server could not understand the request.")},
        {"validation-failed", QT_TR_NOOP("Some of the entered information is not valid.")},
        {"unauthenticated", QT_TR_NOOP("Your session has ended. Please sign in again.")},
        {"invalid-credentials", QT_TR_NOOP("The email address, password or code is not correct.")},
        {"mfa-challenge-invalid",
         QT_TR_NOOP("The two-factor sign-in has expired. Please start again.")},
        {"refresh-token-invalid", QT_TR_NOOP("Your session has ended. Please sign in again.")},
        {"refresh-token-reused",
         QT_TR_NOOP("Your session was ended for your protection because it was used from "
                    "elsewhere. Please sign in again.")},
        {"oidc-token-invalid",
         QT_TR_NOOP("The sign-in with your identity provider failed or was already used. "
                    "Start it again.")},
        {"identity-not-linked",
         QT_TR_NOOP("This sign-in is not linked to an account yet. Sign in with your email and "
                    "password, then link it on the Security page under \"Sign-in with Google "
                    "or your organization\".")},
        {"reauthentication-required",
         QT_TR_NOOP("Please confirm your password or code again to continue.")},
        {"forbidden", QT_TR_NOOP("You are not allowed to do this.")},
        {"not-found", QT_TR_NOOP("This item does not exist or is no longer available.")},
        {"method-not-allowed", QT_TR_NOOP("The server does not support this action.")},
        {"conflict", QT_TR_NOOP("This cannot be done in the item's current state.")},
        {"idempotency-key-reused",
         QT_TR_NOOP("This request was already sent with different content.")},
        {"idempotency-key-missing", QT_TR_NOOP("The request could not be sent safely.")},
        {"precondition-failed",
         QT_TR_NOOP("The data changed on the server in the meantime. Please reload and try "
                    "again.")},
        {"precondition-required",
         QT_TR_NOOP("The data must be reloaded before it can be changed.")},
        {"payload-too-large", QT_TR_NOOP("The request is too large.")},
        {"range-not-satisfiable", QT_TR_NOOP("The download could not be resumed.")},
        {"rate-limited", QT_TR_NOOP("Too many requests. Please wait a moment and try again.")},
        {"too-many-sign-in-attempts",
         QT_TR_NOOP("Too many sign-in attempts. Please wait before trying again.")},
        {"internal-error", QT_TR_NOOP("The server ran into a problem. Please try again later.")},
        {"unavailable",
         QT_TR_NOOP("The service is temporarily unavailable. Please try again later.")},
    };
    for (const Entry &entry : entries) {
        if (slug == QLatin1String(entry.slug))
            return tr(entry.message);
    }
    return {};
}

QString ApiError::userMessage() const
{
    if (!m_userMessage.isEmpty())
        return m_userMessage;
    switch (m_kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check your internet connection.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Please try again.");
    case Kind::Tls:
        return tr("A secure connection to the server could not be established.");
    case Kind::Http:
        return tr("The server answered with an unexpected error (HTTP %1).").arg(m_httpStatus);
    case Kind::Problem: {
        const QString message = messageForSlug(m_slug);
        return message.isEmpty() ? tr("The server reported an error (HTTP %1).").arg(m_httpStatus)
                                 : message;
    }
    case Kind::Malformed:
        return tr("The server sent an answer this app does not understand.");
    case Kind::TooLarge:
        return tr("The server's answer is too large.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Problem:
        return QStringLiteral("problem");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::logSummary() const
{
    QString summary = kindName(m_kind);
    if (m_httpStatus)
        summary += QStringLiteral(" status=") + QString::number(m_httpStatus);
    if (!m_slug.isEmpty())
        summary += QStringLiteral(" slug=") + m_slug;
    if (!m_requestId.isEmpty())
        summary += QStringLiteral(" request-id=") + m_requestId;
    return summary;
}

} // namespace pd
