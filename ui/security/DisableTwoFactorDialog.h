#pragma once

#include "security/ApiActionDialog.h"

namespace pd {

class PasswordField;
class TotpCodeEdit;

// Turns off two-factor authentication after re-authenticating with the
// password (POST /auth/reauthenticate) and a current code
// (POST /auth/totp/disable), stating what the account loses.
class DisableTwoFactorDialog : public ApiActionDialog
{
    Q_OBJECT
public:
    explicit DisableTwoFactorDialog(AppServices *services, QWidget *parent = nullptr);

    PasswordField *passwordField() const { return m_password; }
    TotpCodeEdit *codeEdit() const { return m_code; }
    QPushButton *disableButton() const { return m_disable; }

protected:
    void updateActions() override;

private:
    void start();
    void disable();

    PasswordField *m_password;
    TotpCodeEdit *m_code;
    QPushButton *m_disable;
};

} // namespace pd
