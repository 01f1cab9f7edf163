#include "screenshots/ScreenshotRun.h"

#include "AppController.h"
#include "MainWindow.h"
#include "auth/AuthService.h"
#include "common/ApiError.h"
#include "core/AppServices.h"
#include "core/DemoSession.h"
#include "core/SettingKeys.h"
#include "core/TotpCode.h"
#include "pages/Page.h"
#include "requests/RequestFlows.h"
#include "signin/SignInDialog.h"
#include "sync/SyncOutcome.h"
#include "tour/GuidedTour.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QSettings>

namespace pd {

namespace {

using namespace std::chrono_literals;

constexpr auto kPollInterval = 50ms;
// How many polls in a row a condition must hold: a page that has just shown
// its content may still be starting the next request of a chain.
constexpr int kStablePolls = 3;
constexpr auto kServerTimeout = 60s;
constexpr auto kSyncTimeout = 180s;
constexpr auto kPageTimeout = 60s;
// A request still running this long after its page has content is a
// background retry, not what the picture waits for.
constexpr auto kNetworkGrace = 10s;

// Whether `text` can be read anywhere in `root` (labels, buttons, unmasked
// line edits).
bool shows(QWidget *root, const QString &text)
{
    if (text.isEmpty())
        return false;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (edit->echoMode() == QLineEdit::Normal && edit->text().contains(text))
                return true;
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().contains(text))
                return true;
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().contains(text))
                return true;
        }
    }
    return false;
}

} // namespace

ScreenshotRun::ScreenshotRun(AppServices *services, AppController *controller, RequestFlows *flows,
                             QString folder, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_controller(controller)
    , m_flows(flows)
    , m_folder(std::move(folder))
{
    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotRun::poll);
    connect(m_services, &AppServices::signedIn, this, [this] { m_signedIn = true; });
    connect(m_services, &AppServices::syncFinished, this,
            [this](SyncOutcome outcome, const QString &message) {
                // Only the first sync after sign-in is waited for.
                if (!m_signedIn || m_synced)
                    return;
                m_synced = true;
                m_syncFailed = outcome != SyncOutcome::Completed;
                m_syncMessage = message;
            });
}

ScreenshotRun::~ScreenshotRun() = default;

QString ScreenshotRun::pageFileName(const QString &pageKey)
{
    return pageKey + QStringLiteral(".png");
}

QString ScreenshotRun::requestFileName(const QString &requestType)
{
    QString name = requestType;
    name.replace(u'_', u'-');
    return QStringLiteral("request-%1.png").arg(name);
}

void ScreenshotRun::start(DemoSession *demo)
{
    if (!QDir().mkpath(m_folder)) {
        fail(tr("The folder %1 could not be created.").arg(m_folder));
        return;
    }
    // The guided tour would cover the pages; the demo's settings are thrown
    // away at exit anyway.
    if (QSettings *settings = m_services->options().settings)
        SettingKeys::tourCompleted.write(*settings, true);
    // Queued: the controller fills in the sign-in dialog first.
    connect(
        demo, &DemoSession::ready, this,
        [this](const ServerProfile &profile, const DemoBackend::DemoAccount &account) {
            m_profile = profile;
            m_account = account;
        },
        Qt::QueuedConnection);
    connect(demo, &DemoSession::failed, this, [this](const QString &reason) {
        fail(tr("The demo server could not start: %1").arg(reason));
    });
    m_controller->startDemo(demo);
    waitUntil(
        [this] {
            return m_account.has_value() && m_controller->signInDialog()->isVisible() &&
                   fitted(m_controller->signInDialog());
        },
        kServerTimeout,
        tr("The demo server did not start within %n second(s).", nullptr,
           int(kServerTimeout.count())),
        [this] {
            SignInDialog *dialog = m_controller->signInDialog();
            if (save(dialog, QStringLiteral("sign-in.png"), dialog->windowTitle()))
                signIn();
        });
}

void ScreenshotRun::signIn()
{
    // What SignInDialog does with the demo account, minus the typing.
    m_services->activateProfile(*m_profile);
    AuthService *auth = m_services->auth();
    if (!auth) {
        fail(tr("Could not sign in to the demo account: no server is active."));
        return;
    }
    auto submitCode = [this, auth] {
        const auto code = TotpCode::at(m_account->totpSecret, QDateTime::currentSecsSinceEpoch());
        if (!code) {
            fail(tr("The demo account's two-factor secret is not valid."));
            return;
        }
        auth->submitTotp(*code);
    };
    connect(auth, &AuthService::twoFactorRequired, this, submitCode);
    connect(auth, &AuthService::signInFailed, this,
            [this, auth, submitCode](const ApiError &error) {
                // A code computed just before the 30-second step ended can arrive
                // too late: one more try with the next code.
                if (auth->state() == AuthService::State::TwoFactorRequired && !m_retriedCode) {
                    m_retriedCode = true;
                    submitCode();
                    return;
                }
                fail(tr("Could not sign in to the demo account: %1").arg(error.userMessage()));
            });
    auth->signInWithPassword(m_account->email, m_account->password, tr("Demo computer"));
    waitUntil([this] { return m_synced; }, kSyncTimeout,
              tr("Signing in to the demo account and its first sync did not finish within "
                 "%n second(s).",
                 nullptr, int(kSyncTimeout.count())),
              [this] { onSynced(); });
}

