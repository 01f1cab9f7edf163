#include "outbox/HttpOutboxTransport.h"

#include "api/RetryPolicy.h"
#include "outbox/HttpReplyError.h"
#include "outbox/OutboxItem.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace pd {

namespace {

constexpr int kTransferTimeoutMs = 30000;

} // namespace

HttpOutboxTransport::HttpOutboxTransport(QNetworkAccessManager *network, QUrl origin,
                                         QSslConfiguration ssl,
                                         std::function<QString()> accessToken, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_origin(std::move(origin))
    , m_ssl(std::move(ssl))
    , m_accessToken(std::move(accessToken))
{}

void HttpOutboxTransport::send(const OutboxItem &item, Callback done)
{
    if (!m_network) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(OutboxSendResult::retryable(ApiError::network(QStringLiteral("no network"))));
            },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = m_origin;
    url.setPath(QStringLiteral("/api/v1/requests"));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Idempotency-Key", item.idempotencyKey.toLatin1());
    request.setRawHeader("Authorization", "Bearer " + m_accessToken().toUtf8());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("type"), item.type},
                                                      {QStringLiteral("payload"), item.payload}})
                                .toJson(QJsonDocument::Compact);

    QNetworkReply *reply = m_network->post(request, body);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [reply, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 201) {
            const QJsonObject created = QJsonDocument::fromJson(answer).object();
            if (created.value(QStringLiteral("id")).isString())
                return done(OutboxSendResult::accepted(created));
            // Created, but the answer was lost in transit: asking again with
            // the same key replays it.
            return done(OutboxSendResult::retryable(
                ApiError::malformed(QStringLiteral("201 without a request"))));
        }
        const ApiError error = HttpReplyError::from(*reply, answer, *sslErrors);
        std::optional<std::chrono::milliseconds> retryAfter;
        if (const auto seconds = error.retryAfterSeconds())
            retryAfter = std::chrono::seconds(*seconds);
        // 401: the access token expired; the next attempt asks for a fresh one.
        if (RetryPolicy::isTransient(error) || error.httpStatus() == 401)
            return done(OutboxSendResult::retryable(error, retryAfter));
        done(OutboxSendResult::permanent(error));
    });
}

} // namespace pd
