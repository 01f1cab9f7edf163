#include "sync/HttpSyncPageSource.h"

#include "net/SecureRequest.h"
#include "outbox/HttpReplyError.h"

#include <QNetworkReply>
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
    QUrl url = origin;
    url.setPath(QStringLiteral("/api/v1/") + request.apiPath);
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
    // Pages never redirect; following one could leave the profile's origin.
    QNetworkRequest httpRequest = SecureRequest::create(
        pageUrl(m_origin, request), m_ssl, SecureRequest::Redirects::Never, kTransferTimeout);
    httpRequest.setRawHeader("Accept", "application/json");
    httpRequest.setRawHeader("Authorization", "Bearer " + m_accessToken().toUtf8());
    QNetworkReply *reply = m_network.get(httpRequest);
    m_reply = reply;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto pinMismatch = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    m_policy.attachPinCheck(reply, [pinMismatch](const QString &) { *pinMismatch = true; });
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [this, reply, sslErrors, pinMismatch, done = std::move(done)] {
                         reply->deleteLater();
                         if (m_reply == reply)
                             m_reply = nullptr;
                         SyncPageReply page;
                         const QByteArray body = reply->readAll();
                         const int status =
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         // The pin is checked at handshake time; as on the API and
                         // archive paths, the chain the reply reports is checked too.
                         const QList<QSslCertificate> chain =
                             reply->sslConfiguration().peerCertificateChain();
                         if (*pinMismatch || (!chain.isEmpty() && !m_policy.pinMatches(chain))) {
                             page.error = ApiError::tls(QStringLiteral("public key pin mismatch"));
                             page.error.setUserMessage(TlsPolicy::pinMismatchMessage());
                         } else if (reply->error() == QNetworkReply::NoError && status == 200) {
                             page.ok = true;
                             page.body = body;
                         } else {
                             page.error = HttpReplyError::from(*reply, body, *sslErrors);
                         }
                         done(page);
                     });
}

void HttpSyncPageSource::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace pd
