#include "store/FtsIndex.h"

#include "store/SqliteHandle.h"
#include "store/StoreLog.h"

#include <sqlite3.h>

namespace pd {

namespace {

// Runs a one-row, one-column integer query over internal names and numbers
// only (no user input); `fallback` when it yields NULL or no row.
bool queryInt(sqlite3 *handle, const QByteArray &sql, qint64 *value, qint64 fallback)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK)
        return false;
    const int rc = sqlite3_step(statement);
    *value = rc == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL
                 ? sqlite3_column_int64(statement, 0)
                 : fallback;
    sqlite3_finalize(statement);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

QByteArray indexedUptoSql(const QByteArray &table)
{
    return "SELECT indexed_upto FROM fts_state WHERE table_name = '" + table + "'";
}

} // namespace

bool FtsIndex::catchUp(sqlite3 *handle, const FtsTableSpec &spec, int chunkRows, QString *error,
                       const std::function<bool()> &cancelled)
{
    const QByteArray table = spec.table.toUtf8();
    const QByteArray columns = spec.columns.join(QStringLiteral(", ")).toUtf8();
    for (;;) {
        if (cancelled && cancelled())
            return true;
        if (!SqliteHandle::exec(handle, "BEGIN IMMEDIATE", error))
            return false;
        qint64 indexed = 0;
        qint64 end = -1;
        bool ok = queryInt(handle, indexedUptoSql(table), &indexed, 0) &&
                  queryInt(handle,
                           "SELECT max(row_id) FROM (SELECT row_id FROM " + table +
                               " WHERE row_id > " + QByteArray::number(indexed) +
                               " ORDER BY row_id LIMIT " + QByteArray::number(chunkRows) + ")",
                           &end, -1);
        if (ok && end < 0) // nothing left to index
            return SqliteHandle::exec(handle, "COMMIT", error);
        const QByteArray script =
            "INSERT INTO " + spec.ftsTable.toUtf8() + " (rowid, " + columns + ") SELECT row_id, " +
            columns + " FROM " + table + " WHERE row_id > " + QByteArray::number(indexed) +
            " AND row_id <= " + QByteArray::number(end) +
            "; UPDATE fts_state SET indexed_upto = " + QByteArray::number(end) +
            " WHERE table_name = '" + table + "'; COMMIT;";
        if (!ok)
            *error = SqliteHandle::lastError(handle);
        if (!ok || !SqliteHandle::exec(handle, script.constData(), error)) {
            SqliteHandle::exec(handle, "ROLLBACK", nullptr);
            qCWarning(lcStore) << "full-text catch-up failed for" << spec.table << *error;
            return false;
        }
        qCDebug(lcStore) << "indexed" << spec.table << "up to row" << end;
    }
}

qint64 FtsIndex::backlog(sqlite3 *handle, const QString &table)
{
    const QByteArray name = table.toUtf8();
    qint64 indexed = 0;
    qint64 rows = 0;
    if (!queryInt(handle, indexedUptoSql(name), &indexed, 0) ||
        !queryInt(handle,
                  "SELECT count(*) FROM " + name + " WHERE row_id > " + QByteArray::number(indexed),
                  &rows, 0))
        return -1;
    return rows;
}

bool FtsIndex::hasBacklog(sqlite3 *handle, const QString &table)
{
    const QByteArray name = table.toUtf8();
    qint64 exists = 0;
    return queryInt(handle,
                    "SELECT EXISTS (SELECT 1 FROM " + name + " WHERE row_id > (" +
                        indexedUptoSql(name) + "))",
                    &exists, 0) &&
           exists != 0;
}

} // namespace pd
