#include "account/ServerAction.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include <QUuid>

namespace pd {

ServerAction::ServerAction(ApiClient *api, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_request(std::move(request))
{
    // Chosen here rather than by each job, so a retry after the user
    // confirmed who they are is the same logical request to the server.
    if (m_request.isStateChanging() && !m_request.hasIdempotencyKey())
        m_request.withIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    m_startPending = true;
    QMetaObject::invokeMethod(this, &ServerAction::attempt, Qt::QueuedConnection);
}

ServerAction::~ServerAction()
{
    if (m_job)
        m_job->disconnect(this);
}

bool ServerAction::needsReauthentication(const ApiResult &result)
{
    return result.error && result.error->isProblem(QLatin1String("reauthentication-required"));
}

void ServerAction::cancel()
{
    if (m_job) {
        m_job->cancel();
    } else if (m_startPending) {
        m_startPending = false;
        ApiResult result;
        result.error = ApiError::cancelled();
        onFinished(result);
    }
}

void ServerAction::retry()
{
    if (isRunning())
        return;
    m_startPending = true;
    attempt();
}

void ServerAction::attempt()
{
    if (!m_startPending)
        return; // cancelled before it went out
    m_startPending = false;
    if (!m_api) {
        ApiResult result;
        result.error = ApiError::cancelled();
        onFinished(result);
        return;
    }
    ++m_attempts;
    m_job = m_api->send(m_request);
    connect(m_job, &ApiJob::finished, this, &ServerAction::onFinished);
    Q_EMIT attemptStarted();
}

void ServerAction::onFinished(const ApiResult &result)
{
    m_job = nullptr;
    Q_EMIT finished(result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace pd
