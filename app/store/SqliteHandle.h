#pragma once

#include <QString>

struct sqlite3;
class QSqlDatabase;

namespace pd {

// Access to the sqlite3 connection under a QSqlDatabase of the QSQLITE driver,
// for the few places where QtSql is too slow (bulk ingest) or cannot run a
// multi-statement script (migrations).
class SqliteHandle
{
public:
    // The connection's sqlite3 handle, or nullptr when it is not an open
    // QSQLITE connection.
    static sqlite3 *of(const QSqlDatabase &database);
    // Runs one or more ';'-separated statements. On failure returns false and
    // sets *error to SQLite's message (statements only, never bound data).
    static bool exec(sqlite3 *handle, const char *sql, QString *error);
    // The last error message of `handle`.
    static QString lastError(sqlite3 *handle);
};

} // namespace pd
