#pragma once

class QSqlDriver;
struct pg_conn;

namespace pd::server {

// Asks libpq whether a PostgreSQL connection still stands. Qt's driver keeps
// saying "open" after the server restarted: only libpq knows the socket is
// dead, and then only once it has read from it.
class PostgresLink
{
public:
    // True when `driver` is a closed connection, or a PostgreSQL one that
    // the server has ended. Reads (without blocking) what the server sent
    // while the connection was idle: a server that shut down said so before
    // closing its end, so a dead connection is found before a statement is
    // sent into it. False for other drivers.
    static bool isBroken(const QSqlDriver *driver);
    // The libpq connection under Qt's PostgreSQL driver, or nullptr for
    // another driver or none.
    static pg_conn *connectionOf(const QSqlDriver *driver);
};

} // namespace pd::server
