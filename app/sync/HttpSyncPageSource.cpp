#include "sync/HttpSyncPageSource.h"

#include "api/JsonGuard.h"
#include "net/SecureRequest.h"
#include "outbox/HttpReplyError.h"

#include <QNetworkReply>
#include <QUrlQuery>

namespace pd {

namespace {

constexpr std::chrono::milliseconds kTransferTimeout{60000};
constexpr qint64 kReadBufferSize = 256 * 1024;

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
    // Qt buffers no more than this before the body is read out of it.
    reply->setReadBufferSize(kReadBufferSize);
    struct Transfer {
        JsonGuard body;
        QList<QSslError> sslErrors;
        bool pinMismatch = false;
        bool tooLarge = false;
    };
    auto transfer = std::make_shared<Transfer>(Transfer{JsonGuard({m_maxPageBytes}), {}});
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [transfer](const QList<QSslError> &errors) { transfer->sslErrors = errors; });
    m_policy.attachPinCheck(reply, [transfer](const QString &) { transfer->pinMismatch = true; });
    // A page over the cap is refused as soon as its size is known or its
    // bytes exceed it: a server must not be able to exhaust memory.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, transfer] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && !transfer->body.acceptsLength(length.toLongLong())) {
            transfer->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, transfer] {
        if (!transfer->tooLarge && !transfer->body.readFrom(*reply)) {
            transfer->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [this, reply, transfer, done = std::move(done)] {
            reply->deleteLater();
            if (m_reply == reply)
                m_reply = nullptr;
            if (!transfer->tooLarge && reply->isOpen() && !transfer->body.readFrom(*reply))
                transfer->tooLarge = true;
            SyncPageReply page;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // The pin is checked at handshake time; as on the API and
            // archive paths, the chain the reply reports is checked too.
            const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
            if (transfer->pinMismatch || (!chain.isEmpty() && !m_policy.pinMatches(chain))) {
                page.error = ApiError::tls(QStringLiteral("public key pin mismatch"));
                page.error.setUserMessage(TlsPolicy::pinMismatchMessage());
            } else if (transfer->tooLarge) {
                page.error = ApiError::tooLarge(m_maxPageBytes);
            } else if (reply->error() == QNetworkReply::NoError && status == 200) {
                page.ok = true;
                page.body = transfer->body.body();
            } else {
                page.error =
                    HttpReplyError::from(*reply, transfer->body.body(), transfer->sslErrors);
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
