#include "security/ReauthenticateDialog.h"

#include "account/SecuritySettings.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/TotpCodeEdit.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

ReauthenticateDialog::ReauthenticateDialog(AppServices *services, const QString &explanation,
                                           QWidget *parent)
    : ApiActionDialog(services, tr("Confirm it is you"), parent)
    , m_withPassword(new QRadioButton(tr("With my &password"), this))
    , m_withCode(new QRadioButton(tr("With a co&de from my authenticator app"), this))
    , m_password(new PasswordField(this))
    , m_code(new TotpCodeEdit(this))
{
    auto *why = new PlainTextLabel(explanation, tr("Why this is needed"), this);
    m_withPassword->setAccessibleName(tr("Confirm with my password"));
    m_withCode->setAccessibleName(tr("Confirm with a code from my authenticator app"));
    m_withPassword->setChecked(true);
    m_password->lineEdit()->setAccessibleName(tr("Password"));
    // Labelled only by the option above it.
    m_password->lineEdit()->setAccessibleDescription(
        tr("Your account's password, to confirm it is you"));
    m_code->setAccessibleName(tr("Code from the authenticator app"));
    auto *form = new QFormLayout;
    form->addRow(m_withPassword);
    form->addRow(m_password);
    form->addRow(m_withCode);
    form->addRow(m_code);
    body()->addWidget(why);
    body()->addLayout(form);

    m_confirm = addActionButton(tr("C&onfirm"), tr("Confirm it is you"));
    connect(m_confirm, &QPushButton::clicked, this, &ReauthenticateDialog::confirm);
    connect(m_withPassword, &QRadioButton::toggled, this, [this](bool password) {
        (password ? static_cast<QWidget *>(m_password->lineEdit()) : m_code)->setFocus();
        updateActions();
    });
    connect(m_password->lineEdit(), &QLineEdit::textChanged, this,
            &ReauthenticateDialog::updateActions);
    connect(m_code, &QLineEdit::textChanged, this, &ReauthenticateDialog::updateActions);
    // Keyboard order follows the form. The password field moves as one
    // piece (its line edit, then Show): moving only the line edit left the
    // field, whose focus proxy the line edit is, behind it, and Tab went
    // round between the line edit and the code option.
    auto *reveal = m_password->findChild<QToolButton *>();
    setTabOrder(reveal ? static_cast<QWidget *>(reveal) : m_password->lineEdit(), m_withCode);
    setTabOrder(m_withCode, m_code);
    updateActions();
    m_password->lineEdit()->setFocus();
}

void ReauthenticateDialog::updateActions()
{
    const bool password = m_withPassword->isChecked();
    m_password->setEnabled(password && !isBusy());
    m_code->setEnabled(!password && !isBusy());
    const bool ready = password ? !m_password->text().isEmpty() : m_code->isComplete();
    m_confirm->setEnabled(ready && !isBusy());
}

void ReauthenticateDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    const bool password = m_withPassword->isChecked();
    send(password ? SecuritySettings::reauthenticateWithPassword(m_password->text())
                  : SecuritySettings::reauthenticateWithCode(m_code->code()),
         password ? tr("Checking your password…") : tr("Checking the code…"),
         [this, password](const ApiResult &result) {
             if (result.ok()) {
                 accept();
                 return;
             }
             const ApiError &error = *result.error;
             if (SecuritySettings::isWrongCredentials(error))
                 showProblem(password
                                 ? tr("The password is not right. Check it and try again.")
                                 : tr("That code is not right. Enter the code the app shows now."));
             else if (!password && error.isProblem(QLatin1String("validation-failed")))
                 showProblem(tr("Two-factor authentication is not on for this account: confirm "
                                "with your password."));
             else
                 showProblem(problemText(error));
             if (password) {
                 m_password->clear();
                 m_password->lineEdit()->setFocus();
             } else {
                 m_code->clear();
                 m_code->setFocus();
             }
         });
}

} // namespace pd
