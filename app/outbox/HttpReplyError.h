#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QSslError>

class QNetworkReply;

namespace pd {

// The ApiError of a finished reply that did not succeed, for the small HTTP
// adapters of the outbox and the sync (which predate the shared ApiClient).
class HttpReplyError
{
public:
    static ApiError from(QNetworkReply &reply, const QByteArray &body,
                         const QList<QSslError> &sslErrors);
};

} // namespace pd
