#pragma once

#include "security/ApiActionDialog.h"

class QRadioButton;

namespace pd {

class PasswordField;
class TotpCodeEdit;

// "Confirm it is you": re-authenticates the session with the password or a
// code from the authenticator app (POST /auth/reauthenticate), as the server
// requires within 5 minutes before a deletion request. Accepts on success; a
// wrong password or code keeps the dialog open with a plain message. Runs
// asynchronously with a busy indicator, and Cancel stops it.
class ReauthenticateDialog : public ApiActionDialog
{
    Q_OBJECT
public:
    // `explanation` says why the confirmation is needed (plain text).
    ReauthenticateDialog(AppServices *services, const QString &explanation,
                         QWidget *parent = nullptr);

    QRadioButton *passwordOption() const { return m_withPassword; }
    QRadioButton *codeOption() const { return m_withCode; }
    PasswordField *passwordField() const { return m_password; }
    TotpCodeEdit *codeEdit() const { return m_code; }
    QPushButton *confirmButton() const { return m_confirm; }
    using ApiActionDialog::cancelButton;

protected:
    void updateActions() override;

private:
    void confirm();

    QRadioButton *m_withPassword;
    QRadioButton *m_withCode;
    PasswordField *m_password;
    TotpCodeEdit *m_code;
    QPushButton *m_confirm;
};

} // namespace pd
