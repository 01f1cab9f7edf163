#include "core/ApiRequestStatusSource.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"

namespace pd {

ApiRequestStatusSource::ApiRequestStatusSource(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ApiRequestStatusSource::fetch(const QString &requestId, Callback done)
{
    // ApiClient sets the path in decoded form: it encodes everything but a
    // slash, which an opaque id must not use to reach another route.
    const bool usableId = !requestId.isEmpty() && !requestId.contains(QLatin1Char('/'));
    if (!m_client || !usableId) {
        const ApiError error = usableId
                                   ? ApiError::network(QStringLiteral("no client"))
                                   : ApiError::malformed(QStringLiteral("unusable request id"));
        QMetaObject::invokeMethod(
            this,
            [done, error] {
                done({false, {}, error});
            },
            Qt::QueuedConnection);
        return;
    }
    ApiJob *job = m_client->send(ApiRequest::get(
        QStringLiteral("/requests/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId))));
    connect(job, &ApiJob::finished, this, [done = std::move(done)](const ApiResult &result) {
        RequestStatusReply reply;
        if (result.ok()) {
            reply.request = result.json.object();
            reply.ok = reply.request.value(QStringLiteral("status")).isString();
            if (!reply.ok)
                reply.error = ApiError::malformed(QStringLiteral("request without status"));
        } else {
            reply.error = *result.error;
        }
        done(reply);
    });
}

} // namespace pd
