#include "signin/SignInDialog.h"

#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "dialogs/GrowToFit.h"
#include "discovery/Discovery.h"
#include "net/TlsPolicy.h"
#include "signin/AddServerDialog.h"
#include "signin/BrowserSignInDialog.h"
#include "signin/CredentialsStep.h"
#include "signin/ServerPicker.h"
#include "signin/TotpStep.h"
#include "widgets/AppIcon.h"
#include "widgets/PlainTextLabel.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

namespace pd {

SignInDialog::SignInDialog(AppServices *services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_servers(new ServerPicker(services, this))
    , m_steps(new QStackedWidget(this))
    , m_credentials(new CredentialsStep(this))
    , m_totp(new TotpStep(this))
    , m_messageIcon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busyRow(new QWidget(this))
    , m_busyLabel(new QLabel(m_busyRow))
    , m_busyBar(new QProgressBar(m_busyRow))
    , m_cancel(new QPushButton(tr("&Cancel"), m_busyRow))
    , m_providerSignOut(new QFrame(this))
    , m_providerSignOutText(new PlainTextLabel(m_providerSignOut))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    GrowToFit::install(this);
    setWindowTitle(tr("Sign In — Privacy Dashboard"));
    setAccessibleName(tr("Sign in"));
    // Room for the longer messages without reflowing the form at every step.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    auto *title = new QLabel(tr("Sign in to see and control what is held about you"), this);
    title->setObjectName(QStringLiteral("signInTitle"));
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_steps->addWidget(m_credentials);
    m_steps->addWidget(m_totp);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setFixedSize(iconSize, iconSize);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);

    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    // A line of its own, as long as a translation needs.
    m_busyLabel->setWordWrap(true);
    m_busyBar->setRange(0, 0);
    m_busyBar->setAccessibleName(tr("Working"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    auto *progressLayout = new QHBoxLayout;
    progressLayout->addWidget(m_busyBar, 1);
    progressLayout->addWidget(m_cancel);
    auto *busyLayout = new QVBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addLayout(progressLayout);
    m_busyRow->hide();

    // The text above its buttons, at the dialog's full width.
    m_providerSignOut->setObjectName(QStringLiteral("providerSignOutNotice"));
    m_providerSignOut->setFrameShape(QFrame::StyledPanel);
    m_providerSignOutText->setObjectName(QStringLiteral("providerSignOutText"));
    auto *providerSignOut = new QPushButton(tr("Sign Out in &Browser"), m_providerSignOut);
    providerSignOut->setObjectName(QStringLiteral("providerSignOutButton"));
    providerSignOut->setAccessibleName(tr("Sign out in the browser"));
    auto *notNow = new QPushButton(tr("&Not Now"), m_providerSignOut);
    notNow->setObjectName(QStringLiteral("providerSignOutDismissButton"));
    notNow->setAccessibleName(tr("Not now"));
    auto *offerButtons = new QHBoxLayout;
    offerButtons->addStretch();
    offerButtons->addWidget(providerSignOut);
    offerButtons->addWidget(notNow);
    auto *offerLayout = new QVBoxLayout(m_providerSignOut);
    offerLayout->addWidget(m_providerSignOutText);
    offerLayout->addLayout(offerButtons);
    m_providerSignOut->hide();

    m_signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_quit = m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAccessibleName(tr("Quit"));
    // Someone who cannot read the current language must reach the switch
    // before signing in.
    m_settings = m_buttons->addButton(tr("Se&ttings…"), QDialogButtonBox::ActionRole);
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_settings->setAccessibleName(tr("Settings"));
    m_settings->setIcon(AppIcon::themed(QStringLiteral("preferences-desktop-locale")));
    // Receipts are proof that outlives the session and the account.
    m_receipts = m_buttons->addButton(tr("Rece&ipts…"), QDialogButtonBox::ActionRole);
    m_receipts->setObjectName(QStringLiteral("receiptsButton"));
    m_receipts->setAccessibleName(tr("Receipts"));
    m_receipts->setAccessibleDescription(
        tr("Shows the signed receipts of your requests kept on this computer."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_servers);
    layout->addWidget(m_steps);
    layout->addLayout(messageRow);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_providerSignOut);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_servers, &ServerPicker::profileChanged, this, &SignInDialog::onProfileChanged);
    connect(m_servers, &ServerPicker::discovered, this, &SignInDialog::onDiscovered);
    connect(m_servers, &ServerPicker::addServerRequested, this, &SignInDialog::addServer);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_settings, &QPushButton::clicked, this, &SignInDialog::settingsRequested);
    connect(m_receipts, &QPushButton::clicked, this, &SignInDialog::receiptsRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (auto onCancel = std::exchange(m_onCancel, {})) {
            clearBusy();
            onCancel();
        }
    });
    connect(m_credentials, &CredentialsStep::passwordResetRequested, this,
            &SignInDialog::openPasswordReset);
    connect(m_credentials, &CredentialsStep::providerSignInRequested, this,
            &SignInDialog::startProviderSignIn);
    connect(providerSignOut, &QPushButton::clicked, this, [this] {
        m_providerSignOut->hide();
        openBrowserAt(std::exchange(m_providerSignOutUrl, {}));
    });
    connect(notNow, &QPushButton::clicked, this, [this] {
        m_providerSignOut->hide();
        m_providerSignOutUrl.clear();
    });
    connect(m_totp, &TotpStep::backRequested, this, [this] {
        showMessage({}, false);
        showStep(Step::Credentials);
    });

    showMessage({}, false);
    m_servers->reload();
    showStep(Step::Credentials);
}

