#pragma once

#include "common/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslError>

#include <optional>

class QNetworkReply;

namespace pd {

class JsonGuard;

// Turns what a finished QNetworkReply says into an ApiError.
class ReplyErrors
{
    Q_DECLARE_TR_FUNCTIONS(pd::ReplyErrors)
public:
    // No HTTP status (or a broken 2xx transfer): TLS, timeout or network.
    // A connection the server reached but that ended before the answer was
    // complete (a reset in the middle of a 2xx body) is a Network error,
    // retried like one, whose message says the connection was lost: neither
    // "cannot be reached" nor the success status it began with.
    static ApiError transportError(QNetworkReply &reply, const QList<QSslError> &sslErrors);
    // Status 400 and above: a problem+json of ours when the body is one,
    // a plain HTTP error otherwise; Retry-After is read either way.
    static ApiError httpError(QNetworkReply &reply, int status, const JsonGuard &body);
    // Retry-After: delta-seconds or an HTTP date (relative to `now`).
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace pd
