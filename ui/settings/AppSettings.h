#pragma once

#include "settings/Theme.h"

#include <QList>
#include <QString>

#include <chrono>

class QSettings;

namespace pd {

// The user's preferences from the Settings dialog: their keys and defaults
// live here and nowhere else. A view over the app's QSettings (not owned);
// without one, every read gives the default and writes are dropped.
class AppSettings
{
public:
    explicit AppSettings(QSettings *settings);

    // "" follows the system's language; otherwise one of languageCodes().
    QString language() const;
    void setLanguage(const QString &code);
    // The languages the app is translated to, as codes ("en", "id").
    static QStringList languageCodes();

    // Always one of idleTimeoutChoices(): the policy asks people to sign
    // off when done, so there is no "never".
    std::chrono::minutes idleTimeout() const;
    void setIdleTimeout(std::chrono::minutes timeout);
    static QList<std::chrono::minutes> idleTimeoutChoices();
    static constexpr std::chrono::minutes kDefaultIdleTimeout{15};

    Theme::Mode theme() const;
    void setTheme(Theme::Mode mode);

    // Where verified receipts are kept; empty: the default (ReceiptStore).
    QString receiptsFolder() const;
    void setReceiptsFolder(const QString &folder);

    // Whether closing the main window leaves the app in the system tray
    // (off by default: closing quits).
    bool keepInTray() const;
    void setKeepInTray(bool keep);

private:
    QSettings *m_settings;
};

} // namespace pd
