#include "AuthReplies.h"

#include <QRegularExpression>

namespace pd {

HttpResponse AuthReplies::unauthorized(Problem problem, const QString &detail)
{
    HttpResponse response = HttpResponse::problem(problem, detail);
    response.setHeader("www-authenticate", "Bearer");
    return response;
}

HttpResponse AuthReplies::throttled(int retryAfterSeconds)
{
    return HttpResponse::retryLater(
        Problem::TooManySignInAttempts, retryAfterSeconds,
        QStringLiteral("Too many failed attempts. Wait before trying again."));
}

QString AuthReplies::totpCode(FieldReader &reader, const QString &name)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    const QString code = reader.requiredString(name, 6);
    if (!code.isEmpty() && !sixDigits.match(code).hasMatch()) {
        reader.fail(name, QStringLiteral("%1 must be six digits").arg(name));
        return {};
    }
    return code;
}

bool AuthReplies::isValidEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return email.size() <= 320 && shape.match(email).hasMatch();
}

} // namespace pd
