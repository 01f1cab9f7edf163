#include "security/EnableTwoFactorDialog.h"

#include "account/SecuritySettings.h"
#include "security/QrCodeWidget.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/SecretClipboard.h"
#include "widgets/TotpCodeEdit.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace pd {

EnableTwoFactorDialog::EnableTwoFactorDialog(AppServices *services, QWidget *parent)
    : ApiActionDialog(services, tr("Turn on two-factor authentication"), parent)
    , m_setup(new QWidget(this))
    , m_scan(new PlainTextLabel(
          tr("1. Scan this QR code with your authenticator app (for example FreeOTP, Aegis, "
             "Google Authenticator or Microsoft Authenticator):"),
          tr("Step 1"), m_setup))
    , m_manual(
          new PlainTextLabel(tr("Or type this key into the app:"), tr("Manual entry"), m_setup))
    , m_qr(new QrCodeWidget(m_setup))
    , m_secret(new PlainTextLabel(m_setup))
    , m_code(new TotpCodeEdit(m_setup))
{
    auto *intro = new PlainTextLabel(
        tr("With two-factor authentication, signing in needs a code from an authenticator app on "
           "your phone as well as your password."),
        tr("About two-factor authentication"), this);
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_qr->setAccessibleDescription(tr("Holds the same key as the text below"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setAccessibleName(tr("Key for manual entry"));
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyKey = new QPushButton(tr("Cop&y key"), m_setup);
    copyKey->setObjectName(QStringLiteral("copyKey"));
    copyKey->setAccessibleName(tr("Copy the key"));
    copyKey->setToolTip(tr("The key is removed from the clipboard after 30 seconds."));
    // The key without the grouping spaces, as authenticator apps expect it.
    connect(copyKey, &QPushButton::clicked, this,
            [this] { SecretClipboard::copy(m_secret->text().remove(QLatin1Char(' '))); });
    auto *codeLabel = new QLabel(tr("2. &Enter the 6-digit code the app shows:"), m_setup);
    codeLabel->setWordWrap(true);
    codeLabel->setBuddy(m_code);

    auto *setupLayout = new QVBoxLayout(m_setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(m_scan);
    setupLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    setupLayout->addWidget(m_manual);
    setupLayout->addWidget(m_secret);
    setupLayout->addWidget(copyKey, 0, Qt::AlignLeft);
    setupLayout->addWidget(codeLabel);
    setupLayout->addWidget(m_code);
    m_setup->hide();
    body()->addWidget(intro);
    body()->addWidget(m_setup, 1);

    m_confirm = addActionButton(tr("&Turn on"), tr("Turn on two-factor authentication"));
    connect(m_confirm, &QPushButton::clicked, this, &EnableTwoFactorDialog::confirm);
    connect(m_code, &QLineEdit::textChanged, this, &EnableTwoFactorDialog::updateActions);
    updateActions();
}

QString EnableTwoFactorDialog::groupedSecret(const QString &secret)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups.append(secret.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

void EnableTwoFactorDialog::showEvent(QShowEvent *event)
{
    ApiActionDialog::showEvent(event);
    if (!m_started)
        enrol();
}

void EnableTwoFactorDialog::enrol()
{
    m_started = true;
    sendConfirmingIdentity(
        SecuritySettings::enrolTwoFactor(), tr("Preparing a new key…"),
        [this](const ApiResult &result) {
            if (!result.ok()) {
                showProblem(result.error->isProblem(QLatin1String("conflict"))
                                ? tr("Two-factor authentication is already on.")
                                : problemText(*result.error));
                return;
            }
            const std::optional<TwoFactorKey> key = SecuritySettings::parseEnrolment(result.json);
            // Without the module the key is still typed in by hand.
            const bool withQrCode = QrCodeWidget::isAvailable();
            if (!key || (withQrCode && !m_qr->setText(key->otpauthUri.toUtf8()))) {
                showProblem(tr("The server sent a key this app cannot read."));
                return;
            }
            if (!withQrCode)
                showWithoutQrCode();
            m_secret->setText(groupedSecret(key->secret));
            m_enrolled = true;
            m_setup->show();
            m_code->setFocus();
        });
}

void EnableTwoFactorDialog::showWithoutQrCode()
{
    m_qr->hide();
    m_manual->hide();
    m_scan->setText(tr("1. The QR code cannot be shown: this installation of Privacy Dashboard is "
                       "missing its QR code module. Type this key into your authenticator app "
                       "(for example FreeOTP, Aegis, Google Authenticator or Microsoft "
                       "Authenticator):"));
}

void EnableTwoFactorDialog::updateActions()
{
    m_confirm->setEnabled(m_enrolled && !isBusy() && m_code->isComplete());
}

void EnableTwoFactorDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    sendConfirmingIdentity(
        SecuritySettings::confirmTwoFactor(m_code->code()), tr("Checking the code…"),
        [this](const ApiResult &result) {
            if (!result.ok()) {
                showProblem(SecuritySettings::isWrongCredentials(*result.error)
                                ? tr("That code is not right. Check that your phone's clock is "
                                     "correct and enter the code the app shows now.")
                                : problemText(*result.error));
                m_code->selectAll();
                m_code->setFocus();
                return;
            }
            accept();
        });
}

void EnableTwoFactorDialog::sendConfirmingIdentity(
    ApiRequest request, const QString &progressText,
    const std::function<void(const ApiResult &)> &done, bool confirmed)
{
    if (!request.hasIdempotencyKey())
        request.withIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    send(request, progressText,
         [this, request, progressText, done, confirmed](const ApiResult &result) {
             if (confirmed || !ServerAction::needsReauthentication(result)) {
                 done(result);
                 return;
             }
             m_reauthenticate = new ReauthenticateDialog(
                 services(),
                 tr("Turning on two-factor authentication needs you to confirm it is you, so that "
                    "someone who got hold of this app's session cannot tie your account to their "
                    "own "
                    "authenticator app."),
                 this);
             m_reauthenticate->setAttribute(Qt::WA_DeleteOnClose);
             connect(m_reauthenticate, &QDialog::accepted, this,
                     [this, request, progressText, done] {
                         sendConfirmingIdentity(request, progressText, done, true);
                     });
             connect(m_reauthenticate, &QDialog::rejected, this, [this] {
                 showProblem(
                     tr("Two-factor authentication was not turned on: you did not confirm it "
                        "is you."));
             });
             m_reauthenticate->open();
         });
}

} // namespace pd
