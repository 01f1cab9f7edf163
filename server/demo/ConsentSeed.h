#pragma once

#include <QString>

namespace pd::server {

class Database;

// A demo account's consents: cookies (some strictly necessary), Google
// authorizations, marketing opt-ins and an earlier policy acknowledgement.
class ConsentSeed
{
public:
    static void seed(const Database &db, qint64 nowMs, const QString &accountId, int variant);

private:
    static void seedCookies(const Database &db, qint64 nowMs, const QString &accountId,
                            int variant);
    static void seedGoogleAuthorizations(const Database &db, qint64 nowMs, const QString &accountId,
                                         int variant);
    static void seedPreferences(const Database &db, qint64 nowMs, const QString &accountId,
                                int variant);
};

} // namespace pd::server
