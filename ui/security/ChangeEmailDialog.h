#pragma once

#include "security/ApiActionDialog.h"

#include <QByteArray>
#include <QPointer>

class QLineEdit;
class QStackedWidget;

namespace pd {

class PlainTextLabel;
class ReauthenticateDialog;
class TotpCodeEdit;

// Changes the sign-in email in two steps, as the server requires: the new
// address (after "Confirm it is you" when the session has not re-
// authenticated lately), then "Enter the code we sent to <new address>",
// with a new code or cancelling the change on offer. The email changes only
// when the code is right; a wrong one is refused with the tries left.
// Accepts once the email changed. The requests come from EmailChange.
class ChangeEmailDialog : public ApiActionDialog
{
    Q_OBJECT
public:
    // `currentEmail` is shown for reference; when `pendingEmail` is not
    // empty, a change already waits for its code and the dialog starts there.
    ChangeEmailDialog(AppServices *services, const QString &currentEmail,
                      const QString &pendingEmail = {}, QWidget *parent = nullptr);

    QLineEdit *newEmailEdit() const { return m_newEmail; }
    TotpCodeEdit *codeEdit() const { return m_code; }
    PlainTextLabel *codePrompt() const { return m_codePrompt; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *cancelChangeButton() const { return m_cancelChange; }
    // Open while the server asks the user to confirm it is them.
    ReauthenticateDialog *reauthenticateDialog() const;
    bool isAskingForCode() const;
    // The address the email changed to, once accepted.
    QString changedTo() const { return m_changedTo; }

Q_SIGNALS:
    void reauthenticationRequested(pd::ReauthenticateDialog *dialog);
    // A code is on its way: the profile now shows the pending change.
    void codeSent();

protected:
    void updateActions() override;

private:
    void act();
    void requestCode();
    void startChange(const QByteArray &etag);
    void askForCode(const QString &email, int attemptsLeft);
    void askForAddress();
    void confirmCode();
    void resendCode();
    void cancelChange();
    void confirmIdentity();

    QStackedWidget *m_steps;
    QLineEdit *m_newEmail;
    TotpCodeEdit *m_code;
    PlainTextLabel *m_codePrompt;
    QPushButton *m_action;
    QPushButton *m_resend;
    QPushButton *m_cancelChange;
    QPointer<ReauthenticateDialog> m_reauthenticate;
    QString m_pendingEmail;
    int m_attemptsLeft = 0;
    QString m_changedTo;
};

} // namespace pd
