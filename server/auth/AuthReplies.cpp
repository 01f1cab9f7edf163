#include "AuthReplies.h"

#include <QRegularExpression>

namespace pd::server {

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

bool AuthReplies::isValidEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return email.size() <= 320 && shape.match(email).hasMatch();
}

} // namespace pd::server
