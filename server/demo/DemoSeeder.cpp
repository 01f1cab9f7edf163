#include "DemoSeeder.h"

#include "AccountDataSeed.h"
#include "DeploymentSeed.h"
#include "auth/PasswordHasher.h"
#include "db/Database.h"
#include "kernel/Clock.h"

#include <QSqlQuery>

namespace pd::server {

void DemoSeeder::seedDeployment(const Database &db, const Clock &clock)
{
    DeploymentSeed::seed(db, clock);
}

namespace {

const QString kFirstId = QStringLiteral("demo-ayu");
const QString kSecondId = QStringLiteral("demo-james");

} // namespace

bool DemoSeeder::hasOtherAccounts(const Database &db)
{
    QSqlQuery query = db.run(QStringLiteral("SELECT 1 FROM accounts WHERE id <> ? AND id <> ?"),
                             {kFirstId, kSecondId});
    return query.next();
}

QList<DemoSeeder::Account> DemoSeeder::seedDemo(const Database &db, const Clock &clock, int visits,
                                                const DemoCredentials &credentials)
{
    const QList<Account> accounts{
        {kFirstId, QStringLiteral("ayu.lestari@example.id"), credentials.firstPassword,
         credentials.totpSecret},
        {kSecondId, QStringLiteral("james.carter@example.com"), credentials.secondPassword,
         QString()},
    };
    for (int variant = 0; variant < accounts.size(); ++variant) {
        const Account &account = accounts.at(variant);
        QSqlQuery existing =
            db.run(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), {account.id});
        if (existing.next()) {
            // Seeded from another data folder (a shared PostgreSQL database):
            // the printed credentials must still be the ones that work.
            const QString storedHash = existing.value(0).toString();
            existing.finish();
            if (!PasswordHasher::verify(account.password, storedHash)) {
                db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, totp_secret = ?"
                                      " WHERE id = ?"),
                       {PasswordHasher::hash(account.password),
                        account.totpSecret.isEmpty() ? QVariant() : QVariant(account.totpSecret),
                        account.id});
            }
            continue;
        }
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

} // namespace pd::server
