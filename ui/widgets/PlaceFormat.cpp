#include "widgets/PlaceFormat.h"

#include <QLocale>
#include <QStringList>

namespace pd {

QString PlaceFormat::country(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

QString PlaceFormat::location(const QJsonObject &location)
{
    QStringList parts;
    for (const char *key : {"city", "region"}) {
        const QString value = location.value(QLatin1String(key)).toString();
        if (!value.isEmpty() && !parts.contains(value))
            parts.append(value);
    }
    const QString code = location.value(QLatin1String("country")).toString();
    if (!code.isEmpty())
        parts.append(country(code));
    return parts.isEmpty() ? tr("Unknown place") : parts.join(tr(", ", "between parts of a place"));
}

} // namespace pd
