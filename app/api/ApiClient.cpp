#include "api/ApiClient.h"

#include "api/ApiJob.h"
#include "net/SystemTimerSource.h"

#include <QNetworkAccessManager>

namespace pd {

ApiClient::ApiClient(const ServerProfile &profile, QObject *parent)
    : ApiClient(profile, Dependencies(), parent)
{}

ApiClient::ApiClient(const ServerProfile &profile, Dependencies dependencies, QObject *parent)
    : QObject(parent)
    , m_tls(profile)
    , m_network(dependencies.network)
    , m_timers(dependencies.timers)
    , m_tokens(dependencies.tokens)
{
    if (!m_network) {
        m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownedNetwork.get();
    }
    if (!m_timers) {
        m_ownedTimers = std::make_unique<SystemTimerSource>();
        m_timers = m_ownedTimers.get();
    }
    TlsPolicy::configureManager(*m_network);
    m_ssl = m_tls.configuration(&m_sslError);
}

ApiClient::~ApiClient()
{
    // Jobs go first: they abort their replies while the manager still exists.
    qDeleteAll(findChildren<ApiJob *>(Qt::FindDirectChildrenOnly));
}

HttpExchange::Options ApiClient::exchangeOptions() const
{
    HttpExchange::Options options;
    options.network = m_network;
    options.timers = m_timers;
    options.ssl = m_ssl.value_or(QSslConfiguration());
    options.tls = m_tls;
    options.redirects = HttpExchange::Redirects::SameOrigin;
    return options;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = request.root == ApiRequest::Root::Api ? profile().apiBaseUrl()
                                                     : ServerProfile::originOf(profile().baseUrl);
    QString path = request.path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    // The path comes encoded: an id's "/" or "%" was escaped by whoever put
    // it in (QUrl::toPercentEncoding), so it stays one path segment and is
    // not encoded a second time.
    url.setPath(url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiJob *ApiClient::send(ApiRequest request)
{
    auto *job = new ApiJob(this, std::move(request));
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

} // namespace pd
