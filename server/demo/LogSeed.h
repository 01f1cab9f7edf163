#pragma once

#include <QString>

namespace pd::server {

class Database;

// A demo account's activity log: sign-ins, failures, changes and system
// events over the last two years.
class LogSeed
{
public:
    static void seed(const Database &db, qint64 nowMs, const QString &accountId, int variant);
};

} // namespace pd::server
