#include "settings/AppSettings.h"

#include <QSettings>

namespace pd {

namespace {

const QString kLanguageKey = QStringLiteral("preferences/language");
const QString kIdleMinutesKey = QStringLiteral("preferences/idleMinutes");
const QString kThemeKey = QStringLiteral("preferences/theme");

} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{}

QString AppSettings::language() const
{
    const QString code = m_settings ? m_settings->value(kLanguageKey).toString() : QString();
    return languageCodes().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (m_settings)
        m_settings->setValue(kLanguageKey, languageCodes().contains(code) ? code : QString());
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
    const std::chrono::minutes stored(
        m_settings->value(kIdleMinutesKey, int(kDefaultIdleTimeout.count())).toInt());
    return idleTimeoutChoices().contains(stored) ? stored : kDefaultIdleTimeout;
}

void AppSettings::setIdleTimeout(std::chrono::minutes timeout)
{
    if (m_settings && idleTimeoutChoices().contains(timeout))
        m_settings->setValue(kIdleMinutesKey, int(timeout.count()));
}

QList<std::chrono::minutes> AppSettings::idleTimeoutChoices()
{
    using std::chrono::minutes;
    return {minutes(5), minutes(10), minutes(15), minutes(30), minutes(60)};
}

Theme::Mode AppSettings::theme() const
{
    return Theme::fromName(m_settings ? m_settings->value(kThemeKey).toString() : QString());
}

void AppSettings::setTheme(Theme::Mode mode)
{
    if (m_settings)
        m_settings->setValue(kThemeKey, Theme::name(mode));
}

} // namespace pd
