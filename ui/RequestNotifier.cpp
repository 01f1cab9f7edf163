#include "RequestNotifier.h"

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

void RequestNotifier::requestStatusChanged(const QString &, const QString &type,
                                           const QString &status)
{
    const bool bad = status == QLatin1String("rejected");
    notify(tr("Request updated"),
           tr("Your %1 request is now %2.").arg(typeLabel(type), statusLabel(status)), bad);
}

void RequestNotifier::submissionFailed(const QString &type, const QString &message)
{
    notify(tr("Request not sent"),
           tr("Your %1 request could not be filed: %2").arg(typeLabel(type), message), true);
}

void RequestNotifier::notify(const QString &title, const QString &body, bool warning)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, body,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    if (m_statusBar)
        m_statusBar->showMessage(body, kStatusBarMessageMs);
}

QString RequestNotifier::typeLabel(const QString &type)
{
    if (type == QLatin1String("edit"))
        return tr("correction");
    if (type == QLatin1String("export"))
        return tr("data export");
    if (type == QLatin1String("delete"))
        return tr("deletion");
    if (type == QLatin1String("unsubscribe"))
        return tr("unsubscribe");
    if (type == QLatin1String("restrict"))
        return tr("restriction");
    if (type == QLatin1String("object"))
        return tr("objection");
    if (type == QLatin1String("guardian_removal"))
        return tr("removal of a minor's data");
    if (type == QLatin1String("security_report"))
        return tr("security report");
    return tr("privacy");
}

QString RequestNotifier::statusLabel(const QString &status)
{
    if (status == QLatin1String("received"))
        return tr("received");
    if (status == QLatin1String("verifying"))
        return tr("being verified");
    if (status == QLatin1String("in_progress"))
        return tr("in progress");
    if (status == QLatin1String("completed"))
        return tr("completed");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return tr("updated");
}

} // namespace pd
