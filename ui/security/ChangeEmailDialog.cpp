#include "security/ChangeEmailDialog.h"

#include "core/AppServices.h"
#include "profile/EmailAddress.h"
#include "profile/EmailChange.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/TotpCodeEdit.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pd {

ChangeEmailDialog::ChangeEmailDialog(AppServices *services, const QString &currentEmail,
                                     const QString &pendingEmail, QWidget *parent)
    : ApiActionDialog(services, tr("Change email address"), parent)
    , m_steps(new QStackedWidget(this))
    , m_newEmail(new QLineEdit(this))
    , m_code(new TotpCodeEdit(this))
    , m_codePrompt(new PlainTextLabel(QString(), tr("Where the code was sent"), this))
{
    // Step 1: the new address.
    auto *addressStep = new QWidget(m_steps);
    auto *addressLayout = new QVBoxLayout(addressStep);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(new PlainTextLabel(
        tr("Your email address is also how you sign in. We send a code to the new address; "
           "your email changes only when you enter that code. Your current address is %1.")
            .arg(currentEmail),
        tr("About changing the email address"), addressStep));
    auto *form = new QFormLayout;
    m_newEmail->setMaxLength(254);
    m_newEmail->setAccessibleName(tr("New email address"));
    auto *caption = new QLabel(tr("&New email address:"), addressStep);
    caption->setBuddy(m_newEmail);
    form->addRow(caption, m_newEmail);
    addressLayout->addLayout(form);
    addressLayout->addStretch(1);
    m_steps->addWidget(addressStep);

    // Step 2: the code.
    auto *codeStep = new QWidget(m_steps);
    auto *codeLayout = new QVBoxLayout(codeStep);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codePrompt);
    auto *codeForm = new QFormLayout;
    m_code->setAccessibleName(tr("Confirmation code"));
    auto *codeCaption = new QLabel(tr("C&ode:"), codeStep);
    codeCaption->setBuddy(m_code);
    codeForm->addRow(codeCaption, m_code);
    codeLayout->addLayout(codeForm);
    auto *codeActions = new QHBoxLayout;
    m_resend = new QPushButton(tr("Send a ne&w code"), codeStep);
    m_resend->setAccessibleName(tr("Send a new code"));
    m_cancelChange = new QPushButton(tr("Cancel the c&hange"), codeStep);
    m_cancelChange->setAccessibleName(tr("Cancel the change"));
    codeActions->addWidget(m_resend);
    codeActions->addWidget(m_cancelChange);
    codeActions->addStretch(1);
    codeLayout->addLayout(codeActions);
    codeLayout->addStretch(1);
    m_steps->addWidget(codeStep);
    body()->addWidget(m_steps);

    m_action = addActionButton(tr("&Send code"), tr("Send code"));
    connect(m_action, &QPushButton::clicked, this, &ChangeEmailDialog::act);
    connect(m_resend, &QPushButton::clicked, this, &ChangeEmailDialog::resendCode);
    connect(m_cancelChange, &QPushButton::clicked, this, &ChangeEmailDialog::cancelChange);
    connect(m_newEmail, &QLineEdit::textChanged, this, &ChangeEmailDialog::updateActions);
    connect(m_code, &QLineEdit::textChanged, this, &ChangeEmailDialog::updateActions);
    connect(m_newEmail, &QLineEdit::returnPressed, this, &ChangeEmailDialog::act);
    connect(m_code, &QLineEdit::returnPressed, this, &ChangeEmailDialog::act);

    if (pendingEmail.isEmpty())
        askForAddress();
    else
        askForCode(pendingEmail, 0);
}

ReauthenticateDialog *ChangeEmailDialog::reauthenticateDialog() const
{
    return m_reauthenticate;
}

bool ChangeEmailDialog::isAskingForCode() const
{
    return m_steps->currentIndex() == 1;
}

void ChangeEmailDialog::updateActions()
{
    const bool busy = isBusy();
    const bool ready = isAskingForCode() ? m_code->isComplete()
                                         : EmailAddress::isValid(m_newEmail->text().trimmed());
    m_action->setEnabled(ready && !busy);
    m_resend->setEnabled(!busy);
    m_cancelChange->setEnabled(!busy);
    m_newEmail->setEnabled(!busy);
    m_code->setEnabled(!busy);
}

void ChangeEmailDialog::act()
{
    if (!m_action->isEnabled())
        return;
    if (isAskingForCode())
        confirmCode();
    else
        requestCode();
}

void ChangeEmailDialog::askForAddress()
{
    m_steps->setCurrentIndex(0);
    m_action->setText(tr("&Send code"));
    m_action->setAccessibleName(tr("Send code"));
    m_newEmail->setFocus();
    updateActions();
}

