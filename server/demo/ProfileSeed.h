#pragma once

#include <QString>

namespace pd::server {

class Database;

// A demo account's personal data: profile, masked billing cards, records
// received from third parties and the usage counters. Variant 0 is an
// Indonesian user, variant 1 an international one.
class ProfileSeed
{
public:
    static void seed(const Database &db, qint64 nowMs, const QString &accountId, int variant);

private:
    static void seedProfile(const Database &db, qint64 nowMs, const QString &accountId,
                            int variant);
    static void seedCards(const Database &db, const QString &accountId, int variant);
    static void seedThirdPartyRecords(const Database &db, qint64 nowMs, const QString &accountId,
                                      int variant);
    static void seedUsageCounters(const Database &db, const QString &accountId, int variant);
};

} // namespace pd::server
