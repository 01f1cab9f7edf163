#pragma once

#include <QString>

namespace pd {

// The desktop's notification service (org.freedesktop.Notifications on the
// session bus, which GNOME, KDE and most other desktops provide): shows a
// summary and a body, nothing else (no actions, no markup of ours).
class FreedesktopNotifications
{
public:
    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";
    static constexpr const char *kInterface = "org.freedesktop.Notifications";

    // Whether a notification service is on the session bus now.
    static bool isAvailable();
    // Sends the notification without waiting for the service's answer (a
    // busy service never blocks the window); false when there is no bus or
    // no service on it. `urgent` asks the service to keep it on screen.
    static bool notify(const QString &summary, const QString &body, bool urgent);
    // `text` for a service that may read `<b>`, `<a href>`... in the body
    // (the specification's body-markup): escaped, so it always shows as written.
    static QString escaped(const QString &text);
};

} // namespace pd
