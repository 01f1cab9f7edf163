#pragma once

#include <QString>

struct sqlite3;

namespace pd {

// Brings a cache database up to the newest schema, one migration at a time,
// each in its own transaction that also bumps PRAGMA user_version
// (libQuotient's chained migrations). Migrations are append-only: a released
// one is never edited, a change is a new one.
class StoreMigrations
{
public:
    static int latestVersion();
    // false (and *error) when a migration fails, or when the file was written
    // by a newer version of the app than this one knows.
    static bool apply(sqlite3 *handle, QString *error);
    static int currentVersion(sqlite3 *handle);
};

} // namespace pd
