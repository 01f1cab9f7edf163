#include "AppController.h"

#include "ActivityFilter.h"
#include "MainWindow.h"
#include "auth/IdleMonitor.h"
#include "core/AppServices.h"
#include "core/DemoSession.h"
#include "dialogs/SignInDialog.h"
#include "net/ServerProfileStore.h"
#include "widgets/ServerPicker.h"

#include <QApplication>

namespace pd {

AppController::AppController(AppServices *services, QSettings *settings, Options options,
                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
    , m_options(std::move(options))
    , m_window(std::make_unique<MainWindow>(services, settings))
    , m_signIn(std::make_unique<SignInDialog>(services))
    , m_activity(new ActivityFilter(
          [services] {
              if (IdleMonitor *idle = services->idle())
                  idle->noteActivity();
          },
          this))
{
    // This controller decides when the app ends: the sign-in dialog hides
    // while the main window shows and the other way round.
    QApplication::setQuitOnLastWindowClosed(false);
    qApp->installEventFilter(m_activity);
    connect(m_services, &AppServices::signedIn, this, &AppController::onSignedIn);
    connect(m_services, &AppServices::signedOut, this, &AppController::onSignedOut);
    connect(
        m_services, &AppServices::sessionEnded, this,
        [this](AppServices::SignOutReason, const QString &message) { m_pendingNotice = message; });
    connect(m_window.get(), &MainWindow::quitRequested, this, &AppController::quitRequested);
    connect(m_signIn.get(), &QDialog::rejected, this, [this] {
        if (!m_window->isVisible())
            Q_EMIT quitRequested();
    });
}

AppController::~AppController()
{
    qApp->removeEventFilter(m_activity);
}

void AppController::start()
{
    if (!m_options.serverUrl.isEmpty())
        m_signIn->servers()->selectServerUrl(m_options.serverUrl);
    else if (!m_options.profileName.isEmpty() &&
             !m_signIn->servers()->selectProfileNamed(m_options.profileName))
        m_signIn->showError(tr("There is no server profile named %1.").arg(m_options.profileName));
    showSignIn();
    // Only the last profile can have a session to resume.
    const auto selected = m_signIn->selectedProfile();
    if (selected && selected->id == m_services->lastProfileId() &&
        !m_services->options().ephemeralSecrets)
        m_signIn->resumeSession();
}

void AppController::startDemo(DemoSession *demo)
{
    m_demo = demo;
    showSignIn();
    m_signIn->showNotice({});
    m_signIn->setBusy(tr("Starting the demo server on this computer…"),
                      [this] { Q_EMIT quitRequested(); });
    connect(demo, &DemoSession::ready, this,
            [this](const ServerProfile &profile, const DemoBackend::DemoAccount &account) {
                m_services->profiles().save(profile);
                m_signIn->clearBusy();
                m_signIn->servers()->reload(profile.id);
                m_signIn->setDemoAccount(account.email, account.password, account.totpSecret);
            });
    connect(demo, &DemoSession::failed, this, [this](const QString &reason) {
        m_signIn->clearBusy();
        m_signIn->showError(tr("The demo server could not start: %1").arg(reason));
    });
    demo->start();
}

void AppController::raise()
{
    QWidget *window = m_window->isVisible() ? static_cast<QWidget *>(m_window.get())
                                            : static_cast<QWidget *>(m_signIn.get());
    if (!window->isVisible())
        window->show();
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

void AppController::onSignedIn()
{
    // The main window appears before the dialog goes, so the app always
    // has a window on screen.
    m_window->beginSession();
    m_window->show();
    m_window->bringToFront();
    m_signIn->hide();
}

void AppController::onSignedOut()
{
    const bool wasWorking = m_window->isVisible();
    showSignIn();
    if (wasWorking) {
        m_window->saveWindowState();
        m_window->endSession();
        m_window->hide();
    }
    if (wasWorking)
        m_signIn->resetForm();
    if (!m_pendingNotice.isEmpty())
        m_signIn->showNotice(std::exchange(m_pendingNotice, {}));
}

void AppController::showSignIn()
{
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

} // namespace pd
