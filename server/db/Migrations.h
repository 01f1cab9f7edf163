#pragma once

#include <QString>
#include <QStringList>

namespace pd::server {

class Database;

// Brings the schema to the newest version. Each step runs in its own
// transaction and is recorded in schema_migrations, so a crash mid-way leaves
// a database that the next start finishes migrating.
class Migrations
{
public:
    static int latestVersion();
    // Throws DatabaseError when a step fails.
    static void apply(const Database &db);

private:
    static QList<QStringList> steps(const Database &db);
};

} // namespace pd::server
