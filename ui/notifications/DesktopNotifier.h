#pragma once

#include "requests/RequestUpdateNotifier.h"

#include <QPointer>

#include <functional>

class QStatusBar;
class QSystemTrayIcon;

namespace pd {

// Shows a request's status change where the user will see it: in the status
// bar while the main window is active; otherwise as a desktop notification
// (freedesktop notifications over D-Bus) or, without a notification service,
// through the tray icon. When none of these can show it, it stays queued
// (RequestUpdates offers it again at the next refresh).
class DesktopNotifier : public RequestUpdateNotifier
{
public:
    // Sends to the desktop; replaceable so that tests need no bus.
    using DesktopSink = std::function<bool(const QString &title, const QString &body, bool urgent)>;

    // `tray` and `statusBar` may be null; neither is owned.
    DesktopNotifier(QSystemTrayIcon *tray, QStatusBar *statusBar,
                    std::function<bool()> windowActive);

    bool notify(const RequestUpdate &update) override;
    void setDesktopSink(DesktopSink sink) { m_desktop = std::move(sink); }

    // The notification's title and body for `update`.
    static QString title(const RequestUpdate &update);
    static QString body(const RequestUpdate &update);

private:
    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QStatusBar> m_statusBar;
    std::function<bool()> m_windowActive;
    DesktopSink m_desktop;
};

} // namespace pd
