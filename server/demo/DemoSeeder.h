#pragma once

#include "DemoCredentials.h"

#include <QList>
#include <QString>

namespace pd::server {

class Database;
class Clock;

// Seeds deterministic demo data. Everything but the credentials derives from
// fixed seeds, so two runs produce the same accounts and rows (times are
// relative to "now"); the credentials come from the data folder.
class DemoSeeder
{
public:
    struct Account {
        QString id;
        QString email;
        QString password;
        QString totpSecret; // empty when the account has no two-factor
    };

    // Seeds the deployment-wide tables (policy, regions, processors,
    // recipients) when empty. Runs on every start, demo or not.
    static void seedDeployment(const Database &db, const Clock &clock);
    // Seeds the two demo accounts unless they exist, and gives existing ones
    // `credentials`; `visits` rows for the first (0 = a few thousand).
    // Returns both accounts.
    static QList<Account> seedDemo(const Database &db, const Clock &clock, int visits,
                                   const DemoCredentials &credentials);
    // Whether the database holds accounts other than the demo's: a real
    // deployment's, which --demo must not open up.
    static bool hasOtherAccounts(const Database &db);
};

} // namespace pd::server