SignInDialog::~SignInDialog() = default;

ServerPicker *SignInDialog::servers() const
{
    return m_servers;
}

std::optional<ServerProfile> SignInDialog::selectedProfile() const
{
    return m_servers->selectedProfile();
}

QString SignInDialog::email() const
{
    return m_credentials->email();
}

void SignInDialog::setEmail(const QString &email)
{
    m_credentials->setEmail(email);
}

void SignInDialog::setDemoAccount(const QString &email, const QString &password,
                                  const QString &totpSecret)
{
    m_credentials->setEmail(email);
    m_credentials->setPassword(password);
    m_totp->setDemoSecret(totpSecret);
    showNotice(tr("This is a demo on your own computer: the demo account's email address and "
                  "password are filled in. Choose Sign In."));
    m_signIn->setFocus();
}

void SignInDialog::resumeSession()
{
    if (!activateSelected())
        return;
    setBusy(tr("Resuming your previous session…"), [this] { cancelSignIn(); });
    m_services->restoreSession();
}

void SignInDialog::submit()
{
    if (isBusy())
        return;
    if (m_step == Step::Credentials)
        submitCredentials();
    else
        submitCode();
}

void SignInDialog::submitCredentials()
{
    if (!selectedProfile()) {
        showError(tr("Add your organization's server first."));
        m_servers->focusAddButton();
        return;
    }
    const QString email = m_credentials->email();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        showError(tr("Enter the email address of your account."));
        m_credentials->focusFirstEmpty();
        return;
    }
    if (m_credentials->password().isEmpty()) {
        showError(tr("Enter your password."));
        m_credentials->focusPassword();
        return;
    }
    if (!activateSelected())
        return;
    showMessage({}, false);
    m_providerSignOut->hide();
    m_viaProvider = false;
    m_providerName.clear();
    setBusy(tr("Signing in…"), [this] { cancelSignIn(); });
    m_auth->signInWithPassword(email, m_credentials->password(), deviceName());
}

void SignInDialog::submitCode()
{
    if (!m_totp->hasCompleteCode()) {
        showError(tr("Enter the 6-digit code from your authenticator app."));
        m_totp->focusCode();
        return;
    }
    if (!m_auth || m_auth->state() != AuthService::State::TwoFactorRequired) {
        showError(tr("The two-factor sign-in has expired. Please start again."));
        showStep(Step::Credentials);
        return;
    }
    showMessage({}, false);
    setBusy(tr("Checking the code…"), [this] { cancelSignIn(); });
    m_auth->submitTotp(m_totp->code());
}

void SignInDialog::cancelSignIn()
{
    // Ending the half-made session drops any answer still on its way.
    m_services->signOut();
    showNotice(tr("Sign-in cancelled."));
    showStep(Step::Credentials);
}

bool SignInDialog::activateSelected()
{
    const auto profile = selectedProfile();
    if (!profile)
        return false;
    if (!m_services->hasActiveProfile() || m_services->activeProfile() != *profile)
        m_services->activateProfile(*profile);
    connectAuth();
    return m_auth != nullptr;
}

