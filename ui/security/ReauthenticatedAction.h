#pragma once

#include "account/ServerAction.h"
#include "security/ReauthenticateDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pd {

class ActionStatusBar;
class AppServices;

// Runs an action the server refuses with 403 reauthentication-required
// unless the session confirmed it is the user in the last 5 minutes (ending
// another device's session, turning on two-factor authentication). On that
// answer it asks the user to confirm it is them (ReauthenticateDialog) and
// has the action retry: the same request with the same Idempotency-Key, one
// logical request. Declined, finished() carries the refusal. Deletes itself
// (and the action) after finished().
class ReauthenticatedAction : public QObject
{
    Q_OBJECT
public:
    // Takes over `action`, which the core started (may be null when no
    // server is active: finished() then reports it cancelled).
    // `explanation` says in the dialog why the confirmation is needed; the
    // dialog is a child of `window`.
    static ReauthenticatedAction *run(AppServices *services, ServerAction *action,
                                      const QString &explanation, QWidget *window);

    // Shows `progressText` in `status` while an attempt runs (its Cancel
    // cancels the attempt), and a waiting note while the user confirms.
    void showProgressIn(ActionStatusBar *status, const QString &progressText);

Q_SIGNALS:
    // Each attempt as it starts (for a status bar's Cancel).
    void attemptStarted(pd::ServerAction *action);
    void confirmationRequested(pd::ReauthenticateDialog *dialog);
    void finished(const pd::ApiResult &result);

private:
    ReauthenticatedAction(AppServices *services, ServerAction *action, const QString &explanation,
                          QWidget *window);
    void onAttemptFinished(const ApiResult &result);
    void confirmIdentity(const ApiResult &refusal);
    void finish(const ApiResult &result);

    AppServices *m_services;
    QPointer<ServerAction> m_action;
    QString m_explanation;
    QPointer<QWidget> m_window;
    QPointer<ActionStatusBar> m_status;
    QString m_progressText;
    bool m_confirmed = false;
};

} // namespace pd
