#include "outbox/HttpRequestStatusSource.h"

#include "outbox/HttpReplyError.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace pd {

HttpRequestStatusSource::HttpRequestStatusSource(QNetworkAccessManager *network, QUrl origin,
                                                 QSslConfiguration ssl,
                                                 std::function<QString()> accessToken,
                                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_origin(std::move(origin))
    , m_ssl(std::move(ssl))
    , m_accessToken(std::move(accessToken))
{}

void HttpRequestStatusSource::fetch(const QString &requestId, Callback done)
{
    if (!m_network) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({false, {}, ApiError::network(QStringLiteral("no network"))});
            },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = m_origin;
    url.setPath(QStringLiteral("/api/v1/requests/") +
                QString::fromLatin1(QUrl::toPercentEncoding(requestId)));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(30000);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_accessToken().toUtf8());
    QNetworkReply *reply = m_network->get(request);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [reply, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        RequestStatusReply result;
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            result.request = QJsonDocument::fromJson(answer).object();
            result.ok = result.request.value(QStringLiteral("status")).isString();
            if (!result.ok)
                result.error = ApiError::malformed(QStringLiteral("request without status"));
        } else {
            result.error = HttpReplyError::from(*reply, answer, *sslErrors);
        }
        done(result);
    });
}

} // namespace pd