void SignInDialog::connectAuth()
{
    AuthService *auth = m_services->auth();
    if (auth == m_auth)
        return;
    m_auth = auth;
    if (!auth)
        return;
    connect(auth, &AuthService::twoFactorRequired, this, [this] {
        clearBusy();
        m_totp->clear();
        showStep(Step::TwoFactor);
    });
    connect(auth, &AuthService::signInFailed, this, &SignInDialog::onSignInFailed);
    connect(auth, &AuthService::signedIn, this, [this] { resetForm(); });
    connect(auth, &AuthService::signedOut, this, [this] {
        if (isBusy())
            clearBusy();
    });
    connect(auth, &AuthService::tokenStoreFailed, this, [this](const QString &message) {
        showError(tr("The system keychain could not be used, so you will have to sign in "
                     "each time you start the app: %1")
                      .arg(message));
    });
}

void SignInDialog::onSignInFailed(const ApiError &error)
{
    clearBusy();
    showError(error.userMessage());
    if (m_auth && m_auth->state() == AuthService::State::TwoFactorRequired) {
        showStep(Step::TwoFactor);
        m_totp->clear();
        m_totp->focusCode();
    } else {
        showStep(Step::Credentials);
        if (m_viaProvider)
            m_credentials->focusProviderButton();
        else
            m_credentials->focusPassword();
    }
}

void SignInDialog::startProviderSignIn(const Discovery::OidcIssuer &issuer)
{
    if (isBusy() || m_browserSignIn)
        return;
    // The attempt talks to the chosen server's backend (its nonce, then
    // /auth/oidc): that profile must be the active one first.
    if (!activateSelected())
        return;
    showMessage({}, false);
    m_providerSignOut->hide();
    m_viaProvider = true;
    m_providerName = CredentialsStep::providerName(issuer);
    auto *browser = new BrowserSignInDialog(m_services->api(), issuer, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setBrowserTimeout(m_browserTimeout);
    m_browserSignIn = browser;
    connect(browser, &BrowserSignInDialog::authorized, this, &SignInDialog::onProviderAuthorized);
    connect(browser, &BrowserSignInDialog::failed, this, &SignInDialog::onProviderFailed);
    connect(browser, &QDialog::rejected, this, [this, browser] {
        // After a failure, closing the dialog only dismisses the reason.
        if (m_browserSignIn == browser)
            onProviderCancelled();
    });
    // The form waits behind the dialog, which shows the wait and has the
    // Cancel; no busy row of its own.
    m_onCancel = [this] {
        if (m_browserSignIn)
            m_browserSignIn->reject();
    };
    updateButtons();
    browser->start();
}

void SignInDialog::onProviderAuthorized(const OidcAuthorization::Result &result)
{
    // The dialog closes itself.
    m_browserSignIn = nullptr;
    if (!m_auth) {
        clearBusy();
        showError(tr("The sign-in could not be completed. Please start again."));
        return;
    }
    // From here on it is the backend's sign-in, cancelled like a password's.
    setBusy(tr("Signing in…"), [this] { cancelSignIn(); });
    m_auth->signInWithIdToken(result.issuer, result.idToken, deviceName(),
                              result.providerSignOutUrl);
}

void SignInDialog::onProviderFailed(const ApiError &error)
{
    // The dialog stays in front with the reason; the form says it too, for
    // when the user has closed it.
    m_browserSignIn = nullptr;
    clearBusy();
    showStep(Step::Credentials);
    showError(error.userMessage());
    m_credentials->focusProviderButton();
}

void SignInDialog::onProviderCancelled()
{
    m_browserSignIn = nullptr;
    clearBusy();
    showStep(Step::Credentials);
    showNotice(tr("Sign-in cancelled."));
    m_credentials->focusProviderButton();
}

void SignInDialog::openBrowserAt(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url))
        showError(tr("The web browser could not be opened. Open this address in it yourself: %1")
                      .arg(url.toString(QUrl::FullyEncoded)));
}

