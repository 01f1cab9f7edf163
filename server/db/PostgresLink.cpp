#include "PostgresLink.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace pd::server {

bool PostgresLink::isBroken(const QSqlDriver *driver)
{
    if (!driver || !driver->isOpen())
        return true;
    if (driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    PGconn *connection = connectionOf(driver);
    if (!connection)
        return true;
    PQconsumeInput(connection);
    return PQstatus(connection) == CONNECTION_BAD;
}

pg_conn *PostgresLink::connectionOf(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt 6 names the type as the compiler spells it, the struct behind
    // libpq's typedef ("pg_conn*"); Qt 5 named it "PGconn*". Comparing with
    // "PGconn*" alone found no PostgreSQL connection at all.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace pd::server
