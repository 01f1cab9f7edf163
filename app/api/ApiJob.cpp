#include "api/ApiJob.h"

#include "api/AccessTokenProvider.h"
#include "api/ApiClient.h"
#include "api/ApiLog.h"
#include "api/ReplyErrors.h"
#include "net/SecureRequest.h"
#include "net/TimerSource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCipher>
#include <QUuid>

namespace pd {

namespace {

constexpr qint64 kReadBufferSize = 256 * 1024;

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type == "application/problem+json";
}

} // namespace

ApiJob::ApiJob(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_guard(m_request.limits)
    , m_timeoutTimer(client->timers().createTimer())
    , m_retryTimer(client->timers().createTimer())
{
    // One key per logical request, reused by every attempt: the server then
    // applies a state change once however often it arrives (a retry after a
    // lost answer, or Qt re-sending a POST on a closed kept-alive
    // connection). A caller's own key (the outbox's) is kept.
    if (m_request.isStateChanging() && !m_request.hasIdempotencyKey())
        m_request.withIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

ApiJob::~ApiJob()
{
    // Destroyed unfinished (its client went away): stop the transfer quietly.
    if (QNetworkReply *reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::start()
{
    sendAttempt();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_abort = Abort::Cancelled;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    fail(ApiError::cancelled());
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    m_abort = Abort::None;
    m_abortMessage.clear();
    m_sslErrors.clear();
    m_guard.clear();

    QByteArray token;
    AccessTokenProvider *tokens = m_client->accessTokenProvider();
    if (m_request.needsAuth) {
        const QString current = tokens ? tokens->accessToken() : QString();
        if (current.isEmpty()) {
            ApiError error = ApiError::problem(401, QStringLiteral("unauthenticated"),
                                               QStringLiteral("no access token"));
            if (tokens && m_request.refreshOnUnauthenticated && !m_refreshed) {
                refreshThenRetry({}, error);
            } else {
                Q_EMIT m_client->signInRequired();
                fail(error);
            }
            return;
        }
        m_sentToken = current;
        token = current.toUtf8();
    }
    ++m_attempts;
    QNetworkReply *reply = createReply(token);
    if (!reply)
        return;
    m_reply = reply;
    watch(reply);
    armTimeout();
}

QNetworkReply *ApiJob::createReply(const QByteArray &accessToken)
{
    const QUrl url = m_client->urlFor(m_request);
    QString why;
    if (!m_client->tlsPolicy().allowsUrl(url, &why)) {
        ApiError error = ApiError::tls(QStringLiteral("URL refused by the TLS policy"));
        error.setUserMessage(why);
        fail(error);
        return nullptr;
    }
    if (!m_client->sslConfiguration()) {
        ApiError error = ApiError::tls(QStringLiteral("unusable CA bundle"));
        error.setUserMessage(m_client->sslConfigurationError());
        fail(error);
        return nullptr;
    }
    // Redirects are followed only within the profile's origin (checked in watch()).
    QNetworkRequest request = SecureRequest::create(url, *m_client->sslConfiguration(),
                                                    SecureRequest::Redirects::CallerVerifies);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("X-Request-ID", m_requestId.toLatin1());
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken);
    QByteArray body;
    if (m_request.body) {
        body = m_request.body->toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    }
    qCDebug(lcApi).noquote() << m_request.method << url.path() << "attempt" << m_attempts
                             << "request-id" << m_requestId;
    QNetworkAccessManager *network = m_client->network();
    const QByteArray method = m_request.method.toUpper();
    if (method == "GET")
        return network->get(request);
    if (method == "HEAD")
        return network->head(request);
    if (method == "DELETE" && body.isEmpty())
        return network->deleteResource(request);
    return network->sendCustomRequest(request, method, body);
}

void ApiJob::watch(QNetworkReply *reply)
{
    reply->setReadBufferSize(kReadBufferSize);
    m_client->tlsPolicy().attachPinCheck(reply, [this](const QString &message) {
        m_abort = Abort::PinMismatch;
        m_abortMessage = message;
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the error message; never ignored.
        m_sslErrors += errors;
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (ServerProfile::originOf(resolved) ==
            ServerProfile::originOf(m_client->profile().baseUrl)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcApi) << "redirect to another origin refused, request-id" << m_requestId;
        m_abort = Abort::Redirect;
        reply->abort();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && !m_guard.acceptsLength(length.toLongLong())) {
            m_abort = Abort::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        armTimeout();
        if (!m_guard.readFrom(*reply)) {
            m_abort = Abort::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        armTimeout();
        Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { armTimeout(); });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::armTimeout()
{
    m_timeoutTimer->start(m_request.transferTimeout, [this] {
        if (!m_reply)
            return;
        m_abort = Abort::Timeout;
        m_reply->abort();
    });
}

ApiResult ApiJob::resultFrom(QNetworkReply &reply) const
{
    ApiResult result;
    result.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply.rawHeaderPairs();
    result.requestId = m_requestId;
    result.attempts = m_attempts;
    return result;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    m_timeoutTimer->stop();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (m_abort == Abort::None)
        m_guard.readFrom(*reply);
    const QSslConfiguration ssl = reply->sslConfiguration();
    if (ssl.sessionProtocol() != QSsl::UnknownProtocol)
        m_client->recorder().recordTls(ssl.sessionProtocol(), ssl.sessionCipher().name());
    ApiResult result = resultFrom(*reply);
    if (m_abort == Abort::Cancelled) {
        result.error = ApiError::cancelled();
        finish(result);
        return;
    }
    if (auto error = errorFrom(*reply, result)) {
        handleError(result, *error);
        return;
    }
    const bool emptyAllowed = result.httpStatus == 204 || m_request.method.toUpper() == "HEAD";
    if (emptyAllowed && m_guard.body().isEmpty()) {
        finish(result);
        return;
    }
    if (!isJsonContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
        handleError(result, ApiError::malformed(QStringLiteral("response is not JSON")));
        return;
    }
    ApiError parseError;
    if (auto document = m_guard.parse(&parseError)) {
        result.json = std::move(*document);
        finish(result);
        return;
    }
    handleError(result, parseError);
}

std::optional<ApiError> ApiJob::errorFrom(QNetworkReply &reply, const ApiResult &result) const
{
    switch (m_abort) {
    case Abort::Cancelled:
        return ApiError::cancelled();
    case Abort::Timeout:
        return ApiError::timeout(
            QStringLiteral("no data for %1 ms").arg(m_request.transferTimeout.count()));
    case Abort::TooLarge:
        return ApiError::tooLarge(m_request.limits.maxBytes);
    case Abort::PinMismatch: {
        ApiError error = ApiError::tls(QStringLiteral("public key pin mismatch"));
        error.setUserMessage(m_abortMessage);
        return error;
    }
    case Abort::Redirect:
        return ApiError::http(result.httpStatus,
                              QStringLiteral("redirect to another origin refused"));
    case Abort::None:
        break;
    }
    // Defence in depth: the pin is checked at handshake time; check the
    // certificates the reply reports too.
    const QList<QSslCertificate> chain = reply.sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty() && !m_client->tlsPolicy().pinMatches(chain)) {
        ApiError error = ApiError::tls(QStringLiteral("public key pin mismatch"));
        error.setUserMessage(TlsPolicy::pinMismatchMessage());
        return error;
    }
    const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
    if (result.httpStatus == 0 || (success && reply.error() != QNetworkReply::NoError))
        return ReplyErrors::transportError(reply, m_sslErrors);
    if (result.httpStatus >= 400)
        return ReplyErrors::httpError(reply, result.httpStatus, m_guard);
    if (!success)
        return ApiError::http(result.httpStatus, QStringLiteral("unexpected status"));
    return std::nullopt;
}

void ApiJob::handleError(ApiResult result, ApiError error)
{
    error.setRequestId(m_requestId);
    if (handleUnauthenticated(result, error))
        return;
    const auto delay = m_client->retryPolicy().delayBeforeRetry(m_request, error, m_attempts);
    if (delay) {
        qCInfo(lcApi).noquote() << "retrying after" << delay->count()
                                << "ms:" << error.logSummary();
        m_retryTimer->start(*delay, [this] { sendAttempt(); });
        return;
    }
    result.error = std::move(error);
    finish(std::move(result));
}

bool ApiJob::handleUnauthenticated(const ApiResult &result, const ApiError &error)
{
    AccessTokenProvider *tokens = m_client->accessTokenProvider();
    if (!error.isProblem(QLatin1String("unauthenticated")) || !m_request.needsAuth || !tokens)
        return false;
    if (!m_request.refreshOnUnauthenticated)
        return false;
    if (!m_refreshed) {
        const QString current = tokens->accessToken();
        if (!current.isEmpty() && current != m_sentToken) {
            // Someone else refreshed while this attempt was on the wire.
            m_refreshed = true;
            sendAttempt();
            return true;
        }
        refreshThenRetry(result, error);
        return true;
    }
    qCInfo(lcApi) << "still unauthenticated after a refresh; sign-in required";
    Q_EMIT m_client->signInRequired();
    return false;
}

void ApiJob::refreshThenRetry(ApiResult result, ApiError error)
{
    m_refreshed = true;
    m_client->accessTokenProvider()->refreshAccessToken(
        this, [this, result, error](AccessTokenProvider::RefreshOutcome outcome,
                                    const std::optional<ApiError> &refreshError) mutable {
            if (m_finished)
                return;
            switch (outcome) {
            case AccessTokenProvider::RefreshOutcome::Refreshed:
                sendAttempt();
                return;
            case AccessTokenProvider::RefreshOutcome::SignInRequired:
                Q_EMIT m_client->signInRequired();
                break;
            case AccessTokenProvider::RefreshOutcome::Failed:
                if (refreshError)
                    error = *refreshError;
                break;
            }
            error.setRequestId(m_requestId);
            result.error = error;
            result.attempts = m_attempts;
            finish(result);
        });
}

void ApiJob::fail(ApiError error)
{
    error.setRequestId(m_requestId);
    ApiResult result;
    result.requestId = m_requestId;
    result.attempts = m_attempts;
    result.error = std::move(error);
    finish(std::move(result));
}

void ApiJob::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeoutTimer->stop();
    m_retryTimer->stop();
    // Only a call that went out has an id the server can have seen.
    if (m_attempts > 0)
        m_client->recorder().record(m_requestId, m_request.method, m_request.path,
                                    result.httpStatus);
    if (result.error) {
        qCInfo(lcApi).noquote() << m_request.method << "failed:" << result.error->logSummary();
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace pd
