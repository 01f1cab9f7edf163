#include "AppController.h"

#include "ActivityFilter.h"
#include "AfterFirstExpose.h"
#include "MainWindow.h"
#include "Translations.h"
#include "auth/AuthService.h"
#include "auth/IdleMonitor.h"
#include "core/AppServices.h"
#include "core/DemoSession.h"
#include "net/ServerProfileStore.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptsDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "signin/ServerPicker.h"
#include "signin/SignInDialog.h"
#include "tour/GuidedTour.h"
#include "widgets/SyncStatusWidget.h"

#include <QApplication>
#include <QListWidget>
#include <QSystemTrayIcon>
#include <QTimer>

namespace pd {

AppController::AppController(AppServices *services, QSettings *settings, Options options,
                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
    , m_options(std::move(options))
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
}

AppController::~AppController()
{
    qApp->removeEventFilter(m_activity);
    delete m_settingsDialog;
}

std::unique_ptr<MainWindow> AppController::createMainWindow()
{
    auto window = std::make_unique<MainWindow>(m_services, m_settings);
    connect(window.get(), &MainWindow::quitRequested, this, &AppController::quitRequested);
    connect(window.get(), &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(window.get(), &MainWindow::receiptsRequested, this, &AppController::showReceipts);
    m_pagesBuilt = false;
    return window;
}

MainWindow *AppController::mainWindow()
{
    ensurePages();
    return shell();
}

MainWindow *AppController::shell()
{
    if (!m_window)
        m_window = createMainWindow();
    return m_window.get();
}

bool AppController::mainWindowShown() const
{
    return m_window && m_window->isVisible();
}

SignInDialog *AppController::signInDialog()
{
    if (!m_signIn)
        m_signIn = createSignIn();
    return m_signIn.get();
}

std::optional<ServerProfile> AppController::resumableProfile() const
{
    // As the sign-in dialog would choose: the last profile, when the local
    // copy belongs to its stored session.
    const QString id = m_services->lastProfileId();
    if (id.isEmpty() || m_services->options().ephemeralSecrets || !m_services->hasCachedSession(id))
        return std::nullopt;
    return m_services->profiles().profile(id);
}

bool AppController::ensureStarted()
{
    if (m_startFailed)
        return false;
    QString error;
    if (m_services->start(&error))
        return true;
    m_startFailed = true;
    Q_EMIT startFailed(error);
    return false;
}

void AppController::ensurePages()
{
    // The pages read the store's models.
    if (m_pagesBuilt || !m_buildPages || !ensureStarted())
        return;
    MainWindow *window = shell();
    m_pagesBuilt = true;
    m_buildPages(*window);
}

std::unique_ptr<SignInDialog> AppController::createSignIn()
{
    auto dialog = std::make_unique<SignInDialog>(m_services);
    connect(dialog.get(), &QDialog::rejected, this, [this] {
        if (!mainWindowShown())
            Q_EMIT quitRequested();
    });
    connect(dialog.get(), &SignInDialog::settingsRequested, this, &AppController::showSettings);
    connect(dialog.get(), &SignInDialog::receiptsRequested, this, &AppController::showReceipts);
    return dialog;
}

void AppController::setPageBuilder(std::function<void(MainWindow &)> build)
{
    m_buildPages = std::move(build);
    m_pagesBuilt = false;
    // Already on screen (not at start): at once.
    if (mainWindowShown())
        ensurePages();
}

void AppController::start()
{
    // The usual start of a signed-in user: the main window's first frame
    // needs no sign-in dialog, which is built after it.
    if (m_options.serverUrl.isEmpty() && m_options.profileName.isEmpty()) {
        if (const auto profile = resumableProfile()) {
            resumeInMainWindow(*profile);
            return;
        }
    }
    SignInDialog *dialog = signInDialog();
    bool unknownProfile = false;
    if (!m_options.serverUrl.isEmpty()) {
        dialog->servers()->selectServerUrl(m_options.serverUrl);
    } else if (!m_options.profileName.isEmpty() &&
               !dialog->servers()->selectProfileNamed(m_options.profileName)) {
        dialog->showError(tr("There is no server profile named %1.").arg(m_options.profileName));
        unknownProfile = true;
    }
    // Only the last profile can have a session to resume.
    const auto selected = dialog->selectedProfile();
    const bool resumable = selected && selected->id == m_services->lastProfileId() &&
                           !m_services->options().ephemeralSecrets;
    if (resumable && !unknownProfile && m_services->hasCachedSession(selected->id)) {
        resumeInMainWindow(*selected);
        return;
    }
    showSignIn();
    // Not for the dialog's first frame: the store, the main window and its
    // pages, and the keychain and network set-up of a session to resume.
    AfterFirstExpose::run(dialog, this, [this, resumable] {
        if (!ensureStarted())
            return;
        if (resumable)
            signInDialog()->resumeSession();
        ensurePages();
    });
}

void AppController::resumeInMainWindow(const ServerProfile &profile)
{
    // What the user left is on screen at once: the local copy. The keychain,
    // the network set-up and the server's answer are not needed to paint it,
    // so the session resumes after the first frame; if it cannot, the
    // sign-in takes over as it would have at start.
    // The counts, filter values and sidebar figures are read on worker
    // threads, which would share the two cores with building this frame.
    m_startupHold = std::make_unique<StartupGate::Hold>(m_services->startupGate());
    if (!ensureStarted()) {
        m_startupHold.reset();
        return;
    }
    m_resuming = true;
    ensurePages();
    shell()->beginResume(profile);
    shell()->show();
    AfterFirstExpose::run(shell(), this, [this] {
        // Also after the table's rows: a view lays them out on a zero timer
        // started before the expose, and paints them after it.
        QTimer::singleShot(0, this, [this] {
            m_startupHold.reset();
            continueResume();
        });
    });
}

void AppController::continueResume()
{
    if (!m_resuming)
        return;
    signInDialog()->resumeSession();
    AuthService *auth = m_services->auth();
    if (!auth || auth->state() != AuthService::State::SigningIn) {
        // The dialog says why.
        leaveResume();
        return;
    }
    // Refused for good ends the session (onSignedOut); a network or server
    // failure leaves it to be signed in to again.
    connect(auth, &AuthService::signInFailed, this, [this] {
        if (m_resuming)
            leaveResume();
    });
}

void AppController::leaveResume()
{
    m_resuming = false;
    showSignIn();
    m_window->saveWindowState();
    m_window->endSession();
    m_window->hide();
}

void AppController::startDemo(DemoSession *demo)
{
    m_demo = demo;
    if (!ensureStarted())
        return;
    showSignIn();
    AfterFirstExpose::run(signInDialog(), this, [this] { ensurePages(); });
    m_signIn->showNotice({});
    m_signIn->setBusy(tr("Starting the demo server on this computer…"),
                      [this] { Q_EMIT quitRequested(); });
    connect(demo, &DemoSession::ready, this,
            [this](const ServerProfile &profile, const DemoBackend::DemoAccount &account) {
                m_services->profiles().save(profile);
                m_demoAccount = account;
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
    QWidget *window = mainWindowShown() ? static_cast<QWidget *>(m_window.get())
                                        : static_cast<QWidget *>(signInDialog());
    if (!window->isVisible())
        window->show();
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

void AppController::onSignedIn()
{
    m_resuming = false;
    ensurePages();
    // The main window appears before the dialog goes, so the app always
    // has a window on screen.
    shell()->beginSession();
    m_window->show();
    m_window->bringToFront();
    signInDialog()->hide();
    const AuthService *auth = m_services->auth();
    m_providerSignOutUrl =
        auth && auth->signedInWithProvider() ? auth->providerSignOutUrl() : QUrl();
    m_providerName = m_signIn->lastProviderName().isEmpty() ? m_providerSignOutUrl.host()
                                                            : m_signIn->lastProviderName();
    // Once, after the first sign-in: what each part of the window is for.
    m_window->tour()->offerOnce();
}

void AppController::onSignedOut()
{
    // A session that ended while resuming leaves the sign-in as a failed
    // resume always did, with the dialog's message.
    const bool wasResuming = std::exchange(m_resuming, false);
    const bool wasWorking = mainWindowShown();
    showSignIn();
    if (wasWorking) {
        m_window->saveWindowState();
        m_window->endSession();
        m_window->hide();
    }
    if (wasWorking && !wasResuming)
        m_signIn->resetForm();
    if (!m_pendingNotice.isEmpty())
        m_signIn->showNotice(std::exchange(m_pendingNotice, {}));
    // Our sign-out leaves the provider's session in the browser signed in.
    if (!m_providerSignOutUrl.isEmpty())
        m_signIn->offerProviderSignOut(std::exchange(m_providerName, {}),
                                       std::exchange(m_providerSignOutUrl, {}));
}

void AppController::showSignIn()
{
    signInDialog()->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void AppController::showSettings()
{
    if (!m_settingsDialog) {
        const AppSettings preferences(m_settings);
        // The language in use, which --lang may have chosen for this run.
        const SettingsDialog::Values values{
            Translations::current(),  preferences.idleTimeout(),
            Theme::current(),         m_services->receipts()->folder(),
            preferences.keepInTray(), QSystemTrayIcon::isSystemTrayAvailable()};
        // No parent: a language switch replaces the windows it was opened
        // from, while it stays open and retranslates itself.
        m_settingsDialog = new SettingsDialog(values);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Modal, so the sign-in form cannot change under a rebuild.
        m_settingsDialog->setWindowModality(Qt::ApplicationModal);
        connect(m_settingsDialog, &SettingsDialog::languageChosen, this,
                &AppController::setLanguage);
        connect(m_settingsDialog, &SettingsDialog::idleTimeoutChosen, this,
                &AppController::setIdleTimeout);
        connect(m_settingsDialog, &SettingsDialog::themeChosen, this, &AppController::setTheme);
        connect(m_settingsDialog, &SettingsDialog::receiptsFolderChosen, this,
                [this](const QString &folder) {
                    AppSettings(m_settings).setReceiptsFolder(folder);
                    const QString previous = m_services->receipts()->folder();
                    const ReceiptStore::Move move = m_services->receipts()->setFolder(folder);
                    if (m_settingsDialog)
                        m_settingsDialog->showReceiptsMove(move.moved, move.left, previous);
                });
        connect(m_settingsDialog, &SettingsDialog::keepInTrayChosen, this,
                [this](bool keep) { AppSettings(m_settings).setKeepInTray(keep); });
        const QWidget *over = mainWindowShown() ? static_cast<QWidget *>(m_window.get())
                                                : static_cast<QWidget *>(signInDialog());
        m_settingsDialog->adjustSize();
        if (over->isVisible())
            m_settingsDialog->move(over->frameGeometry().center() -
                                   m_settingsDialog->rect().center());
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

SettingsDialog *AppController::settingsDialog() const
{
    return m_settingsDialog;
}

void AppController::showReceipts()
{
    if (!m_receiptsDialog) {
        QWidget *over = mainWindowShown() ? static_cast<QWidget *>(m_window.get())
                                          : static_cast<QWidget *>(signInDialog());
        m_receiptsDialog = new ReceiptsDialog(m_services->receipts()->store(), over);
        m_receiptsDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_receiptsDialog->reload();
    }
    m_receiptsDialog->show();
    m_receiptsDialog->raise();
    m_receiptsDialog->activateWindow();
}

ReceiptsDialog *AppController::receiptsDialog() const
{
    return m_receiptsDialog;
}

void AppController::setLanguage(const QString &code)
{
    AppSettings(m_settings).setLanguage(code);
    if (code == Translations::current())
        return;
    Translations::apply(code);
    // Most widgets set their texts once, when built: building the windows
    // again is what translates every one of them, and every date and number
    // they format.
    rebuildMainWindow();
    rebuildSignIn();
}

void AppController::setIdleTimeout(std::chrono::minutes timeout)
{
    AppSettings(m_settings).setIdleTimeout(timeout);
    if (IdleMonitor *idle = m_services->idle())
        idle->setTimeout(timeout);
}

void AppController::setTheme(Theme::Mode mode)
{
    AppSettings(m_settings).setTheme(mode);
    Theme::apply(mode);
}

void AppController::rebuildMainWindow()
{
    // Not built yet: it will be, in the new language.
    if (!m_window)
        return;
    const bool working = m_window->isVisible();
    // The new window reads its splitter and toolbar state from the settings.
    m_window->saveWindowState();
    const QByteArray geometry = m_window->saveGeometry();
    const int page = m_window->sidebar()->currentRow();
    std::unique_ptr<MainWindow> old = std::exchange(m_window, createMainWindow());
    ensurePages();
    m_window->restoreGeometry(geometry);
    m_window->setCurrentPage(page);
    if (working) {
        // Pages fill from the local copy; the session and services go on.
        m_window->beginSession();
        // A sync under way reports its next progress to the new status bar.
        if (m_services->isSyncing())
            m_window->syncStatus()->onStarted();
        m_window->show();
    }
    old->hide();
    // Later: the switch may have come from a signal of a widget inside it.
    old.release()->deleteLater();
    Q_EMIT mainWindowReplaced(m_window.get());
}

void AppController::rebuildSignIn()
{
    // Halfway through signing in (busy, or at the two-factor step) the form
    // holds state a new one would lose; it keeps its language until then.
    if (!m_signIn || m_signIn->hasFormInProgress())
        return;
    const bool visible = m_signIn->isVisible();
    const auto profile = m_signIn->selectedProfile();
    const QString email = m_signIn->email();
    const QRect geometry = m_signIn->geometry();
    std::unique_ptr<SignInDialog> old = std::exchange(m_signIn, createSignIn());
    if (profile)
        m_signIn->servers()->reload(profile->id);
    // The demo's filled-in account and its hint, in the new language.
    if (m_demoAccount && email == m_demoAccount->email)
        m_signIn->setDemoAccount(m_demoAccount->email, m_demoAccount->password,
                                 m_demoAccount->totpSecret);
    else
        m_signIn->setEmail(email);
    if (visible) {
        m_signIn->setGeometry(geometry);
        showSignIn();
    }
    old->hide();
    old.release()->deleteLater();
}

} // namespace pd
