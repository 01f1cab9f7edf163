#include "net/ReplyErrors.h"

#include "common/JsonGuard.h"
#include "net/TlsPolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>

#include <algorithm>

namespace pd {

ApiError ReplyErrors::transportError(QNetworkReply &reply, const QList<QSslError> &sslErrors)
{
    const QNetworkReply::NetworkError code = reply.error();
    if (!sslErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        ApiError error = ApiError::tls(reply.errorString());
        if (!sslErrors.isEmpty())
            error.setUserMessage(TlsPolicy::describe(sslErrors));
        return error;
    }
    if (code == QNetworkReply::TimeoutError)
        return ApiError::timeout(reply.errorString());
    if (code == QNetworkReply::InsecureRedirectError)
        return ApiError::tls(reply.errorString());
    ApiError error = ApiError::network(reply.errorString());
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt reads a reset (ECONNRESET) as the server closing the connection.
    if (status != 0 || code == QNetworkReply::RemoteHostClosedError)
        error.setUserMessage(
            tr("The connection to the server was lost before its answer was complete. "
               "Please try again."));
    return error;
}

ApiError ReplyErrors::httpError(QNetworkReply &reply, int status, const JsonGuard &body)
{
    ApiError error = ApiError::http(status, reply.errorString());
    const QByteArray contentType = reply.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (body.exceeded()) {
        error = ApiError::tooLarge(body.limits().maxBytes);
        error.setHttpStatus(status);
    } else if (contentType.startsWith("application/problem+json")) {
        ApiError ignored;
        if (const auto document = body.parse(&ignored)) {
            if (auto problem = ApiError::fromProblem(status, document->object()))
                error = *problem;
        }
    }
    const auto retryAfter =
        parseRetryAfter(reply.rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (retryAfter)
        error.setRetryAfterSeconds(retryAfter);
    return error;
}

std::optional<int> ReplyErrors::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        return int(qMin<qint64>(seconds, 1 << 30));
    }
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.secsTo(date), 0, 1 << 30));
}

} // namespace pd
