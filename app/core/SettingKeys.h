#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace pd {

// One key of the settings file, with its type and its value when unset.
template <typename T> struct SettingKey {
    QLatin1String name;
    T fallback{};

    T read(const QSettings &settings) const
    {
        return settings.value(name, QVariant::fromValue(fallback)).template value<T>();
    }
    void write(QSettings &settings, const T &value) const
    {
        settings.setValue(name, QVariant::fromValue(value));
    }
};

// Every key the app keeps in its settings file, in one table: no two places
// can read a key as different types or spell it differently, and what the
// file may hold is seen at a glance. None is a secret (tokens are in the
// keychain) and none is personal data.
namespace SettingKeys {

// Which server profile and session the local cache belongs to (AppServices).
inline const SettingKey<QString> cacheProfile{QLatin1String("cache/profile")};
inline const SettingKey<QString> cacheSession{QLatin1String("cache/session")};
// The account whose data the cache holds (an opaque id from the server).
inline const SettingKey<QString> cacheAccount{QLatin1String("cache/account")};
inline const SettingKey<QString> lastProfile{QLatin1String("session/last_profile")};

// The main window as the user left it.
inline const SettingKey<QByteArray> windowGeometry{QLatin1String("window/geometry")};
inline const SettingKey<QByteArray> windowState{QLatin1String("window/state")};
inline const SettingKey<QByteArray> windowSplitter{QLatin1String("window/splitter")};
inline const SettingKey<int> windowPage{QLatin1String("window/page"), 0};
// Under it, per page key: the splitters and table columns the user sized.
inline const QLatin1String windowViewsGroup("window/views");

// Preferences (Account → Settings…); checked against their choices on read.
inline const SettingKey<QString> language{QLatin1String("preferences/language")};
inline const SettingKey<int> idleMinutes{QLatin1String("preferences/idleMinutes"), 15};
inline const SettingKey<QString> theme{QLatin1String("preferences/theme")};
// Where verified request receipts are kept; empty: Documents/Privacy
// Dashboard Receipts (ReceiptStore). A folder name, not personal data.
inline const SettingKey<QString> receiptsFolder{QLatin1String("preferences/receiptsFolder")};

// Closing the main window leaves the app running in the system tray, so that
// request updates still reach the desktop (off unless the user turns it on).
inline const SettingKey<bool> keepInTray{QLatin1String("preferences/keepInTray"), false};

// The guided tour was closed or finished.
inline const SettingKey<bool> tourCompleted{QLatin1String("tour/completed"), false};

// The group of saved server profiles (ServerProfileStore), one subgroup each.
inline const QLatin1String serversGroup("servers");

} // namespace SettingKeys

} // namespace pd
