#include "core/ApiOutboxTransport.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/RetryPolicy.h"
#include "outbox/OutboxItem.h"

#include <QJsonObject>

namespace pd {

ApiOutboxTransport::ApiOutboxTransport(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ApiOutboxTransport::send(const OutboxItem &item, Callback done)
{
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(OutboxSendResult::retryable(ApiError::network(QStringLiteral("no client"))));
            },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject body{{QStringLiteral("type"), item.type},
                           {QStringLiteral("payload"), item.payload}};
    ApiRequest request = ApiRequest::post(QStringLiteral("/requests"), QJsonDocument(body));
    request.withIdempotencyKey(item.idempotencyKey.toLatin1());
    ApiJob *job = m_client->send(std::move(request));
    connect(job, &ApiJob::finished, this,
            [done = std::move(done)](const ApiResult &result) { done(classify(result)); });
}

OutboxSendResult ApiOutboxTransport::classify(const ApiResult &result)
{
    if (result.ok()) {
        const QJsonObject created = result.json.object();
        if (result.httpStatus == 201 && created.value(QStringLiteral("id")).isString())
            return OutboxSendResult::accepted(created);
        // Created, but the answer was lost or garbled: asking again with the
        // same key replays it.
        return OutboxSendResult::retryable(
            ApiError::malformed(QStringLiteral("POST /requests without a request")));
    }
    const ApiError &error = *result.error;
    std::optional<std::chrono::milliseconds> retryAfter;
    if (const auto seconds = error.retryAfterSeconds())
        retryAfter = std::chrono::seconds(*seconds);
    // 401 after the client's own refresh: the session is being renewed or
    // ended; the item waits for the next session rather than failing. An
    // answer that did not parse (garbled on the way, cut short) may be the
    // server's "created": giving up would lose a request the server has,
    // while asking again with the same key replays it.
    if (RetryPolicy::isTransient(error) || error.httpStatus() == 401 ||
        error.kind() == ApiError::Kind::Cancelled || error.kind() == ApiError::Kind::Malformed)
        return OutboxSendResult::retryable(error, retryAfter);
    return OutboxSendResult::permanent(error);
}

} // namespace pd
