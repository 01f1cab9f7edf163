#include "net/HttpExchange.h"

#include "net/NetLog.h"
#include "net/ReplyErrors.h"
#include "net/SecureRequest.h"
#include "net/TimerSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace pd {

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

ApiError pinMismatch(const QString &userMessage)
{
    ApiError error = ApiError::tls(QStringLiteral("public key pin mismatch"));
    error.setUserMessage(userMessage);
    return error;
}

} // namespace

HttpExchange::HttpExchange(Options options, Request request, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_request(std::move(request))
    , m_guard(m_options.cap)
    , m_timer(m_options.timers->createTimer())
{
    if (m_request.requestId.isEmpty())
        m_request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Redirects are checked against the profile's origin, which needs one.
    if (!m_options.tls)
        m_options.redirects = Redirects::Never;
}

HttpExchange::~HttpExchange()
{
    m_finished = true;
    if (QNetworkReply *reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

std::optional<ApiError> HttpExchange::refusal() const
{
    // The session's token goes to the profile's own origin only, whoever
    // built the URL.
    if (!m_request.bearerToken.isEmpty() &&
        (!m_options.tls || ServerProfile::originOf(m_request.url) !=
                               ServerProfile::originOf(m_options.tls->profile().baseUrl)))
        return ApiError::tls(QStringLiteral("access token refused for another origin"));
    QString why;
    if (m_options.tls ? m_options.tls->allowsUrl(m_request.url, &why)
                      : m_request.url.scheme() == QLatin1String("https"))
        return std::nullopt;
    ApiError error = ApiError::tls(QStringLiteral("URL refused by the TLS policy"));
    if (!why.isEmpty())
        error.setUserMessage(why);
    return error;
}

void HttpExchange::start()
{
    if (m_reply || m_finished)
        return;
    if (std::optional<ApiError> refused = refusal()) {
        m_error = std::move(refused);
        // On the next turn, so the caller has connected finished().
        QMetaObject::invokeMethod(this, &HttpExchange::finish, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = send(build());
    m_reply = reply;
    watch(reply);
    armTimeout();
}

QNetworkRequest HttpExchange::build() const
{
    QNetworkRequest request = SecureRequest::create(m_request.url, m_options.ssl,
                                                    m_options.redirects == Redirects::SameOrigin
                                                        ? SecureRequest::Redirects::CallerVerifies
                                                        : SecureRequest::Redirects::Never);
    request.setRawHeader("Accept", m_request.accept);
    request.setRawHeader("X-Request-ID", m_request.requestId.toLatin1());
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    // Set after the caller's headers, so none can undo it. Qt decompresses a
    // body only when it chose the Accept-Encoding itself, and its inflater
    // fails on a decompression bomb without ever finishing the reply; with
    // identity the bytes arrive as sent, under the size cap, and a coded
    // body nobody asked for is refused in onMetaDataChanged().
    request.setRawHeader("Accept-Encoding", "identity");
    if (!m_request.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_request.bearerToken);
    if (m_request.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    return request;
}

QNetworkReply *HttpExchange::send(const QNetworkRequest &request)
{
    QNetworkAccessManager &network = *m_options.network;
    const QByteArray method = m_request.method.toUpper();
    const QByteArray body = m_request.body.value_or(QByteArray());
    if (method == "GET")
        return network.get(request);
    if (method == "HEAD")
        return network.head(request);
    if (method == "DELETE" && body.isEmpty())
        return network.deleteResource(request);
    return network.sendCustomRequest(request, method, body);
}

void HttpExchange::watch(QNetworkReply *reply)
{
    reply->setReadBufferSize(m_options.readBufferSize);
    if (m_options.tls) {
        m_options.tls->attachPinCheck(
            reply, [self = QPointer<HttpExchange>(this)](const QString &message) {
                if (self && !self->m_error)
                    self->m_error = pinMismatch(message);
            });
    }
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the error message; never ignored.
        m_sslErrors += errors;
    });
    connect(reply, &QNetworkReply::redirected, this, &HttpExchange::onRedirected);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        armTimeout();
        Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { armTimeout(); });
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::armTimeout()
{
    m_timer->start(m_options.timeout, [this] {
        abort(
            ApiError::timeout(QStringLiteral("no data for %1 ms").arg(m_options.timeout.count())));
    });
}

void HttpExchange::abort(const ApiError &reason)
{
    if (m_finished)
        return;
    if (!m_error)
        m_error = reason;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort(); // finished() follows from onFinished()
        return;
    }
    if (!m_reply)
        finish(); // not sent (or refused): nothing to wait for
}

void HttpExchange::discard()
{
    m_finished = true;
    m_timer->stop();
    if (QNetworkReply *reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    deleteLater();
}

QNetworkReply *HttpExchange::reply() const
{
    return m_reply;
}

int HttpExchange::httpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

bool HttpExchange::streaming() const
{
    return m_options.body == Body::Stream && isSuccess(httpStatus());
}

void HttpExchange::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_reply->url().resolved(target);
    if (m_options.redirects == Redirects::SameOrigin &&
        ServerProfile::originOf(resolved) ==
            ServerProfile::originOf(m_options.tls->profile().baseUrl)) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    qCWarning(lcNet) << "redirect to another origin refused, request-id" << m_request.requestId;
    abort(ApiError::http(httpStatus(), QStringLiteral("redirect to another origin refused")));
}

void HttpExchange::onMetaDataChanged()
{
    if (std::optional<ApiError> refused = unrequestedEncoding()) {
        abort(*refused);
        return;
    }
    // A collected body over the cap is refused as soon as its size is
    // known: a server must not be able to exhaust memory.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_options.body == Body::Collect && length.isValid() &&
        !m_guard.acceptsLength(length.toLongLong())) {
        abort(ApiError::tooLarge(m_options.cap.maxBytes));
        return;
    }
    Q_EMIT metaDataChanged();
}

std::optional<ApiError> HttpExchange::unrequestedEncoding() const
{
    // A HEAD answer's headers describe the body a GET would have had; an
    // error answer's body is only read for its problem details, which a
    // coded body simply does not have.
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity" || !isSuccess(httpStatus()) ||
        m_request.method.toUpper() == "HEAD")
        return std::nullopt;
    qCWarning(lcNet).noquote() << "answer with unrequested Content-Encoding" << encoding.left(32)
                               << "refused, request-id" << m_request.requestId;
    ApiError error = ApiError::malformed(QStringLiteral("unrequested Content-Encoding"));
    error.setUserMessage(tr("The server sent its answer compressed although this app did not "
                            "ask for that, so the answer was refused."));
    return error;
}

void HttpExchange::onReadyRead()
{
    armTimeout();
    if (m_error)
        return;
    if (streaming()) {
        Q_EMIT readyRead();
        return;
    }
    const bool within = m_guard.readFrom(*m_reply);
    if (m_options.body == Body::Stream) {
        m_reply->skip(m_reply->bytesAvailable()); // an error body past the cap: discarded
        return;
    }
    if (!within)
        abort(ApiError::tooLarge(m_options.cap.maxBytes));
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timer->stop();
    disconnect(reply, nullptr, this, nullptr);
    if (!m_error) {
        // Whatever arrived with the end of the transfer.
        if (streaming()) {
            if (reply->bytesAvailable() > 0)
                Q_EMIT readyRead();
        } else {
            m_guard.readFrom(*reply);
        }
    }
    if (!m_error)
        m_error = errorOf(*reply);
    finish();
}

std::optional<ApiError> HttpExchange::errorOf(QNetworkReply &reply) const
{
    // Defence in depth: the pin is checked at handshake time; check the
    // certificates the reply reports too.
    const QList<QSslCertificate> chain = reply.sslConfiguration().peerCertificateChain();
    if (m_options.tls && !chain.isEmpty() && !m_options.tls->pinMatches(chain))
        return pinMismatch(TlsPolicy::pinMismatchMessage());
    const int status = httpStatus();
    if (status == 0 || (isSuccess(status) && reply.error() != QNetworkReply::NoError))
        return ReplyErrors::transportError(reply, m_sslErrors);
    if (status >= 400)
        return ReplyErrors::httpError(reply, status, m_guard);
    if (!isSuccess(status))
        return ApiError::http(status, QStringLiteral("unexpected status"));
    if (m_options.body == Body::Collect && m_guard.exceeded())
        return ApiError::tooLarge(m_options.cap.maxBytes);
    return std::nullopt;
}

void HttpExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    Q_EMIT finished();
}

} // namespace pd
