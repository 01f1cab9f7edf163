#pragma once

#include <QString>
#include <QStringList>

namespace pd::server {

class Database;

// A demo account's website visits, generated inside the database by one
// INSERT ... SELECT over a number sequence (a recursive CTE on SQLite,
// generate_series on PostgreSQL). Every column is picked from small value
// lists by modulo arithmetic on the row number, so a million rows take
// seconds and never cross the client connection.
class VisitSeed
{
public:
    static void seed(const Database &db, qint64 nowMs, const QString &accountId, int variant,
                     int count);
    // The statement, for inspection; binds one value, the account id.
    static QString insertSql(const Database &db, qint64 nowMs, int variant, int count);

private:
    // CASE (key) WHEN 0 THEN 'values[0]' ... END, literals escaped.
    static QString pick(const QString &key, const QStringList &values);
};

} // namespace pd::server
