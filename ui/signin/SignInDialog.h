#pragma once

#include "auth/OidcAuthorization.h"
#include "discovery/Discovery.h"
#include "net/ServerProfile.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace pd {

class ApiError;
class AppServices;
class AuthService;
class BrowserSignInDialog;
class CredentialsStep;
class PlainTextLabel;
class ServerPicker;
class TotpStep;

// Signing in: choose (or add) a server, then email and password (or single
// sign-on at an identity provider in the system browser, waited for in a
// BrowserSignInDialog over this one), then the two-factor code when the
// account has it on. Shown whenever nobody is
// signed in; AppServices::signedIn() tells the app when it is done.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(AppServices *services, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The server row (profile list, "Add on-premise server…").
    ServerPicker *servers() const;
    std::optional<ServerProfile> selectedProfile() const;

    // Demo only: fills in the demo account; its TOTP secret only feeds a hint.
    void setDemoAccount(const QString &email, const QString &password, const QString &totpSecret);
    // Tries to resume the selected profile's previous session.
    void resumeSession();

    void showError(const QString &text);
    void showNotice(const QString &text);
    // Blocks the form with `text` and a Cancel button running `onCancel`.
    void setBusy(const QString &text, std::function<void()> onCancel);
    void clearBusy();
    bool isBusy() const { return static_cast<bool>(m_onCancel); }
    // Busy, or at the two-factor step: state that a new dialog would lose.
    bool hasFormInProgress() const { return isBusy() || m_step != Step::Credentials; }
    QString email() const;
    void setEmail(const QString &email);
    // Back to the first step, without secrets in any field.
    void resetForm();

    // How long single sign-on waits for the user in the browser (tests
    // shorten it to see the timeout).
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    // The identity provider of the last single sign-on started here; empty
    // after a password sign-in.
    QString lastProviderName() const { return m_providerName; }
    // After a sign-out: offers the identity provider's own sign-out page at
    // `url` (the app's sign-out does not end the session in the browser).
    void offerProviderSignOut(const QString &providerName, const QUrl &url);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The user wants the settings (the language, above all).
    void settingsRequested();
    // The receipts kept on this computer, readable without signing in.
    void receiptsRequested();

private:
    enum class Step { Credentials, TwoFactor };

    void submit();
    void submitCredentials();
    void submitCode();
    void cancelSignIn();
    void showStep(Step step);
    bool activateSelected();
    void connectAuth();
    void onProfileChanged();
    // Runs the Add Server dialog; an added server becomes the selected one.
    void addServer(const QString &url);
    void onDiscovered(const ServerProfile &profile, const Discovery &discovery);
    void onSignInFailed(const ApiError &error);
    void startProviderSignIn(const Discovery::OidcIssuer &issuer);
    void onProviderAuthorized(const OidcAuthorization::Result &result);
    void onProviderFailed(const ApiError &error);
    void onProviderCancelled();
    void openBrowserAt(const QUrl &url);
    void openPasswordReset(const QUrl &url);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    static QString deviceName();

    AppServices *m_services;
    ServerPicker *m_servers;
    QStackedWidget *m_steps;
    CredentialsStep *m_credentials;
    TotpStep *m_totp;
    QLabel *m_messageIcon;
    QLabel *m_message;
    QWidget *m_busyRow;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QPushButton *m_cancel;
    QFrame *m_providerSignOut;
    PlainTextLabel *m_providerSignOutText;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_quit;
    QPushButton *m_settings;
    QPushButton *m_receipts;
    QPointer<AuthService> m_auth;
    std::function<void()> m_onCancel;
    Step m_step = Step::Credentials;
    // The wait for the browser while it is under way; the dialog itself
    // stays open after a failure, with the reason, until the user closes it.
    QPointer<BrowserSignInDialog> m_browserSignIn;
    QString m_providerName;
    QUrl m_providerSignOutUrl;
    bool m_viaProvider = false;
    std::chrono::milliseconds m_browserTimeout = OidcAuthorization::kDefaultBrowserTimeout;
};

} // namespace pd
