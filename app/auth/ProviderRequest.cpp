#include "auth/ProviderRequest.h"

#include "api/ApiClient.h"
#include "net/HttpExchange.h"

#include <QNetworkReply>
#include <QTimer>

namespace pd {

ProviderRequest::ProviderRequest(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

// The exchange, a child, stops its transfer quietly.
ProviderRequest::~ProviderRequest() = default;

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
    if (!m_client->sslConfiguration()) {
        ApiResult result;
        result.error = ApiError::tls(QStringLiteral("identity provider URL refused"));
        // Reported on the next turn, so the caller has connected finished().
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    // Not our server: no TLS policy (so no pin, no redirects, https only).
    HttpExchange::Options options = m_client->exchangeOptions();
    options.tls.reset();
    options.redirects = HttpExchange::Redirects::Never;
    options.timeout = kTimeout;
    options.cap = JsonGuard::Limits{256 * 1024, 16};
    HttpExchange::Request request;
    request.url = url;
    if (formBody) {
        request.method = "POST";
        request.body = *formBody;
        request.contentType = "application/x-www-form-urlencoded";
    }
    m_exchange = new HttpExchange(std::move(options), std::move(request), this);
    connect(m_exchange, &HttpExchange::finished, this, &ProviderRequest::onFinished);
    m_exchange->start();
}

void ProviderRequest::cancel()
{
    if (m_done)
        return;
    if (m_exchange) {
        m_exchange->abort(ApiError::cancelled());
        return;
    }
    ApiResult result;
    result.error = ApiError::cancelled();
    finish(result);
}

void ProviderRequest::onFinished()
{
    HttpExchange *exchange = m_exchange;
    if (!exchange)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    ApiResult result;
    result.httpStatus = exchange->httpStatus();
    if (const QNetworkReply *reply = exchange->reply())
        result.headers = reply->rawHeaderPairs();
    result.error = exchange->error();
    // OAuth error answers are JSON too ({"error": "invalid_grant"}): parsed
    // alongside the error so the caller can say what the provider meant.
    if (!result.error || result.httpStatus >= 400) {
        ApiError parseError;
        if (auto document = exchange->collected().parse(&parseError))
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
