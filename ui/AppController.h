#pragma once

#include "core/StartupGate.h"
#include "demo/DemoBackend.h"
#include "settings/Theme.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace pd {

class ActivityFilter;
class AppServices;
class DemoSession;
class MainWindow;
struct ServerProfile;
class ReceiptsDialog;
class SettingsDialog;
class SignInDialog;

// Decides which window the user sees: the sign-in dialog while nobody is
// signed in, the main window after. Reports input to the idle monitor and
// quits when the user closes the app. A language switch rebuilds both
// windows in the new language, keeping what the user was doing.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString serverUrl;   // --server: preselect (or offer to add) this server
        QString profileName; // --profile: preselect this profile
    };

    AppController(AppServices *services, QSettings *settings, Options options,
                  QObject *parent = nullptr);
    ~AppController() override;

    // With its pages (registered now if they were not yet, the local store
    // opened first).
    MainWindow *mainWindow();
    // Built now if it was not yet: a start builds only the window it shows
    // before that window's first frame.
    SignInDialog *signInDialog();

    // Shows the sign-in, resuming the last session when there is one: when
    // the local copy belongs to it, the main window shows that at once while
    // the session resumes behind it, and gives way to the sign-in if it
    // cannot.
    void start();
    // --demo: starts `demo` and signs in to it (not owned).
    void startDemo(DemoSession *demo);
    // Brings whichever window is showing to the front.
    void raise();

    // Fills the main window with its pages (their sidebar entries: each
    // page is built when first shown), and again whenever the window is
    // rebuilt. A start at the sign-in does it after the dialog's first frame
    // (or when the main window is asked for, whichever comes first), after
    // opening the local store (AppServices::start(), which creates its
    // schema on a first start): the controller does that when a window
    // first needs it, and reports startFailed() if it cannot.
    void setPageBuilder(std::function<void(MainWindow &)> build);

    // Account → Settings…, or the sign-in dialog's Settings button.
    void showSettings();
    SettingsDialog *settingsDialog() const;
    // The receipts kept on this computer (Account → Receipts…, or the
    // sign-in window's Receipts…).
    void showReceipts();
    ReceiptsDialog *receiptsDialog() const;
    // Each applies at once and is saved for the next start. `code` is a
    // language code, or "" for the system's.
    void setLanguage(const QString &code);
    void setIdleTimeout(std::chrono::minutes timeout);
    void setTheme(Theme::Mode mode);

Q_SIGNALS:
    void quitRequested();
    // The local store could not be opened: the app cannot go on. `message`
    // is for the user.
    void startFailed(const QString &message);
    // The main window was rebuilt (language switch); the old one is gone.
    void mainWindowReplaced(pd::MainWindow *window);

private:
    void onSignedIn();
    void onSignedOut();
    void showSignIn();
    void resumeInMainWindow(const ServerProfile &profile);
    void continueResume();
    void leaveResume();
    std::unique_ptr<MainWindow> createMainWindow();
    // The main window, built now if it was not yet (its pages maybe not).
    MainWindow *shell();
    bool mainWindowShown() const;
    // The profile whose session start() resumes in the main window, when
    // no option chose another.
    std::optional<ServerProfile> resumableProfile() const;
    std::unique_ptr<SignInDialog> createSignIn();
    bool ensureStarted();
    void ensurePages();
    void rebuildMainWindow();
    void rebuildSignIn();

    AppServices *m_services;
    QSettings *m_settings;
    Options m_options;
    // Before the windows: createMainWindow() reads it while they are built.
    std::function<void(MainWindow &)> m_buildPages;
    // Background reads wait while a resumed session's first frame is built;
    // declared before the windows, so that their work is dropped with them.
    std::unique_ptr<StartupGate::Hold> m_startupHold;
    std::unique_ptr<MainWindow> m_window;
    bool m_pagesBuilt = false;
    bool m_startFailed = false;
    std::unique_ptr<SignInDialog> m_signIn;
    ActivityFilter *m_activity;
    QPointer<DemoSession> m_demo;
    std::optional<DemoBackend::DemoAccount> m_demoAccount;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ReceiptsDialog> m_receiptsDialog;
    QString m_pendingNotice;
    // The main window shows the local copy while a stored session resumes.
    bool m_resuming = false;
    // The identity provider's sign-out page of a single sign-on session,
    // read at sign-in (the app's sign-out forgets it) and offered after.
    QString m_providerName;
    QUrl m_providerSignOutUrl;
};

} // namespace pd
