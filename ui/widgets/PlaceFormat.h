#pragma once

#include "account/Place.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// Names of places as the API gives them: countries by ISO 3166-1 code,
// approximate locations as {city, region, country}.
class PlaceFormat
{
    Q_DECLARE_TR_FUNCTIONS(pd::PlaceFormat)
public:
    // "Indonesia" for "ID"; the code itself when Qt does not know it.
    static QString country(const QString &code);
    // "Jakarta, DKI Jakarta, Indonesia"; the unknown parts left out; "Unknown
    // place" when nothing is known.
    static QString location(const Place &location);
};

} // namespace pd
