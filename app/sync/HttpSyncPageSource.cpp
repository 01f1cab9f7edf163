#include "sync/HttpSyncPageSource.h"

#include "net/HttpExchange.h"

#include <QLocale>
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
    if (m_ready && samePage(m_readyRequest, request)) {
        SyncPageReply page = std::move(*m_ready);
        m_ready.reset();
        m_done = std::move(done);
        // Queued: `done` never runs inside fetch(). Dropped if abort() came
        // first.
        QMetaObject::invokeMethod(
            &m_network,
            [this, generation = m_generation, page = std::move(page)]() mutable {
                if (generation == m_generation)
                    deliver(std::move(page));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_exchange && !m_done && samePage(m_inFlight, request)) {
        m_done = std::move(done); // the prefetch under way is this page
        return;
    }
    abort();
    m_done = std::move(done);
    send(request);
}

void HttpSyncPageSource::send(const SyncPageRequest &request)
{
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
    m_inFlight = request;
    QObject::connect(exchange, &HttpExchange::finished, exchange, [this, exchange] {
        exchange->deleteLater();
        if (m_exchange != exchange)
            return;
        m_exchange = nullptr;
        SyncPageReply page;
        const int status = exchange->httpStatus();
        if (exchange->error()) {
            page.error = *exchange->error();
            if (page.error.kind() == ApiError::Kind::TooLarge)
                page.error = pageTooLarge(page.error);
        } else if (status != 200) {
            page.error = ApiError::http(status, QStringLiteral("unexpected status"));
        } else {
            page.ok = true;
            page.body = exchange->body();
        }
        onReply(page);
    });
    exchange->start();
}

ApiError HttpSyncPageSource::pageTooLarge(ApiError error) const
{
    //: %1 a size such as "64 MiB"
    error.setUserMessage(tr("The server sent a page larger than %1; it was refused.")
                             .arg(QLocale().formattedDataSize(m_maxPageBytes)));
    return error;
}

void HttpSyncPageSource::onReply(const SyncPageReply &reply)
{
    if (m_done)
        return deliver(reply);
    // A prefetch nobody asked for yet: kept only when it succeeded.
    if (reply.ok) {
        m_ready = reply;
        m_readyRequest = m_inFlight;
    }
}

void HttpSyncPageSource::deliver(SyncPageReply reply)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (!done)
        return; // aborted meanwhile
    const std::optional<SyncPageRequest> next = nextRequest(m_inFlight, reply);
    if (!next || m_exchange || m_ready)
        return done(reply);
    send(*next);
    // Qt sends a new request on the next turn of this thread's event loop:
    // hand the page over after that turn, so that the server builds the
    // next page while this one is stored.
    QMetaObject::invokeMethod(
        &m_network,
        [this, generation = m_generation, done = std::move(done), reply = std::move(reply)] {
            if (generation == m_generation)
                done(reply);
        },
        Qt::QueuedConnection);
}

std::optional<SyncPageRequest> HttpSyncPageSource::nextRequest(const SyncPageRequest &request,
                                                               const SyncPageReply &page)
{
    if (!page.ok)
        return std::nullopt;
    // The page's last "next_cursor" (the key follows "items"). Only a guess
    // at what the page reader will find: if it differs, fetch() asks for
    // another page and the prefetch is dropped.
    static const QByteArray key = "\"next_cursor\"";
    qsizetype at = page.body.lastIndexOf(key);
    if (at < 0)
        return std::nullopt;
    at += key.size();
    while (at < page.body.size() && (page.body.at(at) == ' ' || page.body.at(at) == ':'))
        ++at;
    if (at >= page.body.size() || page.body.at(at) != '"')
        return std::nullopt; // null: the last page
    const qsizetype end = page.body.indexOf('"', at + 1);
    const QByteArray cursor = page.body.mid(at + 1, end - at - 1);
    if (end < 0 || cursor.isEmpty() || cursor.contains('\\'))
        return std::nullopt;
    SyncPageRequest next = request;
    next.cursor = QString::fromUtf8(cursor);
    return next;
}

bool HttpSyncPageSource::samePage(const SyncPageRequest &a, const SyncPageRequest &b)
{
    return a.apiPath == b.apiPath && a.cursor == b.cursor && a.since == b.since &&
           a.limit == b.limit;
}

void HttpSyncPageSource::abort()
{
    ++m_generation;
    m_done = nullptr;
    m_ready.reset();
    if (HttpExchange *exchange = m_exchange) {
        m_exchange = nullptr;
        exchange->discard();
    }
}

} // namespace pd
