#include "requests/RequestNotifier.h"

#include "outbox/OutboxItem.h"
#include "widgets/ValueLabels.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

namespace pd {

namespace {

constexpr int kStatusBarMessageMs = 15000;

} // namespace

RequestNotifier::RequestNotifier(QSystemTrayIcon *tray, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
    , m_statusBar(statusBar)
{}

void RequestNotifier::submissionFailed(const QString &type, const QString &message)
{
    if (type == OutboxItem::cancellationType()) {
        notify(tr("Cancellation"), tr("The server did not cancel the request: %1").arg(message),
               true);
        return;
    }
    notify(ValueLabels::requestType(type),
           tr("The server did not accept this request: %1").arg(message), true);
}

void RequestNotifier::notify(const QString &title, const QString &body, bool warning)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, body,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    if (m_statusBar)
        m_statusBar->showMessage(statusBarText(title, body), kStatusBarMessageMs);
}

QString RequestNotifier::statusBarText(const QString &title, const QString &body)
{
    //: Notification in the status bar: %1 is the kind of request ("Data
    //: export"), %2 a sentence about its new status.
    return tr("%1: %2").arg(title, body);
}

QString RequestNotifier::statusSentence(const QString &status)
{
    if (status == QLatin1String("received"))
        return tr("The provider has received your request.");
    if (status == QLatin1String("verifying"))
        return tr("The provider is verifying that the request is yours.");
    if (status == QLatin1String("in_progress"))
        return tr("The provider is working on your request.");
    if (status == QLatin1String("completed"))
        return tr("Your request has been completed.");
    if (status == QLatin1String("rejected"))
        return tr("Your request was rejected; the Requests page says why.");
    if (status == QLatin1String("cancelled"))
        return tr("Your request was cancelled.");
    return tr("Your request has a new status; see the Requests page.");
}

} // namespace pd
