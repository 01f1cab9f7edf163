#include "api/ApiJob.h"

#include "api/AccessTokenProvider.h"
#include "api/ApiClient.h"
#include "api/ApiLog.h"
#include "net/HttpExchange.h"
#include "net/TimerSource.h"

#include <QFutureWatcher>
#include <QNetworkReply>
#include <QPromise>
#include <QSslCipher>
#include <QThreadPool>
#include <QUuid>

#include <memory>
#include <utility>

namespace pd {

namespace {

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
    , m_retryTimer(client->timers().createTimer())
{
    // One key per logical request, reused by every attempt: the server then
    // applies a state change once however often it arrives (a retry after a
    // lost answer, or Qt re-sending a POST on a closed kept-alive
    // connection). A caller's own key (the outbox's) is kept.
    if (m_request.isStateChanging() && !m_request.hasIdempotencyKey())
        m_request.withIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

// Destroyed unfinished (its client went away), the exchange, a child, stops
// its transfer quietly.
ApiJob::~ApiJob() = default;

void ApiJob::start()
{
    sendAttempt();
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    if (HttpExchange *exchange = m_exchange) {
        m_exchange = nullptr;
        exchange->discard();
    }
    fail(ApiError::cancelled());
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
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
    send(token);
}

void ApiJob::send(const QByteArray &accessToken)
{
    if (!m_client->sslConfiguration()) {
        ApiError error = ApiError::tls(QStringLiteral("unusable CA bundle"));
        error.setUserMessage(m_client->sslConfigurationError());
        fail(error);
        return;
    }
    HttpExchange::Options options = m_client->exchangeOptions();
    options.timeout = m_request.transferTimeout;
    options.cap = m_request.limits;
    HttpExchange::Request request;
    request.method = m_request.method;
    request.url = m_client->urlFor(m_request);
    request.accept = "application/json, application/problem+json";
    request.headers = m_request.headers;
    request.bearerToken = accessToken;
    request.requestId = m_requestId;
    if (m_request.body) {
        request.body = m_request.body->toJson(QJsonDocument::Compact);
        request.contentType = "application/json; charset=utf-8";
    }
    qCDebug(lcApi).noquote() << m_request.method << request.url.path() << "attempt" << m_attempts
                             << "request-id" << m_requestId;
    auto *exchange = new HttpExchange(std::move(options), std::move(request), this);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::progress, this, &ApiJob::progress);
    connect(exchange, &HttpExchange::finished, this,
            [this, exchange] { onExchangeFinished(exchange); });
    exchange->start();
}

ApiResult ApiJob::resultFrom(const HttpExchange &exchange) const
{
    ApiResult result;
    if (const QNetworkReply *reply = exchange.reply()) {
        result.httpStatus = exchange.httpStatus();
        result.headers = reply->rawHeaderPairs();
    }
    result.requestId = m_requestId;
    result.attempts = m_attempts;
    return result;
}

void ApiJob::onExchangeFinished(HttpExchange *exchange)
{
    if (exchange != m_exchange || m_finished)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    if (QNetworkReply *reply = exchange->reply()) {
        const QSslConfiguration ssl = reply->sslConfiguration();
        if (ssl.sessionProtocol() != QSsl::UnknownProtocol)
            m_client->recorder().recordTls(ssl.sessionProtocol(), ssl.sessionCipher().name());
    }
    ApiResult result = resultFrom(*exchange);
    if (const std::optional<ApiError> &error = exchange->error()) {
        handleError(result, *error);
        return;
    }
    const bool emptyAllowed = result.httpStatus == 204 || m_request.method.toUpper() == "HEAD";
    if (emptyAllowed && exchange->body().isEmpty()) {
        finish(result);
        return;
    }
    const QByteArray contentType =
        exchange->reply()->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!isJsonContentType(contentType)) {
        handleError(result, ApiError::malformed(QStringLiteral("response is not JSON")));
        return;
    }
    const JsonGuard &collected = exchange->collected();
    if (!collected.exceeded() && collected.body().size() >= kBackgroundParseBytes) {
        parseInBackground(std::move(result), collected.body());
        return;
    }
    ApiError parseError;
    std::optional<QJsonDocument> document = collected.parse(&parseError);
    onParsed(std::move(result), std::move(document), std::move(parseError));
}

void ApiJob::parseInBackground(ApiResult result, const QByteArray &body)
{
    using Parsed = std::pair<std::optional<QJsonDocument>, ApiError>;
    // QPromise is move-only and a pool task is copied: shared.
    auto promise = std::make_shared<QPromise<Parsed>>();
    auto *watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, result = std::move(result)]() mutable {
                watcher->deleteLater();
                // Cancelled meanwhile: finished() was emitted already.
                if (m_finished || watcher->future().resultCount() == 0)
                    return;
                Parsed parsed = watcher->future().takeResult();
                onParsed(std::move(result), std::move(parsed.first), std::move(parsed.second));
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body, limits = m_request.limits] {
        ApiError error;
        std::optional<QJsonDocument> document = JsonGuard::parse(body, &error, limits);
        promise->addResult(Parsed{std::move(document), std::move(error)});
        promise->finish();
    });
}

void ApiJob::onParsed(ApiResult result, std::optional<QJsonDocument> document, ApiError error)
{
    if (document) {
        result.json = std::move(*document);
        finish(result);
        return;
    }
    handleError(result, error);
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