void ScreenshotRun::onSynced()
{
    if (m_syncFailed) {
        fail(tr("The first sync of the demo account failed: %1").arg(m_syncMessage));
        return;
    }
    MainWindow *window = m_controller->mainWindow();
    window->showNormal();
    window->resize(kWindowSize);
    showPage(0);
}

void ScreenshotRun::showPage(int index)
{
    MainWindow *window = m_controller->mainWindow();
    if (index >= window->pageCount()) {
        // No flows means no request dialogs: the test's expected list notices.
        m_requestTypes = m_flows ? m_flows->types() : QStringList();
        openDialog(0);
        return;
    }
    QPointer<Page> page = window->page(index);
    window->setCurrentPage(index);
    waitUntil(
        [this, page] {
            return page && page->state() != Page::State::Loading &&
                   (apiIdle() || waited() > kNetworkGrace);
        },
        kPageTimeout,
        tr("The page “%1” did not finish loading within %n second(s).", nullptr,
           int(kPageTimeout.count()))
            .arg(page->title()),
        [this, page, index] {
            if (page->state() == Page::State::Error) {
                fail(tr("The page “%1” shows an error instead of its content.").arg(page->title()));
                return;
            }
            if (save(m_controller->mainWindow(), pageFileName(page->key()), page->title()))
                showPage(index + 1);
        });
}

void ScreenshotRun::openDialog(int index)
{
    if (index >= m_requestTypes.size()) {
        m_done = true;
        Q_EMIT finished(true, {});
        return;
    }
    const QString type = m_requestTypes.at(index);
    QPointer<QDialog> dialog = m_flows->start(type);
    if (!dialog) {
        fail(tr("The request dialog “%1” could not be opened.").arg(type));
        return;
    }
    waitUntil(
        [this, dialog] {
            return dialog && dialog->isVisible() && (apiIdle() || waited() > kNetworkGrace) &&
                   fitted(dialog);
        },
        kPageTimeout,
        tr("The request dialog “%1” did not finish loading within %n second(s).", nullptr,
           int(kPageTimeout.count()))
            .arg(RequestFlows::accessibleName(type)),
        [this, dialog, type, index] {
            if (!save(dialog, requestFileName(type), dialog->windowTitle()))
                return;
            dialog->reject();
            waitUntil([dialog] { return !dialog || !dialog->isVisible(); }, kPageTimeout,
                      tr("The request dialog “%1” did not close within %n second(s).", nullptr,
                         int(kPageTimeout.count()))
                          .arg(RequestFlows::accessibleName(type)),
                      [this, index] { openDialog(index + 1); });
        });
}

bool ScreenshotRun::save(QWidget *widget, const QString &fileName, const QString &title)
{
    if (shows(widget, m_account ? m_account->password : QString())) {
        fail(tr("The picture of “%1” would show the demo password, so it was not saved.")
                 .arg(title));
        return false;
    }
    const QString path = QDir(m_folder).absoluteFilePath(fileName);
    if (!widget->grab().save(path, "PNG")) {
        fail(tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Q_EMIT saved(path, title);
    return true;
}

bool ScreenshotRun::fitted(QWidget *dialog)
{
    // The offscreen screen is 800×600 and Qt keeps a dialog within two thirds
    // of it: a dialog gets the room it asks for, up to the main window's
    // size. The platform applies a new size on a later event-loop turn.
    const QSize wanted = dialog->size().expandedTo(dialog->sizeHint()).boundedTo(kWindowSize);
    if (dialog->size() == wanted)
        return true;
    dialog->resize(wanted);
    return false;
}

std::chrono::milliseconds ScreenshotRun::waited() const
{
    return std::chrono::milliseconds(m_waited.elapsed());
}

bool ScreenshotRun::apiIdle() const
{
    return m_services->isApiIdle();
}

void ScreenshotRun::waitUntil(Condition condition, std::chrono::seconds timeout,
                              QString timeoutMessage, Step next)
{
    m_condition = std::move(condition);
    m_next = std::move(next);
    m_timeout = timeout;
    m_timeoutMessage = std::move(timeoutMessage);
    m_heldPolls = 0;
    m_waited.start();
    m_poll.start();
}

void ScreenshotRun::poll()
{
    if (m_done)
        return;
    if (m_condition()) {
        if (++m_heldPolls < kStablePolls)
            return;
        m_poll.stop();
        // The step may start the next wait: move it out first.
        Step next = std::exchange(m_next, {});
        next();
        return;
    }
    m_heldPolls = 0;
    if (waited() > m_timeout)
        fail(m_timeoutMessage);
}

void ScreenshotRun::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    Q_EMIT finished(false, error);
}

} // namespace pd
