#include "MainWindow.h"

#include "AfterFirstExpose.h"
#include "PageLayout.h"

#include "auth/IdleMonitor.h"
#include "core/AppServices.h"
#include "core/SettingKeys.h"
#include "diagnostics/SupportReport.h"
#include "notifications/DesktopNotifier.h"
#include "outbox/Outbox.h"
#include "pages/Page.h"
#include "requests/RequestNotifier.h"
#include "requests/RequestUpdates.h"
#include "settings/AppSettings.h"
#include "tour/GuidedTour.h"
#include "widgets/AppIcon.h"
#include "widgets/IdleWarningBanner.h"
#include "widgets/SidebarDelegate.h"
#include "widgets/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pd {

namespace {

// How long a window that is not shown waits before the desktop notifier
// tells what changed while the app was closed.
constexpr int kNotifierFallbackMs = 1000;

} // namespace

MainWindow::MainWindow(AppServices *services, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_idleBanner(new IdleWarningBanner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Privacy Dashboard"));
    setAccessibleName(tr("Privacy Dashboard"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setAccessibleDescription(tr("Choose what to look at; use the arrow keys to move"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    // Group headings make the first row of a group taller.
    m_sidebar->setUniformItemSizes(false);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setIconSize(SidebarDelegate::iconSize(m_sidebar));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->setAccessibleName(tr("Current section"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_idleBanner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_idleBanner, &IdleWarningBanner::staySignedInRequested, this, [this] {
        if (IdleMonitor *idle = m_services->idle())
            idle->noteActivity();
        m_idleBanner->dismiss();
    });

    buildActions();
    buildMenus();
    buildStatusBar();
    buildTrayIcon();
    connectServices();
    restoreWindowState();
    // A quit the window did not see (a desktop logout, SIGTERM) keeps the
    // layout too.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (isVisible())
            saveWindowState();
    });
}

MainWindow::~MainWindow()
{
    if (RequestUpdates *updates = m_services->requestUpdates())
        updates->setNotifier(nullptr);
}

void MainWindow::buildActions()
{
    m_syncAction =
        new QAction(AppIcon::themed(QStringLiteral("view-refresh")), tr("&Sync Now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcuts(QKeySequence::Refresh);
    m_syncAction->setStatusTip(tr("Download what changed on the server since the last sync"));
    connect(m_syncAction, &QAction::triggered, m_services, &AppServices::syncNow);

    m_signOutAction =
        new QAction(AppIcon::themed(QStringLiteral("system-log-out")), tr("Sign &Out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_signOutAction->setStatusTip(
        tr("End the session and remove the downloaded data from this computer"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::confirmSignOut);

    m_settingsAction =
        new QAction(AppIcon::themed(QStringLiteral("preferences-system")), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Choose the language, when to sign out and the colors"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_receiptsAction = new QAction(tr("&Receipts…"), this);
    m_receiptsAction->setObjectName(QStringLiteral("receiptsAction"));
    m_receiptsAction->setStatusTip(tr("Show the signed receipts of your requests kept on this "
                                      "computer"));
    connect(m_receiptsAction, &QAction::triggered, this, &MainWindow::receiptsRequested);

    m_aboutAction = new QAction(AppIcon::themed(QStringLiteral("help-about")),
                                tr("&About Privacy Dashboard"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_tour = new GuidedTour(this, m_settings);
    m_tourAction = new QAction(tr("Take the &Tour"), this);
    m_tourAction->setObjectName(QStringLiteral("tourAction"));
    m_tourAction->setStatusTip(tr("Show what each part of this window is for"));
    connect(m_tourAction, &QAction::triggered, m_tour, &GuidedTour::start);

    m_diagnosticsAction =
        new QAction(AppIcon::themed(QStringLiteral("edit-copy")), tr("Copy &Diagnostics"), this);
    m_diagnosticsAction->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    m_diagnosticsAction->setStatusTip(
        tr("Copy versions and connection details for support staff; no personal data"));
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::copyDiagnostics);

    m_quitAction =
        new QAction(AppIcon::themed(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        saveWindowState();
        Q_EMIT quitRequested();
    });
}

void MainWindow::buildMenus()
{
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_syncAction);
    account->addSeparator();
    account->addAction(m_signOutAction);
    account->addSeparator();
    account->addAction(m_receiptsAction);
    account->addAction(m_settingsAction);
    account->addSeparator();
    account->addAction(m_quitAction);
    // Sections: Ctrl+1 … Ctrl+9 jump to the pages in sidebar order.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_tourAction);
    help->addAction(m_diagnosticsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_syncAction);
    toolBar->addAction(m_signOutAction);
    for (QAction *action : {m_syncAction, m_signOutAction}) {
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    }
}

void MainWindow::buildStatusBar()
{
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, m_services, &AppServices::cancelSync);
}

void MainWindow::buildTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_notifier = new RequestNotifier(nullptr, statusBar(), this);
        return;
    }
    m_tray = new QSystemTrayIcon(this);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = AppIcon::application();
    m_tray->setIcon(icon);
    m_tray->setToolTip(tr("Privacy Dashboard"));
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason != QSystemTrayIcon::Context)
                    restoreFromTray();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::restoreFromTray);
    // While the window is closed into the tray, its menu is the way back and
    // the way out.
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Open Privacy Dashboard"), this, &MainWindow::restoreFromTray);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    m_tray->setContextMenu(menu);
    m_notifier = new RequestNotifier(m_tray, statusBar(), this);
}

void MainWindow::connectServices()
{
    AppServices *services = m_services;
    connect(services, &AppServices::syncStarted, m_syncStatus, &SyncStatusWidget::onStarted);
    connect(services, &AppServices::heldRequestsResumed, this, [this](int count) {
        statusBar()->showMessage(tr("%n request(s) you filed before your last session ended "
                                    "are being sent now.",
                                    nullptr, count));
    });
    connect(services, &AppServices::syncProgress, m_syncStatus, &SyncStatusWidget::onProgress);
    connect(services, &AppServices::syncFinished, m_syncStatus, &SyncStatusWidget::onFinished);
    connect(services, &AppServices::syncStarted, m_syncAction,
            [this] { m_syncAction->setEnabled(false); });
    connect(services, &AppServices::syncFinished, m_syncAction,
            [this] { m_syncAction->setEnabled(true); });
    // Status changes come from RequestUpdates, which remembers what was
    // seen: each is shown once, also one that happened while the app was
    // closed.
    m_desktopNotifier =
        std::make_unique<DesktopNotifier>(m_tray, statusBar(), [this] { return isActiveWindow(); });
    // Reading what changed while the app was closed is no part of the
    // window's first frame: that waits for it (setVisible()), or for a
    // while if it is not shown.
    QTimer::singleShot(kNotifierFallbackMs, this, &MainWindow::attachNotifier);
    connect(services, &AppServices::requestSubmissionFailed, m_notifier,
            [this](qint64, const QString &type, const QString &message) {
                m_notifier->submissionFailed(type, message);
            });
    if (IdleMonitor *idle = services->idle()) {
        connect(idle, &IdleMonitor::warning, m_idleBanner, &IdleWarningBanner::showWarning);
        connect(idle, &IdleMonitor::warningCleared, m_idleBanner, &IdleWarningBanner::dismiss);
        connect(idle, &IdleMonitor::timedOut, m_idleBanner, &IdleWarningBanner::dismiss);
    }
}

void MainWindow::addPage(PageEntry entry)
{
    // Stands in for the page in the stack, so that rows and indexes agree.
    auto *placeholder = new QWidget(m_stack);
    placeholder->setObjectName(QStringLiteral("unbuiltPage"));
    appendPage(std::move(entry), placeholder);
}

void MainWindow::addPage(Page *page)
{
    appendPage({page->key(), page->title(), page->iconName(), {}, PageEntry::Group::WhatIsHeld},
               page);
}

void MainWindow::setRenderedIcons(std::shared_ptr<const RenderedIcons> icons)
{
    m_renderedIcons = std::move(icons);
}

void MainWindow::appendPage(PageEntry entry, QWidget *widget)
{
    const int index = m_stack->addWidget(widget);
    auto *item = new QListWidgetItem(AppIcon::themed(entry.iconName, m_renderedIcons), entry.title);
    item->setData(Qt::AccessibleTextRole, entry.title);
    if (m_entries.isEmpty() || m_entries.constLast().group != entry.group)
        item->setData(SidebarDelegate::HeadingRole, groupTitle(entry.group));
    m_sidebar->addItem(item);
    if (index < 9) {
        auto *action = new QAction(entry.title, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { setCurrentPage(index); });
        if (auto *go = menuBar()->findChild<QMenu *>(QStringLiteral("goMenu")))
            go->addAction(action);
        m_pageActions.append(action);
    }
    m_entries.append(std::move(entry));
    describeRow(index);
    if (m_sidebar->currentRow() < 0 || index == m_initialPage)
        m_sidebar->setCurrentRow(index);
    // Measuring every row on each page added made adding n pages cost n²
    // measurements: fitted once, before the window shows (or soon, when
    // pages come to a window on screen).
    if (!std::exchange(m_sidebarUnfit, true) && isVisible())
        QMetaObject::invokeMethod(this, &MainWindow::fitSidebar, Qt::QueuedConnection);
}

void MainWindow::fitSidebar()
{
    if (!std::exchange(m_sidebarUnfit, false))
        return;
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() +
                               style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

Page *MainWindow::builtPage(int index) const
{
    return qobject_cast<Page *>(m_stack->widget(index));
}

Page *MainWindow::page(int index)
{
    if (index < 0 || index >= pageCount())
        return nullptr;
    if (Page *built = builtPage(index))
        return built;
    QWidget *placeholder = m_stack->widget(index);
    const bool shown = m_stack->currentIndex() == index;
    Page *page = m_entries.at(index).build(m_stack);
    if (m_settings)
        PageLayout::restore(*m_settings, m_entries.at(index).key, page);
    // Inserted before its placeholder, which then goes.
    m_stack->insertWidget(index, page);
    if (shown)
        m_stack->setCurrentIndex(index);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    return page;
}

int MainWindow::indexOfPage(const QString &key) const
{
    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        if (m_entries.at(index).key == key)
            return int(index);
    }
    return -1;
}

Page *MainWindow::page(const QString &key)
{
    return page(indexOfPage(key));
}

Page *MainWindow::currentPage()
{
    return page(m_stack->currentIndex());
}

void MainWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < pageCount())
        m_sidebar->setCurrentRow(index);
}

void MainWindow::showPage(const QString &key)
{
    setCurrentPage(indexOfPage(key));
}

QString MainWindow::groupTitle(PageEntry::Group group)
{
    switch (group) {
    case PageEntry::Group::WhatIsHeld:
        return tr("What is held");
    case PageEntry::Group::YourControls:
        return tr("Your controls");
    }
    return {};
}

void MainWindow::setPageCount(const QString &key, const QString &count,
                              const QString &countDescription)
{
    const int index = indexOfPage(key);
    if (QListWidgetItem *item = m_sidebar->item(index)) {
        item->setData(SidebarDelegate::CountRole, count);
        item->setData(SidebarDelegate::CountDescriptionRole, countDescription);
        describeRow(index);
    }
}

void MainWindow::setPageAttention(const QString &key, const QString &attention)
{
    const int index = indexOfPage(key);
    if (QListWidgetItem *item = m_sidebar->item(index)) {
        item->setData(SidebarDelegate::AttentionRole, attention);
        describeRow(index);
    }
}

void MainWindow::describeRow(int index)
{
    QListWidgetItem *item = m_sidebar->item(index);
    if (!item)
        return;
    // A screen reader hears what the row shows beside the title.
    QStringList parts;
    for (int role : {SidebarDelegate::CountDescriptionRole, SidebarDelegate::AttentionRole}) {
        const QString part = item->data(role).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    const QString description = parts.join(QStringLiteral("\n"));
    item->setData(Qt::AccessibleDescriptionRole, description);
    item->setToolTip(description.isEmpty() ? item->text()
                                           : item->text() + QStringLiteral("\n") + description);
}

void MainWindow::setVisible(bool visible)
{
    if (visible) {
        currentPage();
        fitSidebar();
    }
    QMainWindow::setVisible(visible);
    if (visible && !m_notifierAttached)
        AfterFirstExpose::run(this, this, [this] { attachNotifier(); });
}

void MainWindow::attachNotifier()
{
    if (std::exchange(m_notifierAttached, true))
        return;
    if (RequestUpdates *updates = m_services->requestUpdates())
        updates->setNotifier(m_desktopNotifier.get());
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0)
        return;
    m_stack->setCurrentIndex(row);
    // A hidden window builds the page it opens on when it shows.
    if (!isVisible())
        return;
    Page *current = page(row);
    if (!m_resuming)
        current->activate();
}

QString MainWindow::serverName(const ServerProfile &profile)
{
    return profile.name.isEmpty() ? profile.baseUrl.host() : profile.name;
}

void MainWindow::beginResume(const ServerProfile &profile)
{
    m_resuming = true;
    const QString server = serverName(profile);
    m_accountLabel->setText(tr("Resuming your session on %1…").arg(server));
    m_accountLabel->setAccessibleName(m_accountLabel->text());
    setWindowTitle(tr("%1 — Privacy Dashboard").arg(server));
    // Nothing to sync with until the session is back.
    m_syncAction->setEnabled(false);
    m_sidebar->setFocus();
}

void MainWindow::beginSession()
{
    m_resuming = false;
    const QString server = serverName(m_services->activeProfile());
    m_accountLabel->setText(tr("Connected to %1").arg(server));
    m_accountLabel->setAccessibleName(m_accountLabel->text());
    setWindowTitle(tr("%1 — Privacy Dashboard").arg(server));
    if (m_tray)
        m_tray->show();
    m_syncAction->setEnabled(!m_services->isSyncing());
    m_sidebar->setFocus();
    if (Page *current = currentPage())
        current->activate();
}

void MainWindow::endSession()
{
    m_resuming = false;
    m_tour->stop();
    m_idleBanner->dismiss();
    m_syncStatus->reset();
    m_accountLabel->clear();
    statusBar()->clearMessage();
    setWindowTitle(tr("Privacy Dashboard"));
    if (m_tray)
        m_tray->hide();
}

void MainWindow::bringToFront()
{
    if (!isVisible())
        return;
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::confirmSignOut()
{
    const int pending = m_services->outbox()
                            ? int(m_services->outbox()->items(OutboxItem::State::Pending).size())
                            : 0;
    if (pending == 0) {
        m_services->signOut();
        return;
    }
    // Unsent requests live only in the local cache, which sign-out deletes.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign out?"),
                                tr("%n request(s) have not reached the server yet. Signing out "
                                   "deletes them from this computer and they will not be sent.",
                                   nullptr, pending),
                                QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    QPushButton *signOut =
        box->addButton(tr("Sign Out and &Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, signOut] {
        if (box->clickedButton() == signOut)
            m_services->signOut();
    });
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About Privacy Dashboard"),
        tr("Privacy Dashboard %1\n\nSee and control what the platform holds about you: your "
           "personal data, the service data recorded while you use it, and your privacy "
           "requests.")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::copyDiagnostics()
{
    // The report is built by the core from facts about the app and the
    // connection only; nothing here may add account data to it.
    QGuiApplication::clipboard()->setText(SupportReport::collect(*m_services).toText());
    statusBar()->showMessage(tr("Diagnostics copied to the clipboard. Paste them into your "
                                "message to support; they contain no personal data."),
                             15000);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry =
        m_settings ? SettingKeys::windowGeometry.read(*m_settings) : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultSize(QApplication::primaryScreen()));
    if (m_settings) {
        m_initialPage = SettingKeys::windowPage.read(*m_settings);
        restoreState(SettingKeys::windowState.read(*m_settings));
    }
    if (!m_settings || !m_splitter->restoreState(SettingKeys::windowSplitter.read(*m_settings))) {
        const int sidebar = fontMetrics().averageCharWidth() * 28;
        m_splitter->setSizes({sidebar, std::max(width() - sidebar, sidebar)});
    }
}

QSize MainWindow::defaultSize(const QScreen *screen) const
{
    // Room for a table of visits with its detail pane beside the sidebar,
    // in the font's units (so it grows with the font and the scale), but
    // never more than most of the screen: a first window that fills a
    // laptop's screen edge to edge looks like a mistake.
    const QFontMetrics metrics = fontMetrics();
    QSize wanted(metrics.averageCharWidth() * 200, metrics.lineSpacing() * 52);
    if (!screen)
        return wanted;
    const QSize available = screen->availableGeometry().size();
    // On a small screen the layout grows the window to its minimum size when
    // it is shown (computed then with the pages in it; asking for it here
    // would lay the window out once more before its first frame).
    return wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
}

void MainWindow::saveWindowState()
{
    if (!m_settings)
        return;
    SettingKeys::windowGeometry.write(*m_settings, saveGeometry());
    SettingKeys::windowState.write(*m_settings, saveState());
    SettingKeys::windowSplitter.write(*m_settings, m_splitter->saveState());
    SettingKeys::windowPage.write(*m_settings, m_sidebar->currentRow());
    for (int index = 0; index < pageCount(); ++index) {
        if (const Page *built = builtPage(index))
            PageLayout::save(*m_settings, m_entries.at(index).key, built);
    }
}

void MainWindow::restoreFromTray()
{
    // The tray is shown only while signed in: a hidden window then was
    // closed into it.
    if (!isVisible())
        show();
    bringToFront();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // Only when the user asked for it, and only with a tray icon to come
    // back through: otherwise closing quits, as the window says.
    if (AppSettings(m_settings).keepInTray() && m_tray && m_tray->isVisible()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}

} // namespace pd
