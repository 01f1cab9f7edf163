#pragma once

#include "api/ApiRequest.h"
#include "common/ApiResult.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pd {

class ApiClient;
class HttpExchange;
class OneShotTimer;

// One logical API call (possibly several attempts: a token refresh, retries
// decided by the client's RetryPolicy). Made by ApiClient::send(); emits
// finished() exactly once and then deletes itself. A state-changing request
// carries one Idempotency-Key on all its attempts. A large answer is parsed
// on a pool thread, so that its size never stalls the thread of the job.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    // Answers at least this long are parsed off the job's thread (in a Debug
    // build, parsing takes ~20 ms a megabyte).
    static constexpr qsizetype kBackgroundParseBytes = 256 * 1024;

    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    // Stops the job; finished() follows with a Cancelled error (unless it
    // has already been emitted).
    void cancel();

Q_SIGNALS:
    void finished(const pd::ApiResult &result);
    // Bytes of the response body received so far; total is -1 when unknown.
    void progress(qint64 bytesReceived, qint64 bytesTotal);

private:
    friend class ApiClient;

    ApiJob(ApiClient *client, ApiRequest request);
    void start();
    void sendAttempt();
    void send(const QByteArray &accessToken);
    void onExchangeFinished(HttpExchange *exchange);
    // Parses `body` on a pool thread, then finishes (or retries) here.
    void parseInBackground(ApiResult result, const QByteArray &body);
    void onParsed(ApiResult result, std::optional<QJsonDocument> document, ApiError error);
    ApiResult resultFrom(const HttpExchange &exchange) const;
    void handleError(ApiResult result, ApiError error);
    bool handleUnauthenticated(const ApiResult &result, const ApiError &error);
    void refreshThenRetry(ApiResult result, ApiError error);
    void fail(ApiError error);
    void finish(ApiResult result);

    ApiClient *m_client;
    ApiRequest m_request;
    QString m_requestId;
    QPointer<HttpExchange> m_exchange;
    std::unique_ptr<OneShotTimer> m_retryTimer;
    QString m_sentToken;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_finished = false;
};

} // namespace pd
