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

QString PlaceFormat::location(const Place &location)
{
    QStringList parts;
    for (const QString &value : {location.city, location.region}) {
        if (!value.isEmpty() && !parts.contains(value))
            parts.append(value);
    }
    if (!location.country.isEmpty())
        parts.append(country(location.country));
    return parts.isEmpty() ? tr("Unknown place") : parts.join(tr(", ", "between parts of a place"));
}

} // namespace pd
