#include "flows/ReauthenticatedAction.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "core/AppServices.h"
#include "dialogs/ReauthenticateDialog.h"

#include <QUuid>
#include <QWidget>

namespace pd {

ReauthenticatedAction::ReauthenticatedAction(AppServices *services, ApiRequest request,
                                             const QString &explanation, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_request(std::move(request))
    , m_explanation(explanation)
    , m_window(window)
{
    // Chosen here rather than by the job, so the attempt after the
    // confirmation is the same logical request to the server.
    if (!m_request.hasIdempotencyKey())
        m_request.withIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

ReauthenticatedAction *ReauthenticatedAction::send(AppServices *services, ApiRequest request,
                                                   const QString &explanation, QWidget *window)
{
    auto *action = new ReauthenticatedAction(services, std::move(request), explanation, window);
    // Queued, so the caller connects to the signals first.
    QMetaObject::invokeMethod(action, &ReauthenticatedAction::attempt, Qt::QueuedConnection);
    return action;
}

bool ReauthenticatedAction::needsReauthentication(const ApiResult &result)
{
    return result.error && result.error->isProblem(QLatin1String("reauthentication-required"));
}

void ReauthenticatedAction::attempt()
{
    ApiClient *api = m_services ? m_services->api() : nullptr;
    if (!api) {
        ApiResult result;
        result.error = ApiError::cancelled();
        finish(result);
        return;
    }
    ApiJob *job = api->send(m_request);
    connect(job, &ApiJob::finished, this, &ReauthenticatedAction::onAttemptFinished);
    Q_EMIT attemptStarted(job);
}

void ReauthenticatedAction::onAttemptFinished(const ApiResult &result)
{
    if (needsReauthentication(result) && !m_confirmed && m_window)
        confirmIdentity(result);
    else
        finish(result);
}

void ReauthenticatedAction::confirmIdentity(const ApiResult &refusal)
{
    m_confirmed = true;
    auto *dialog = new ReauthenticateDialog(m_services, m_explanation, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ReauthenticatedAction::attempt);
    connect(dialog, &QDialog::rejected, this, [this, refusal] { finish(refusal); });
    dialog->open();
    Q_EMIT confirmationRequested(dialog);
}

void ReauthenticatedAction::finish(const ApiResult &result)
{
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace pd
