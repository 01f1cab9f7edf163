#pragma once

#include "api/ApiRequest.h"
#include "common/ApiResult.h"

#include <QObject>
#include <QPointer>

namespace pd {

class ApiClient;
class ApiJob;

// One thing the user asked the server to do (end a session, set a consent,
// change the password...), as the UI sees it: it runs, can be cancelled, and
// finishes with a result. The account's resources start it; pages and
// dialogs watch it and never touch the HTTP job beneath. When the server
// wants a recent re-authentication first, the UI confirms the user and calls
// retry(): the same request with the same Idempotency-Key, so the server sees
// one logical request.
class ServerAction : public QObject
{
    Q_OBJECT
public:
    // Sends `request` through `api` on the next event-loop turn, so the
    // caller connects first. `api` is not owned and must not be null.
    ServerAction(ApiClient *api, ApiRequest request, QObject *parent = nullptr);
    ~ServerAction() override;

    // Whether `result` is the server's refusal for want of a re-authentication.
    static bool needsReauthentication(const ApiResult &result);

    bool isRunning() const { return !m_job.isNull() || m_startPending; }
    int attempts() const { return m_attempts; }
    // By default the action deletes itself after finished(); an owner that
    // may retry() turns that off and deletes it itself.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public Q_SLOTS:
    // Stops the running attempt; finished() follows with a Cancelled error.
    void cancel();
    // Sends the request again after finished(); ignored while it runs.
    void retry();

Q_SIGNALS:
    // Each attempt as it goes out.
    void attemptStarted();
    void finished(const pd::ApiResult &result);

private:
    void attempt();
    void onFinished(const ApiResult &result);

    QPointer<ApiClient> m_api;
    ApiRequest m_request;
    QPointer<ApiJob> m_job;
    int m_attempts = 0;
    bool m_startPending = false;
    bool m_autoDelete = true;
};

} // namespace pd
