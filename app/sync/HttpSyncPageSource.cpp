#include "sync/HttpSyncPageSource.h"

#include "sync/SyncPageDownload.h"

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

void HttpSyncPageSource::fetch(const SyncPageRequest &request, Callback done, BodySink body)
{
    if (m_download && !m_done && samePage(m_inFlight, request)) {
        // The prefetch is this page. Queued: neither `body` nor `done` runs
        // inside fetch(); dropped if abort() came first.
        m_done = std::move(done);
        m_body = std::move(body);
        QMetaObject::invokeMethod(
            &m_network,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    claim();
            },
            Qt::QueuedConnection);
        return;
    }
    abort();
    m_done = std::move(done);
    m_body = std::move(body);
    send(request);
    m_download->attach(m_body); // nothing has come yet
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
    options.cap.maxBytes = m_maxPageBytes; // for an error answer's body
    HttpExchange::Request httpRequest;
    httpRequest.url = pageUrl(m_origin, request);
    httpRequest.bearerToken = m_accessToken().toUtf8();
    // A child of the manager: gone with it, before the replies it made.
    auto *download =
        new SyncPageDownload(std::move(options), std::move(httpRequest), m_maxPageBytes);
    download->setParent(&m_network);
    m_download = download;
    m_inFlight = request;
    QObject::connect(download, &SyncPageDownload::finished, download,
                     [this, download] { onFinished(download); });
    download->start();
}

void HttpSyncPageSource::claim()
{
    SyncPageDownload *download = m_download;
    if (!download)
        return;
    download->attach(m_body);
    // A refused body may have ended the transfer inside attach() already.
    if (download == m_download && download->isFinished())
        onFinished(download);
}

void HttpSyncPageSource::onFinished(SyncPageDownload *download)
{
    if (download != m_download)
        return;
    if (!m_done || !download->isAttached()) {
        // A prefetch nobody took over yet: kept only when it succeeded.
        if (!m_done && !download->reply().ok) {
            m_download = nullptr;
            download->deleteLater();
        }
        return;
    }
    m_download = nullptr;
    download->deleteLater();
    SyncPageReply reply = download->reply();
    if (!reply.ok && reply.error.kind() == ApiError::Kind::TooLarge)
        reply.error = pageTooLarge(reply.error);
    deliver(reply, download->tail());
}

ApiError HttpSyncPageSource::pageTooLarge(ApiError error) const
{
    //: %1 a size such as "64 MiB"
    error.setUserMessage(tr("The server sent a page larger than %1; it was refused.")
                             .arg(QLocale().formattedDataSize(m_maxPageBytes)));
    return error;
}

void HttpSyncPageSource::deliver(const SyncPageReply &reply, const QByteArray &tail)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    m_body = nullptr;
    if (!done)
        return; // aborted meanwhile
    const std::optional<SyncPageRequest> next =
        reply.ok ? nextRequest(m_inFlight, tail) : std::nullopt;
    if (!next || m_download)
        return done(reply);
    send(*next);
    // Qt sends a new request on the next turn of this thread's event loop:
    // report the page after that turn, so that the server builds the next
    // page while this one is committed.
    QMetaObject::invokeMethod(
        &m_network,
        [this, generation = m_generation, done = std::move(done), reply] {
            if (generation == m_generation)
                done(reply);
        },
        Qt::QueuedConnection);
}

std::optional<SyncPageRequest> HttpSyncPageSource::nextRequest(const SyncPageRequest &request,
                                                               const QByteArray &tail)
{
    // The page's last "next_cursor" (the key follows "items"). Only a guess
    // at what the page reader will find: if it differs, fetch() asks for
    // another page and the prefetch is dropped.
    static const QByteArray key = "\"next_cursor\"";
    qsizetype at = tail.lastIndexOf(key);
    if (at < 0)
        return std::nullopt;
    at += key.size();
    while (at < tail.size() && (tail.at(at) == ' ' || tail.at(at) == ':'))
        ++at;
    if (at >= tail.size() || tail.at(at) != '"')
        return std::nullopt; // null: the last page
    const qsizetype end = tail.indexOf('"', at + 1);
    const QByteArray cursor = tail.mid(at + 1, end - at - 1);
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
    m_body = nullptr;
    if (SyncPageDownload *download = m_download) {
        m_download = nullptr;
        download->discard();
    }
}

} // namespace pd
