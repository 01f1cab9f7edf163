#include "PostgresLink.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace pd::server {

bool PostgresLink::isBroken(const QSqlDriver *driver)
{
    if (!driver || !driver->isOpen())
        return true;
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        return true;
    PQconsumeInput(connection);
    return PQstatus(connection) == CONNECTION_BAD;
}

} // namespace pd::server
