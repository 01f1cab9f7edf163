#pragma once

#include <QObject>
#include <QPointer>

class QStatusBar;
class QSystemTrayIcon;

namespace pd {

// Tells the user when the server refused one of their requests for good: a
// desktop notification through the system tray when there is one, otherwise
// a message in the main window's status bar. Also the words of a status
// change (statusSentence()), which DesktopNotifier shows.
class RequestNotifier : public QObject
{
    Q_OBJECT
public:
    // `tray` may be null (no system tray); neither is owned.
    RequestNotifier(QSystemTrayIcon *tray, QStatusBar *statusBar, QObject *parent = nullptr);

    void submissionFailed(const QString &type, const QString &message);

    // What a request in `status` means for the user, as a whole sentence
    // (translators get sentences, not fragments to assemble).
    static QString statusSentence(const QString &status);
    // How the status bar shows a notification without a system tray.
    static QString statusBarText(const QString &title, const QString &body);

private:
    void notify(const QString &title, const QString &body, bool warning);

    QPointer<QSystemTrayIcon> m_tray;
    QPointer<QStatusBar> m_statusBar;
};

} // namespace pd
