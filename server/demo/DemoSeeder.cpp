#include "DemoSeeder.h"

#include "AccountDataSeed.h"
#include "DeploymentSeed.h"
#include "auth/PasswordHasher.h"
#include "core/Clock.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace pd {

void DemoSeeder::seedDeployment(const Database &db, const Clock &clock)
{
    DeploymentSeed::seed(db, clock);
}

namespace {

// Fixed, published demo credentials: the demo server only listens on
// loopback and exists to be signed in to. The TOTP secret is printed too so
// an authenticator app (or a test) can produce codes.
const QList<DemoSeeder::Account> &demoAccounts()
{
    static const QList<DemoSeeder::Account> accounts{
        {QStringLiteral("demo-ayu"), QStringLiteral("ayu.lestari@example.id"),
         QStringLiteral("Demo-Privasi-2026"), QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")},
        {QStringLiteral("demo-james"), QStringLiteral("james.carter@example.com"),
         QStringLiteral("Demo-Privacy-2026"), QString()},
    };
    return accounts;
}

} // namespace

QList<DemoSeeder::Account> DemoSeeder::seedDemo(const Database &db, const Clock &clock, int visits)
{
    const QList<Account> &accounts = demoAccounts();
    for (int variant = 0; variant < accounts.size(); ++variant) {
        const Account &account = accounts.at(variant);
        QSqlQuery existing =
            db.run(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {account.id});
        if (existing.next())
            continue;
        Transaction transaction(db);
        const qint64 now = clock.nowMs();
        db.run(
            QStringLiteral("INSERT INTO accounts (id, email, password_hash, password_changed_at,"
                           " totp_secret, totp_enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {account.id, account.email, PasswordHasher::hash(account.password), now,
             account.totpSecret.isEmpty() ? QVariant() : QVariant(account.totpSecret),
             account.totpSecret.isEmpty() ? 0 : 1, now - 400LL * 24 * 3600 * 1000});
        AccountDataSeed::seed(db, clock, account.id, variant, variant == 0 ? visits : 0);
        transaction.commit();
    }
    return accounts;
}

} // namespace pd
