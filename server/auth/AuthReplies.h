#pragma once

#include "http/HttpResponse.h"
#include "http/JsonBody.h"

#include <QJsonObject>
#include <QStringList>

namespace pd::server {

// Answers and body checks shared by the auth routes.
class AuthReplies
{
public:
    // Every 401 carries a Bearer challenge (RFC 6750 §3).
    static HttpResponse unauthorized(Problem problem, const QString &detail = {});
    static HttpResponse throttled(int retryAfterSeconds);
    static bool isValidEmail(const QString &email);
};

} // namespace pd::server
