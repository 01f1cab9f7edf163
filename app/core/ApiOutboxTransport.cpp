#include "core/ApiOutboxTransport.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/RetryPolicy.h"
#include "outbox/OutboxItem.h"

#include <QJsonObject>
#include <QUrl>

namespace pd {

namespace {

QString requestPath(const QString &requestId)
{
    // Escaped: a server's id is one path segment, whatever it holds.
    return QStringLiteral("/requests/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId));
}

} // namespace

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
    if (item.isCancellation()) {
        sendCancellation(item, std::move(done));
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

void ApiOutboxTransport::sendCancellation(const OutboxItem &item, Callback done)
{
    const QString requestId = item.payload.value(QStringLiteral("request_id")).toString();
    if (requestId.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(OutboxSendResult::permanent(
                    ApiError::malformed(QStringLiteral("a cancellation without a request"))));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString reason = item.payload.value(QStringLiteral("reason")).toString();
    ApiRequest request =
        ApiRequest::post(requestPath(requestId) + QStringLiteral("/cancel"),
                         QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}));
    if (reason.isEmpty())
        request.body.reset(); // without a reason the body is empty, as for older servers
    request.withIdempotencyKey(item.idempotencyKey.toLatin1());
    ApiJob *job = m_client->send(std::move(request));
    connect(job, &ApiJob::finished, this,
            [this, requestId, done = std::move(done)](const ApiResult &result) mutable {
                if (result.ok() || result.error->httpStatus() != 409) {
                    done(classifyCancellation(result));
                    return;
                }
                // The server does not replay a cancellation: a 409 may answer
                // a second attempt whose first was carried out but whose
                // answer was lost. The request's own status tells.
                const ApiResult refused = result;
                ApiJob *check =
                    m_client ? m_client->send(ApiRequest::get(requestPath(requestId))) : nullptr;
                if (!check) {
                    done(classifyCancellation(refused));
                    return;
                }
                connect(check, &ApiJob::finished, this,
                        [refused, done = std::move(done)](const ApiResult &current) {
                            if (!current.ok() && RetryPolicy::isTransient(*current.error)) {
                                done(classifyError(*current.error));
                                return;
                            }
                            const bool cancelled =
                                current.ok() &&
                                current.json.object().value(QStringLiteral("status")).toString() ==
                                    QLatin1String("cancelled");
                            done(classifyCancellation(cancelled ? current : refused));
                        });
            });
}

OutboxSendResult ApiOutboxTransport::classifyCancellation(const ApiResult &result)
{
    if (result.ok()) {
        const QJsonObject cancelled = result.json.object();
        if (cancelled.value(QStringLiteral("id")).isString())
            return OutboxSendResult::accepted(cancelled);
        return OutboxSendResult::retryable(
            ApiError::malformed(QStringLiteral("a cancellation answered without the request")));
    }
    return classifyError(*result.error);
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
    return classifyError(*result.error);
}

OutboxSendResult ApiOutboxTransport::classifyError(const ApiError &error)
{
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
