#pragma once

#include <QString>
#include <QStringList>

namespace pd::server {

class Database;

// Brings the schema to the newest version. Each step runs in its own
// transaction and is recorded in schema_migrations, so a crash mid-way leaves
// a database that the next start finishes migrating. On PostgreSQL several
// server processes may start at once: each start holds an advisory lock, so
// the migrations run once and the others wait and find them applied.
class Migrations
{
public:
    // Serialises the start-up of server processes on one PostgreSQL
    // database (migrations, deployment seed, secret check); nothing on
    // SQLite, which serves one process.
    class StartupLock
    {
    public:
        explicit StartupLock(const Database &db);
        ~StartupLock();
        StartupLock(const StartupLock &) = delete;
        StartupLock &operator=(const StartupLock &) = delete;

    private:
        const Database &m_db;
    };

    static int latestVersion();
    // Throws DatabaseError when a step fails.
    static void apply(const Database &db);

private:
    static QList<QStringList> steps(const Database &db);
};

} // namespace pd::server
