#pragma once

#include "PageEntry.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QScreen;
class QSettings;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;

namespace pd {

class AppServices;
class DesktopNotifier;
class GuidedTour;
class IdleWarningBanner;
class Page;
class RenderedIcons;
class RequestNotifier;
struct ServerProfile;
class SyncStatusWidget;

// The window the user works in once signed in: a sidebar of pages, the
// current page, an inactivity banner, and the sync's progress in the status
// bar. Pages are registered with addPage() and built when first shown; the
// window owns them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppServices *services, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Pictures of the sidebar's icons drawn ahead (StartupWarmUp), for the
    // pages added after this call.
    void setRenderedIcons(std::shared_ptr<const RenderedIcons> icons);
    // Appends `entry` to the sidebar; its page is built the first time it
    // is shown or asked for.
    void addPage(PageEntry entry);
    // Shows the requests' status changes outside the window (RequestUpdates'
    // notifier); tests replace its desktop sink.
    DesktopNotifier *desktopNotifier() const { return m_desktopNotifier.get(); }
    // Appends `page`, built already (its title and icon from the page).
    void addPage(Page *page);
    int pageCount() const;
    // The page at `index`, built now if it was not yet; null when out of
    // range.
    Page *page(int index);
    // The page whose key is `key` (built now if it was not yet), or null.
    Page *page(const QString &key);
    // The page at `index` if it was built already, else null.
    Page *builtPage(int index) const;
    int indexOfPage(const QString &key) const;
    // The page shown (built now if it was not yet), or null.
    Page *currentPage();
    void setCurrentPage(int index);
    // Shows the page whose key is `key`.
    void showPage(const QString &key);
    // What the sidebar says beside the page whose key is `key`: how much it
    // holds (`count`, e.g. "1,234", with `countDescription` for screen
    // readers and the tooltip) and why it needs attention (`attention`, a
    // sentence; empty for nothing).
    void setPageCount(const QString &key, const QString &count, const QString &countDescription);
    void setPageAttention(const QString &key, const QString &attention);
    static QString groupTitle(PageEntry::Group group);

    QListWidget *sidebar() const { return m_sidebar; }
    IdleWarningBanner *idleBanner() const { return m_idleBanner; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    GuidedTour *tour() const { return m_tour; }

    // Called at start when a stored session of `profile` is being resumed:
    // the window shows the local copy at once, and the header says the
    // session is resuming. Pages are not activated (they would ask the
    // server before there is a token) until beginSession().
    void beginResume(const ServerProfile &profile);
    // Called after sign-in: refreshes the header and the current page.
    void beginSession();
    // Called after sign-out: drops transient state (banner, sync status).
    void endSession();
    // Brings the window to the front (another instance asked for it).
    void bringToFront();
    void saveWindowState();
    // Builds the page the window opens on before it shows.
    void setVisible(bool visible) override;

Q_SIGNALS:
    // The user chose Quit (the app decides what that means).
    void quitRequested();
    // Account → Settings… (the app owns the dialog: it outlives this window).
    void settingsRequested();
    // Account → Receipts… (the kept receipts; the app owns the dialog).
    void receiptsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void appendPage(PageEntry entry, QWidget *widget);
    // The row's tooltip and accessible description from what it shows.
    void describeRow(int index);
    void fitSidebar();
    void buildActions();
    void buildMenus();
    void buildStatusBar();
    void buildTrayIcon();
    // Shows the window again after it was closed into the tray.
    void restoreFromTray();
    void connectServices();
    // Gives RequestUpdates the desktop notifier, which tells at once what
    // changed while the app was closed (once).
    void attachNotifier();
    void restoreWindowState();
    // The size of a first window on `screen`.
    QSize defaultSize(const QScreen *screen) const;
    void confirmSignOut();
    void showAbout();
    // Help → Copy Diagnostics: the support report onto the clipboard.
    void copyDiagnostics();
    void onCurrentRowChanged(int row);
    static QString serverName(const ServerProfile &profile);

    AppServices *m_services;
    QSettings *m_settings;
    QListWidget *m_sidebar;
    std::shared_ptr<const RenderedIcons> m_renderedIcons;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    IdleWarningBanner *m_idleBanner;
    SyncStatusWidget *m_syncStatus = nullptr;
    QLabel *m_accountLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    RequestNotifier *m_notifier = nullptr;
    std::unique_ptr<DesktopNotifier> m_desktopNotifier;
    bool m_notifierAttached = false;
    QAction *m_syncAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_receiptsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_tourAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    GuidedTour *m_tour = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_pageActions;
    // One per sidebar row and page of m_stack (a placeholder until built).
    QList<PageEntry> m_entries;
    int m_initialPage = 0; // the page shown when the window was last closed
    bool m_resuming = false;
    // Pages were added since the sidebar's width was last fitted to them.
    bool m_sidebarUnfit = false;
};

} // namespace pd
