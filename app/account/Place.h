#pragma once

#include <QString>

namespace pd {

// Roughly where something happened, as the server places an address.
struct Place {
    QString city;
    QString region;
    QString country; // ISO 3166 code
};

} // namespace pd
