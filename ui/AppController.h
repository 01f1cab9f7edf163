#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace pd {

class ActivityFilter;
class AppServices;
class DemoSession;
class MainWindow;
class SignInDialog;

// Decides which window the user sees: the sign-in dialog while nobody is
// signed in, the main window after. Reports input to the idle monitor and
// quits when the user closes the app.
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

    MainWindow *mainWindow() const { return m_window.get(); }
    SignInDialog *signInDialog() const { return m_signIn.get(); }

    // Shows the sign-in (resuming the last session when there is one).
    void start();
    // --demo: starts `demo` and signs in to it (not owned).
    void startDemo(DemoSession *demo);
    // Brings whichever window is showing to the front.
    void raise();

Q_SIGNALS:
    void quitRequested();

private:
    void onSignedIn();
    void onSignedOut();
    void showSignIn();

    AppServices *m_services;
    QSettings *m_settings;
    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInDialog> m_signIn;
    ActivityFilter *m_activity;
    QPointer<DemoSession> m_demo;
    QString m_pendingNotice;
};

} // namespace pd
