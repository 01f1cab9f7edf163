#include "notifications/FreedesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QStringList>
#include <QVariantMap>

namespace pd {

namespace {

// The app's desktop entry (resources/), so the desktop shows its name and
// icon and groups its notifications.
constexpr const char *kDesktopEntry = "org.privacydashboard.PrivacyDashboard";

} // namespace

bool FreedesktopNotifications::isAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(QString::fromLatin1(kService)).value();
}

bool FreedesktopNotifications::notify(const QString &summary, const QString &body, bool urgent)
{
    if (!isAvailable())
        return false;
    QDBusMessage call =
        QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                       QString::fromLatin1(kInterface), QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QString::fromLatin1(kDesktopEntry)},
        // 1 normal, 2 critical (stays until dismissed).
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
    };
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints,
    // expire_timeout): -1 lets the desktop choose how long it shows.
    call << QStringLiteral("Privacy Dashboard") << uint(0) << QString::fromLatin1(kDesktopEntry)
         << escaped(summary) << escaped(body) << QStringList() << hints << int(-1);
    return QDBusConnection::sessionBus().send(call);
}

QString FreedesktopNotifications::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace pd
