#pragma once

#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "api/JsonGuard.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <memory>

class QNetworkReply;

namespace pd {

class ApiClient;
class OneShotTimer;

// One logical API call (possibly several attempts: a token refresh, retries
// decided by the client's RetryPolicy). Made by ApiClient::send(); emits
// finished() exactly once and then deletes itself. A state-changing request
// carries one Idempotency-Key on all its attempts.
class ApiJob : public QObject
{
    Q_OBJECT
public:
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
    enum class Abort { None, Cancelled, Timeout, TooLarge, PinMismatch, Redirect };

    ApiJob(ApiClient *client, ApiRequest request);
    void start();
    void sendAttempt();
    QNetworkReply *createReply(const QByteArray &accessToken);
    void watch(QNetworkReply *reply);
    void armTimeout();
    void onReplyFinished();
    ApiResult resultFrom(QNetworkReply &reply) const;
    std::optional<ApiError> errorFrom(QNetworkReply &reply, const ApiResult &result) const;
    void handleError(ApiResult result, ApiError error);
    bool handleUnauthenticated(const ApiResult &result, const ApiError &error);
    void refreshThenRetry(ApiResult result, ApiError error);
    void fail(ApiError error);
    void finish(ApiResult result);

    ApiClient *m_client;
    ApiRequest m_request;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    JsonGuard m_guard;
    std::unique_ptr<OneShotTimer> m_timeoutTimer;
    std::unique_ptr<OneShotTimer> m_retryTimer;
    QList<QSslError> m_sslErrors;
    QString m_abortMessage;
    QString m_sentToken;
    Abort m_abort = Abort::None;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_finished = false;
};

} // namespace pd
