#include "security/ReauthenticatedAction.h"

#include "core/AppServices.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/ActionStatusBar.h"

#include <QWidget>

namespace pd {

ReauthenticatedAction::ReauthenticatedAction(AppServices *services, ServerAction *action,
                                             const QString &explanation, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_action(action)
    , m_explanation(explanation)
    , m_window(window)
{
    if (!m_action) {
        // Queued, so the caller connects to the signals first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                ApiResult result;
                result.error = ApiError::cancelled();
                finish(result);
            },
            Qt::QueuedConnection);
        return;
    }
    m_action->setAutoDelete(false);
    m_action->setParent(this);
    connect(m_action, &ServerAction::attemptStarted, this, [this] {
        if (m_status)
            m_status->start(m_progressText, m_action);
        Q_EMIT attemptStarted(m_action);
    });
    connect(m_action, &ServerAction::finished, this, &ReauthenticatedAction::onAttemptFinished);
}

ReauthenticatedAction *ReauthenticatedAction::run(AppServices *services, ServerAction *action,
                                                  const QString &explanation, QWidget *window)
{
    return new ReauthenticatedAction(services, action, explanation, window);
}

void ReauthenticatedAction::showProgressIn(ActionStatusBar *status, const QString &progressText)
{
    m_status = status;
    m_progressText = progressText;
    if (m_status)
        m_status->start(m_progressText, m_action);
}

void ReauthenticatedAction::onAttemptFinished(const ApiResult &result)
{
    if (ServerAction::needsReauthentication(result) && !m_confirmed && m_window)
        confirmIdentity(result);
    else
        finish(result);
}

void ReauthenticatedAction::confirmIdentity(const ApiResult &refusal)
{
    m_confirmed = true;
    auto *dialog = new ReauthenticateDialog(m_services, m_explanation, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_action, &ServerAction::retry);
    connect(dialog, &QDialog::rejected, this, [this, refusal] { finish(refusal); });
    dialog->open();
    if (m_status)
        m_status->start(tr("Waiting for you to confirm it is you…"), nullptr);
    Q_EMIT confirmationRequested(dialog);
}

void ReauthenticatedAction::finish(const ApiResult &result)
{
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace pd
