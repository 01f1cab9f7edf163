#pragma once

#include "security/ApiActionDialog.h"

namespace pd {

class PasswordField;
class PasswordStrengthHint;
class PlainTextLabel;

// Changes the password: the current one re-authenticates the session
// (POST /auth/reauthenticate) and is then sent with the new one
// (POST /auth/password/change). The new one needs at least 12 characters;
// a strength hint helps choose it. Every other session is signed out.
class ChangePasswordDialog : public ApiActionDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(AppServices *services, QWidget *parent = nullptr);

    PasswordField *currentField() const { return m_current; }
    PasswordField *newField() const { return m_new; }
    PasswordField *confirmField() const { return m_confirm; }
    QPushButton *changeButton() const { return m_change; }

protected:
    void updateActions() override;

private:
    void start();
    void change();

    PasswordField *m_current;
    PasswordField *m_new;
    PasswordField *m_confirm;
    PasswordStrengthHint *m_strength;
    PlainTextLabel *m_mismatch;
    QPushButton *m_change;
};

} // namespace pd
