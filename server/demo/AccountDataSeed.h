#pragma once

#include <QString>

namespace pd::server {

class Clock;
class Database;

// Seeds one demo account's personal and service data (profile, billing,
// third-party records, visits, messages, logs, usage, cookies, Google
// authorizations, marketing preferences). Deterministic: every value derives
// from the row number; times are relative to the clock.
class AccountDataSeed
{
public:
    static void seed(const Database &db, const Clock &clock, const QString &accountId, int variant,
                     int visits);
};

} // namespace pd::server