void ChangeEmailDialog::askForCode(const QString &email, int attemptsLeft)
{
    m_pendingEmail = email;
    m_attemptsLeft = attemptsLeft;
    QString prompt = tr("Enter the code we sent to %1. It is valid for 30 minutes.").arg(email);
    // The demo's server sends no mail: its messages are files on this computer.
    if (const QString demoMail = services()->options().demoMailDir; !demoMail.isEmpty())
        prompt +=
            u' ' +
            tr("In the demo no mail leaves this computer: the message is a file "
               "in the folder %1.")
                .arg(QDir::toNativeSeparators(QDir(demoMail).filePath(QStringLiteral("new"))));
    m_codePrompt->setText(prompt);
    m_code->clear();
    m_steps->setCurrentIndex(1);
    m_action->setText(tr("Con&firm"));
    m_action->setAccessibleName(tr("Confirm the code"));
    m_code->setFocus();
    updateActions();
}

void ChangeEmailDialog::requestCode()
{
    // The change goes against the profile as it is now (If-Match).
    send(EmailChange::loadProfile(), tr("Sending the code…"), [this](const ApiResult &result) {
        if (!result.ok()) {
            showProblem(problemText(*result.error));
            return;
        }
        startChange(result.header("ETag"));
    });
}

void ChangeEmailDialog::startChange(const QByteArray &etag)
{
    const QString email = m_newEmail->text().trimmed();
    send(EmailChange::start(email, etag), tr("Sending the code…"), [this](const ApiResult &result) {
        switch (EmailChange::outcomeOf(result)) {
        case EmailChange::Outcome::Done: {
            const std::optional<EmailChange::Pending> pending =
                EmailChange::pendingFrom(result.json);
            if (!pending) {
                showProblem(tr("The server did not send a code. Try again later."));
                return;
            }
            askForCode(pending->email, pending->attemptsLeft);
            Q_EMIT codeSent();
            return;
        }
        case EmailChange::Outcome::ReauthenticationNeeded:
            confirmIdentity();
            return;
        case EmailChange::Outcome::AddressTaken:
            showProblem(tr("Another account already uses this email address."));
            return;
        case EmailChange::Outcome::ProfileChanged:
            requestCode();
            return;
        default:
            showProblem(problemText(*result.error));
        }
    });
}

void ChangeEmailDialog::confirmIdentity()
{
    m_reauthenticate = new ReauthenticateDialog(
        services(),
        tr("Changing the email address you sign in with needs you to confirm it is you."), this);
    m_reauthenticate->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reauthenticate, &QDialog::accepted, this, &ChangeEmailDialog::requestCode);
    connect(m_reauthenticate, &QDialog::rejected, this, [this] {
        showProblem(tr("The email address was not changed: you did not confirm it is you."));
    });
    m_reauthenticate->open();
    Q_EMIT reauthenticationRequested(m_reauthenticate);
}

void ChangeEmailDialog::confirmCode()
{
    send(EmailChange::confirm(m_code->code()), tr("Checking the code…"),
         [this](const ApiResult &result) {
             switch (EmailChange::outcomeOf(result)) {
             case EmailChange::Outcome::Done:
                 m_changedTo = EmailChange::emailFrom(result.json);
                 accept();
                 return;
             case EmailChange::Outcome::WrongCode:
                 m_attemptsLeft = qMax(0, m_attemptsLeft - 1);
                 m_code->clear();
                 m_code->setFocus();
                 showProblem(m_attemptsLeft > 0
                                 ? tr("That code is not correct. Check the message we sent to %1 "
                                      "and try again (%n tries left).",
                                      nullptr, m_attemptsLeft)
                                       .arg(m_pendingEmail)
                                 : tr("That code is not correct. Check the message we sent to "
                                      "%1 and try again.")
                                       .arg(m_pendingEmail));
                 return;
             case EmailChange::Outcome::NoPendingChange:
                 askForAddress();
                 showProblem(tr("This email change has expired or was cancelled, or the code "
                                "was wrong too often. Start again."));
                 return;
             case EmailChange::Outcome::AddressTaken:
                 askForAddress();
                 showProblem(tr("Another account already uses this email address."));
                 return;
             default:
                 showProblem(problemText(*result.error));
             }
         });
}

void ChangeEmailDialog::resendCode()
{
    send(EmailChange::resend(), tr("Sending a new code…"), [this](const ApiResult &result) {
        switch (EmailChange::outcomeOf(result)) {
        case EmailChange::Outcome::Done: {
            const std::optional<EmailChange::Pending> pending =
                EmailChange::pendingFrom(result.json);
            askForCode(pending ? pending->email : m_pendingEmail,
                       pending ? pending->attemptsLeft : 0);
            problemBanner()->showNotice(NoticeBanner::Kind::Information,
                                        tr("We sent a new code to %1.").arg(m_pendingEmail));
            return;
        }
        case EmailChange::Outcome::NoPendingChange:
            askForAddress();
            showProblem(tr("This email change has expired or was cancelled. Start again."));
            return;
        default:
            showProblem(problemText(*result.error));
        }
    });
}

void ChangeEmailDialog::cancelChange()
{
    send(EmailChange::cancel(), tr("Cancelling the change…"), [this](const ApiResult &result) {
        const EmailChange::Outcome outcome = EmailChange::outcomeOf(result);
        if (outcome == EmailChange::Outcome::Done ||
            outcome == EmailChange::Outcome::NoPendingChange) {
            reject();
            return;
        }
        showProblem(problemText(*result.error));
    });
}

} // namespace pd
