#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>

namespace pd {

// A server document of a small resource (profile, cookies, policy...) as the
// DocumentCache last received it.
struct Document {
    QJsonDocument json;
    QDateTime syncedAt; // UTC, when the server sent it
    QByteArray etag;    // the response's ETag, empty when it had none
};

} // namespace pd
