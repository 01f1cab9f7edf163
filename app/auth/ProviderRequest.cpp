#include "auth/ProviderRequest.h"

#include "api/ApiClient.h"
#include "api/ReplyErrors.h"
#include "auth/AuthLog.h"
#include "net/SecureRequest.h"
#include "net/TimerSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pd {

ProviderRequest::ProviderRequest(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timeout(client->timers().createTimer())
{}

ProviderRequest::~ProviderRequest()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ProviderRequest *ProviderRequest::get(ApiClient *client, const QUrl &url, QObject *parent)
{
    auto *request = new ProviderRequest(client, parent);
    request->start(url, nullptr);
    return request;
}

ProviderRequest *ProviderRequest::postForm(ApiClient *client, const QUrl &url,
                                           const QUrlQuery &form, QObject *parent)
{
    auto *request = new ProviderRequest(client, parent);
    const QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
    request->start(url, &body);
    return request;
}

void ProviderRequest::start(const QUrl &url, const QByteArray *formBody)
{
    if (url.scheme() != QLatin1String("https") || !m_client->sslConfiguration()) {
        ApiResult result;
        result.error = ApiError::tls(QStringLiteral("identity provider URL refused"));
        // Reported on the next turn, so the caller has connected finished().
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    QNetworkRequest request =
        SecureRequest::create(url, *m_client->sslConfiguration(), SecureRequest::Redirects::Never);
    request.setRawHeader("Accept", "application/json");
    QNetworkAccessManager *network = m_client->network();
    if (formBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        m_reply = network->post(request, *formBody);
    } else {
        m_reply = network->get(request);
    }
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && !m_guard.acceptsLength(length.toLongLong())) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        armTimeout();
        if (!m_guard.readFrom(*reply)) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { armTimeout(); });
    connect(reply, &QNetworkReply::finished, this, &ProviderRequest::onFinished);
    armTimeout();
}

void ProviderRequest::armTimeout()
{
    m_timeout->start(kTimeout, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
}

void ProviderRequest::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    ApiResult result;
    result.error = ApiError::cancelled();
    finish(result);
}

void ProviderRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout->stop();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (!m_tooLarge && !m_cancelled && !m_timedOut)
        m_guard.readFrom(*reply);
    ApiResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    if (m_cancelled) {
        result.error = ApiError::cancelled();
    } else if (m_timedOut) {
        result.error = ApiError::timeout(QStringLiteral("identity provider did not answer"));
    } else if (m_tooLarge || m_guard.exceeded()) {
        result.error = ApiError::tooLarge(m_guard.limits().maxBytes);
    } else if (result.httpStatus == 0 || (result.httpStatus < 300 && reply->error())) {
        result.error = ReplyErrors::transportError(*reply, m_sslErrors);
    } else if (result.httpStatus >= 300) {
        result.error = ReplyErrors::httpError(*reply, result.httpStatus, m_guard);
    }
    // OAuth error answers are JSON too ({"error": "invalid_grant"}): parsed
    // alongside the error so the caller can say what the provider meant.
    if (!result.error || result.httpStatus >= 400) {
        ApiError parseError;
        if (auto document = m_guard.parse(&parseError))
            result.json = *document;
        else if (!result.error)
            result.error = parseError;
    }
    finish(result);
}

void ProviderRequest::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace pd
