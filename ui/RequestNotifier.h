#pragma once

#include <QObject>
#include <QPointer>

class QStatusBar;
class QSystemTrayIcon;

namespace pd {

// Tells the user when one of their requests changes status: a desktop
// notification through the system tray when there is one, otherwise a
// message in the main window's status bar.
class RequestNotifier : public QObject
{
    Q_OBJECT
public:
    // `tray` may be null (no system tray); neither is owned.
    RequestNotifier(QSystemTrayIcon *tray, QStatusBar *statusBar, QObject *parent = nullptr);

    void requestStatusChanged(const QString &requestId, const QString &type, const QString &status);
    void submissionFailed(const QString &type, const QString &message);

    // For users: "data export", "correction"...
    static QString typeLabel(const QString &type);
    // For users: "in progress", "completed"...
    static QString statusLabel(const QString &status);

private:
    void notify(const QString &title, const QString &body, bool warning);

    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QStatusBar> m_statusBar;
};

} // namespace pd
