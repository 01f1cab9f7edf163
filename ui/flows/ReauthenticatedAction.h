#pragma once

#include "api/ApiJob.h"
#include "api/ApiRequest.h"
#include "api/ApiResult.h"
#include "dialogs/ReauthenticateDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pd {

class AppServices;

// Sends a request the server refuses with 403 reauthentication-required
// unless the session confirmed it is the user in the last 5 minutes (ending
// another device's session, turning on two-factor authentication). On that
// answer it asks the user to confirm it is them (ReauthenticateDialog) and
// sends the same request once more, with the same Idempotency-Key: one
// logical request. Declined, finished() carries the refusal. Deletes itself
// after finished().
class ReauthenticatedAction : public QObject
{
    Q_OBJECT
public:
    // `explanation` says in the dialog why the confirmation is needed; the
    // dialog is a child of `window`.
    static ReauthenticatedAction *send(AppServices *services, ApiRequest request,
                                       const QString &explanation, QWidget *window);

    // Whether `result` is the server's refusal for want of a re-authentication.
    static bool needsReauthentication(const ApiResult &result);

Q_SIGNALS:
    // Each attempt as it starts (for a status bar's Cancel).
    void attemptStarted(pd::ApiJob *job);
    void confirmationRequested(pd::ReauthenticateDialog *dialog);
    void finished(const pd::ApiResult &result);

private:
    ReauthenticatedAction(AppServices *services, ApiRequest request, const QString &explanation,
                          QWidget *window);
    void attempt();
    void onAttemptFinished(const ApiResult &result);
    void confirmIdentity(const ApiResult &refusal);
    void finish(const ApiResult &result);

    AppServices *m_services;
    ApiRequest m_request;
    QString m_explanation;
    QPointer<QWidget> m_window;
    bool m_confirmed = false;
};

} // namespace pd
