#include "outbox/HttpReplyError.h"

#include "api/JsonGuard.h"
#include "api/ReplyErrors.h"

#include <QNetworkReply>

namespace pd {

ApiError HttpReplyError::from(QNetworkReply &reply, const QByteArray &body,
                              const QList<QSslError> &sslErrors)
{
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return ReplyErrors::transportError(reply, sslErrors);
    JsonGuard guard;
    guard.append(body);
    return ReplyErrors::httpError(reply, status.toInt(), guard);
}

} // namespace pd
