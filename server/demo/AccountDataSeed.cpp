#include "AccountDataSeed.h"

namespace pd {

// Placeholder until the data seeding lands.
void AccountDataSeed::seed(const Database &, const Clock &, const QString &, int, int)
{
}

} // namespace pd
