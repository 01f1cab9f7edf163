#include "security/DisableTwoFactorDialog.h"

#include "account/SecuritySettings.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/TotpCodeEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

DisableTwoFactorDialog::DisableTwoFactorDialog(AppServices *services, QWidget *parent)
    : ApiActionDialog(services, tr("Turn off two-factor authentication"), parent)
    , m_password(new PasswordField(this))
    , m_code(new TotpCodeEdit(this))
{
    auto *consequences = new PlainTextLabel(
        tr("Without two-factor authentication, anyone who learns your password can sign in to "
           "your account. To turn it off, confirm it is you with your password and a code from "
           "your authenticator app."),
        tr("Consequences"), this);
    m_password->lineEdit()->setAccessibleName(tr("Password"));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    auto *codeLabel = new QLabel(tr("&Code from the app:"), this);
    codeLabel->setBuddy(m_code);
    auto *form = new QFormLayout;
    form->addRow(passwordLabel, m_password);
    form->addRow(codeLabel, m_code);
    body()->addWidget(consequences);
    body()->addLayout(form);

    m_disable = addActionButton(tr("T&urn off"), tr("Turn off two-factor authentication"));
    connect(m_disable, &QPushButton::clicked, this, &DisableTwoFactorDialog::start);
    connect(m_password->lineEdit(), &QLineEdit::textChanged, this,
            &DisableTwoFactorDialog::updateActions);
    connect(m_code, &QLineEdit::textChanged, this, &DisableTwoFactorDialog::updateActions);
    updateActions();
    m_password->setFocus();
}

void DisableTwoFactorDialog::updateActions()
{
    m_disable->setEnabled(!isBusy() && !m_password->text().isEmpty() && m_code->isComplete());
}

void DisableTwoFactorDialog::start()
{
    if (!m_disable->isEnabled())
        return;
    send(SecuritySettings::reauthenticateWithPassword(m_password->text()),
         tr("Checking your password…"), [this](const ApiResult &result) {
             if (!result.ok()) {
                 showProblem(SecuritySettings::isWrongCredentials(*result.error)
                                 ? tr("The password is not right.")
                                 : problemText(*result.error));
                 m_password->setFocus();
                 return;
             }
             disable();
         });
}

void DisableTwoFactorDialog::disable()
{
    send(SecuritySettings::disableTwoFactor(m_code->code()),
         tr("Turning off two-factor authentication…"), [this](const ApiResult &result) {
             if (!result.ok()) {
                 showProblem(SecuritySettings::isWrongCredentials(*result.error)
                                 ? tr("That code is not right. Enter the code the app shows now.")
                                 : problemText(*result.error));
                 m_code->selectAll();
                 m_code->setFocus();
                 return;
             }
             accept();
         });
}

} // namespace pd
