#include "DemoSeeder.h"

namespace pd {

void DemoSeeder::seedDeployment(const Database &, const Clock &)
{
}

QList<DemoSeeder::Account> DemoSeeder::seedDemo(const Database &, const Clock &, int)
{
    return {};
}

} // namespace pd