void SignInDialog::offerProviderSignOut(const QString &providerName, const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return;
    m_providerSignOutUrl = url;
    const QString text =
        tr("You are signed out of Privacy Dashboard. Also sign out of %1 in your browser?")
            .arg(providerName);
    m_providerSignOutText->setText(text);
    m_providerSignOutText->setAccessibleName(text);
    m_providerSignOut->show();
    // Wrapped text does not always make a shown window taller by itself.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::onProfileChanged()
{
    m_credentials->setPasswordResetUrl({});
    m_credentials->clearIdentityProviders();
    m_totp->setProviderName({});
    if (m_servers->isEmpty())
        showNotice(tr("Add the server of your organization to sign in."));
    updateButtons();
}

void SignInDialog::addServer(const QString &url)
{
    auto *dialog = new AddServerDialog(m_services->options().developerMode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!url.isEmpty())
        dialog->setServerUrl(url);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const std::optional<ServerProfile> profile =
            m_services->addProfile(dialog->profile(), &error);
        if (!profile) {
            QMessageBox::warning(this, tr("Server Not Added"), error);
            return;
        }
        m_servers->reload(profile->id);
        showNotice(tr("%1 was added.").arg(profile->name));
        m_credentials->focusFirstEmpty();
    });
    dialog->open();
}

void SignInDialog::onDiscovered(const ServerProfile &profile, const Discovery &discovery)
{
    QString ignored;
    if (TlsPolicy(profile).allowsUrl(discovery.passwordResetUrl, &ignored))
        m_credentials->setPasswordResetUrl(discovery.passwordResetUrl);
    m_totp->setProviderName(discovery.providerName);
    m_credentials->setIdentityProviders(discovery.providerName.isEmpty() ? profile.name
                                                                         : discovery.providerName,
                                        discovery.oidcIssuers);
}

void SignInDialog::openPasswordReset(const QUrl &url)
{
    if (!QDesktopServices::openUrl(url))
        showError(tr("The web browser could not be opened. Reset your password at %1")
                      .arg(url.toDisplayString()));
}

void SignInDialog::showStep(Step step)
{
    m_step = step;
    m_steps->setCurrentWidget(step == Step::Credentials ? static_cast<QWidget *>(m_credentials)
                                                        : m_totp);
    m_signIn->setText(step == Step::Credentials ? tr("&Sign In") : tr("&Verify"));
    m_signIn->setAccessibleName(step == Step::Credentials ? tr("Sign in") : tr("Verify code"));
    if (step == Step::TwoFactor)
        m_totp->focusCode();
    updateButtons();
}

void SignInDialog::showError(const QString &text)
{
    showMessage(text, true);
}

void SignInDialog::showNotice(const QString &text)
{
    showMessage(text, false);
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setAccessibleName(error ? tr("Error: %1").arg(text) : text);
    const int size = m_messageIcon->width();
    m_messageIcon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                           nullptr, this)
            .pixmap(size, size));
    m_message->setVisible(!text.isEmpty());
    m_messageIcon->setVisible(!text.isEmpty());
    if (error && !text.isEmpty()) {
        QAccessibleEvent alert(m_message, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SignInDialog::setBusy(const QString &text, std::function<void()> onCancel)
{
    m_onCancel = std::move(onCancel);
    m_busyLabel->setText(text);
    m_busyRow->show();
    m_cancel->setFocus();
    updateButtons();
}

void SignInDialog::clearBusy()
{
    m_onCancel = {};
    m_busyRow->hide();
    updateButtons();
}

void SignInDialog::resetForm()
{
    if (m_browserSignIn)
        m_browserSignIn->reject();
    clearBusy();
    m_providerSignOut->hide();
    m_providerSignOutUrl.clear();
    m_credentials->clearPassword();
    m_totp->clear();
    showMessage({}, false);
    showStep(Step::Credentials);
}

void SignInDialog::reject()
{
    // Escape while working cancels the work, not the app.
    if (isBusy()) {
        m_cancel->click();
        return;
    }
    QDialog::reject();
}

void SignInDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool haveServer = !m_servers->isEmpty();
    m_steps->setEnabled(!busy);
    m_servers->setEnabled(!busy);
    m_signIn->setEnabled(!busy && haveServer);
    m_settings->setEnabled(!busy && m_step == Step::Credentials);
}

QString SignInDialog::deviceName()
{
    return tr("%1 on %2").arg(QSysInfo::machineHostName(), QSysInfo::prettyProductName());
}

} // namespace pd
