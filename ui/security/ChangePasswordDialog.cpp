#include "security/ChangePasswordDialog.h"

#include "account/SecuritySettings.h"
#include "security/PasswordStrengthHint.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QLabel *buddyLabel(const QString &text, PasswordField *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field->lineEdit());
    return label;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(AppServices *services, QWidget *parent)
    : ApiActionDialog(services, tr("Change password"), parent)
    , m_current(new PasswordField(this))
    , m_new(new PasswordField(this))
    , m_confirm(new PasswordField(this))
    , m_strength(new PasswordStrengthHint(this))
    , m_mismatch(new PlainTextLabel(this))
{
    m_current->lineEdit()->setAccessibleName(tr("Current password"));
    m_current->lineEdit()->setObjectName(QStringLiteral("currentPassword"));
    m_new->lineEdit()->setAccessibleName(tr("New password"));
    m_new->lineEdit()->setObjectName(QStringLiteral("newPassword"));
    m_confirm->lineEdit()->setAccessibleName(tr("Confirm the new password"));
    m_confirm->lineEdit()->setObjectName(QStringLiteral("confirmPassword"));
    m_mismatch->setAccessibleName(tr("Password check"));

    auto *intro = new PlainTextLabel(
        tr("Choose a long password that you use nowhere else. After the change, every other "
           "device and browser signed in to your account is signed out."),
        tr("About changing the password"), this);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Current password:"), m_current, this), m_current);
    form->addRow(buddyLabel(tr("&New password:"), m_new, this), m_new);
    form->addRow(QString(), m_strength);
    form->addRow(buddyLabel(tr("Con&firm new password:"), m_confirm, this), m_confirm);
    form->addRow(QString(), m_mismatch);
    body()->addWidget(intro);
    body()->addLayout(form);

    m_change = addActionButton(tr("Change pass&word"), tr("Change password"));
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::start);
    connect(m_new->lineEdit(), &QLineEdit::textChanged, m_strength,
            &PasswordStrengthHint::setPassword);
    for (PasswordField *field : {m_current, m_new, m_confirm})
        connect(field->lineEdit(), &QLineEdit::textChanged, this,
                &ChangePasswordDialog::updateActions);
    updateActions();
    m_current->setFocus();
}

void ChangePasswordDialog::updateActions()
{
    const QString current = m_current->text();
    const QString next = m_new->text();
    const QString confirm = m_confirm->text();
    QString problem;
    if (!confirm.isEmpty() && confirm != next)
        problem = tr("The two new passwords differ.");
    else if (!next.isEmpty() && next == current)
        problem = tr("The new password must differ from the current one.");
    m_mismatch->setText(problem);
    m_mismatch->setVisible(!problem.isEmpty());
    m_change->setEnabled(!isBusy() && !current.isEmpty() &&
                         next.size() >= PasswordStrengthHint::kMinimumLength && confirm == next &&
                         next != current);
}

void ChangePasswordDialog::start()
{
    if (!m_change->isEnabled())
        return;
    send(SecuritySettings::reauthenticateWithPassword(m_current->text()),
         tr("Checking your current password…"), [this](const ApiResult &result) {
             if (!result.ok()) {
                 showProblem(SecuritySettings::isWrongCredentials(*result.error)
                                 ? tr("The current password is not right.")
                                 : problemText(*result.error));
                 m_current->lineEdit()->selectAll();
                 m_current->setFocus();
                 return;
             }
             change();
         });
}

void ChangePasswordDialog::change()
{
    send(SecuritySettings::changePassword(m_current->text(), m_new->text()),
         tr("Changing your password…"), [this](const ApiResult &result) {
             if (!result.ok()) {
                 showProblem(problemText(*result.error));
                 return;
             }
             accept();
         });
}

} // namespace pd
