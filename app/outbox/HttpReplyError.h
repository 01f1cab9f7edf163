#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QSslError>

class QNetworkReply;

namespace pd {

// The ApiError of a finished reply that did not succeed, for the sync's page
// source, which runs on its own thread with its own network manager and so
// cannot use the UI thread's ApiClient.
class HttpReplyError
{
public:
    static ApiError from(QNetworkReply &reply, const QByteArray &body,
                         const QList<QSslError> &sslErrors);
};

} // namespace pd
