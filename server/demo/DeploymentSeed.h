#pragma once

#include <QString>

namespace pd::server {

class Clock;
class Database;

// Deployment-wide facts the policy states: the published policy version,
// storage regions, processors and sharing recipients. Each table is filled
// only while empty, so an operator's own entries are never overwritten (the
// one exception: the seed's own rows get the columns migration 7 added).
class DeploymentSeed
{
public:
    static constexpr const char *kPolicyVersion = "2024.1";
    static constexpr const char *kPolicyLastUpdated = "2024-05-02";

    static void seed(const Database &db, const Clock &clock);
    // The policy text shipped with the server (a Qt resource).
    static QString policyText();

private:
    static bool isEmpty(const Database &db, const QString &table);
    static void seedPolicy(const Database &db);
    static void seedRegions(const Database &db);
    static void seedProcessors(const Database &db);
    static void seedRecipients(const Database &db);
    // Fills what migration 7 added (categories, purposes, countries, dates)
    // into the seed's rows of a database seeded before it.
    static void backfillDataFlows(const Database &db);
};

} // namespace pd::server
