#include "settings/AppSettings.h"

#include "core/SettingKeys.h"

#include <QSettings>

namespace pd {

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{}

QString AppSettings::language() const
{
    const QString code = m_settings ? SettingKeys::language.read(*m_settings) : QString();
    return languageCodes().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (m_settings)
        SettingKeys::language.write(*m_settings, languageCodes().contains(code) ? code : QString());
}

QStringList AppSettings::languageCodes()
{
    return {QStringLiteral("en"), QStringLiteral("id")};
}

std::chrono::minutes AppSettings::idleTimeout() const
{
    if (!m_settings)
        return kDefaultIdleTimeout;
    // A hand-edited or outdated value falls back to the default rather than
    // to something the dialog cannot show.
    const std::chrono::minutes stored(SettingKeys::idleMinutes.read(*m_settings));
    return idleTimeoutChoices().contains(stored) ? stored : kDefaultIdleTimeout;
}

void AppSettings::setIdleTimeout(std::chrono::minutes timeout)
{
    if (m_settings && idleTimeoutChoices().contains(timeout))
        SettingKeys::idleMinutes.write(*m_settings, int(timeout.count()));
}

QList<std::chrono::minutes> AppSettings::idleTimeoutChoices()
{
    using std::chrono::minutes;
    return {minutes(5), minutes(10), minutes(15), minutes(30), minutes(60)};
}

Theme::Mode AppSettings::theme() const
{
    return Theme::fromName(m_settings ? SettingKeys::theme.read(*m_settings) : QString());
}

void AppSettings::setTheme(Theme::Mode mode)
{
    if (m_settings)
        SettingKeys::theme.write(*m_settings, Theme::name(mode));
}

QString AppSettings::receiptsFolder() const
{
    return m_settings ? SettingKeys::receiptsFolder.read(*m_settings) : QString();
}

void AppSettings::setReceiptsFolder(const QString &folder)
{
    if (m_settings)
        SettingKeys::receiptsFolder.write(*m_settings, folder);
}

bool AppSettings::keepInTray() const
{
    return m_settings ? SettingKeys::keepInTray.read(*m_settings)
                      : SettingKeys::keepInTray.fallback;
}

void AppSettings::setKeepInTray(bool keep)
{
    if (m_settings)
        SettingKeys::keepInTray.write(*m_settings, keep);
}

} // namespace pd
