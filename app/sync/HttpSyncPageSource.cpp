#include "sync/HttpSyncPageSource.h"

#include "net/HttpExchange.h"

#include <QUrlQuery>

namespace pd {

namespace {

constexpr std::chrono::milliseconds kTransferTimeout{60000};

} // namespace

HttpSyncPageSource::HttpSyncPageSource(TlsPolicy policy, QSslConfiguration ssl,
                                       std::function<QString()> accessToken)
    : m_policy(std::move(policy))
    , m_origin(ServerProfile::originOf(m_policy.profile().baseUrl))
    , m_ssl(std::move(ssl))
    , m_accessToken(std::move(accessToken))
{
    TlsPolicy::configureManager(m_network);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpSyncPageSource::~HttpSyncPageSource()
{
    abort();
}

QUrl HttpSyncPageSource::pageUrl(const QUrl &origin, const SyncPageRequest &request)
{
    QUrl url = ServerProfile::apiBaseUrlOf(origin);
    url.setPath(url.path() + QLatin1Char('/') + request.apiPath);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(request.limit));
    if (!request.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(request.cursor)));
    if (!request.since.isEmpty())
        query.addQueryItem(QStringLiteral("since"),
                           QString::fromLatin1(QUrl::toPercentEncoding(request.since)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void HttpSyncPageSource::fetch(const SyncPageRequest &request, Callback done)
{
    abort();
    HttpExchange::Options options;
    options.network = &m_network;
    options.timers = &m_timers;
    options.ssl = m_ssl;
    options.tls = m_policy;
    // Pages never redirect; following one could leave the profile's origin.
    options.redirects = HttpExchange::Redirects::Never;
    options.timeout = kTransferTimeout;
    options.cap.maxBytes = m_maxPageBytes;
    HttpExchange::Request httpRequest;
    httpRequest.url = pageUrl(m_origin, request);
    httpRequest.bearerToken = m_accessToken().toUtf8();
    auto *exchange = new HttpExchange(std::move(options), std::move(httpRequest));
    m_exchange = exchange;
    QObject::connect(
        exchange, &HttpExchange::finished, exchange, [this, exchange, done = std::move(done)] {
            exchange->deleteLater();
            if (m_exchange == exchange)
                m_exchange = nullptr;
            SyncPageReply page;
            const int status = exchange->httpStatus();
            if (exchange->error()) {
                page.error = *exchange->error();
            } else if (status != 200) {
                page.error = ApiError::http(status, QStringLiteral("unexpected status"));
            } else {
                page.ok = true;
                page.body = exchange->body();
            }
            done(page);
        });
    exchange->start();
}

void HttpSyncPageSource::abort()
{
    if (HttpExchange *exchange = m_exchange) {
        m_exchange = nullptr;
        exchange->discard();
    }
}

} // namespace pd
