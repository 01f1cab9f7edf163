#include "notifications/DesktopNotifier.h"

#include "notifications/FreedesktopNotifications.h"
#include "requests/RequestNotifier.h"
#include "widgets/ValueLabels.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

namespace pd {

namespace {

constexpr int kStatusBarMessageMs = 15000;

bool isBad(const RequestUpdate &update)
{
    return update.status == QLatin1String("rejected");
}

} // namespace

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *tray, QStatusBar *statusBar,
                                 std::function<bool()> windowActive)
    : m_tray(tray)
    , m_statusBar(statusBar)
    , m_windowActive(std::move(windowActive))
    , m_desktop(&FreedesktopNotifications::notify)
{}

QString DesktopNotifier::title(const RequestUpdate &update)
{
    return ValueLabels::requestType(update.type);
}

QString DesktopNotifier::body(const RequestUpdate &update)
{
    return RequestNotifier::statusSentence(update.status);
}

bool DesktopNotifier::notify(const RequestUpdate &update)
{
    // The user is looking at the app: a desktop popup would only interrupt.
    if (m_windowActive && m_windowActive() && m_statusBar) {
        m_statusBar->showMessage(RequestNotifier::statusBarText(title(update), body(update)),
                                 kStatusBarMessageMs);
        return true;
    }
    if (m_desktop && m_desktop(title(update), body(update), isBad(update)))
        return true;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title(update), body(update),
                            isBad(update) ? QSystemTrayIcon::Warning
                                          : QSystemTrayIcon::Information);
        return true;
    }
    return false;
}

} // namespace pd
