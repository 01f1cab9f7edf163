#include "store/SortIndexes.h"

#include "store/SqliteHandle.h"
#include "store/StoreLog.h"
#include "store/StoreSchema.h"

#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

namespace pd {

namespace {

bool exists(sqlite3 *handle, const QString &name, bool *found, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT 1 FROM main.sqlite_schema WHERE type = 'index' AND name = ?", -1,
                           &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = SqliteHandle::lastError(handle);
        return false;
    }
    const QByteArray utf8 = name.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(statement);
    *found = rc == SQLITE_ROW;
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if (error)
            *error = SqliteHandle::lastError(handle);
        return false;
    }
    return true;
}

const SortIndexSpec *specNamed(const QString &name)
{
    for (const SortIndexSpec &spec : StoreSchema::sortIndexes()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace

bool SortIndexes::drop(sqlite3 *handle, const QString &table, QString *error)
{
    QByteArray script = "BEGIN IMMEDIATE;\n";
    for (const SortIndexSpec &spec : StoreSchema::sortIndexes()) {
        if (spec.table == table)
            script += "DROP INDEX IF EXISTS " + spec.name.toUtf8() + ";\n";
    }
    script += "COMMIT;";
    if (!SqliteHandle::exec(handle, script.constData(), error)) {
        SqliteHandle::exec(handle, "ROLLBACK", nullptr);
        return false;
    }
    qCInfo(lcStore) << "sort indexes of" << table << "dropped for a bulk load";
    return true;
}

QStringList SortIndexes::missing(sqlite3 *handle, const QString &table, QString *error)
{
    QStringList names;
    for (const SortIndexSpec &spec : StoreSchema::sortIndexes()) {
        if (!table.isEmpty() && spec.table != table)
            continue;
        bool found = false;
        if (!exists(handle, spec.name, &found, error))
            return {};
        if (!found)
            names << spec.name;
    }
    return names;
}

QString SortIndexes::indexFor(const QString &table, const QString &sortExpression)
{
    // Each declared index starts with its sort expression, then the row id.
    const QString prefix = u'(' + sortExpression + QStringLiteral(", row_id");
    for (const SortIndexSpec &spec : StoreSchema::sortIndexes()) {
        if (spec.table == table && spec.columns.startsWith(prefix))
            return spec.name;
    }
    return {};
}

bool SortIndexes::pending(sqlite3 *handle, const QString &table, const QString &sortExpression)
{
    const QString name = indexFor(table, sortExpression);
    bool found = true;
    return !name.isEmpty() && exists(handle, name, &found, nullptr) && !found;
}

bool SortIndexes::syncWalking(sqlite3 *handle, const QString &table)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT 1 FROM sync_state WHERE category = ? AND cursor IS NOT NULL", -1,
                           &statement, nullptr) != SQLITE_OK)
        return false;
    const QByteArray utf8 = table.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    const bool walking = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return walking;
}

bool SortIndexes::build(sqlite3 *handle, const QString &table, QString *error,
                        const std::function<bool()> &cancelled,
                        const std::function<void(const QString &name)> &built)
{
    const QStringList names = missing(handle, table, error);
    if (names.isEmpty())
        return true;
    // CREATE INDEX sorts the table's keys. With worker threads (Debian's
    // SQLite allows up to 8) and a small sorter budget, it sorts parts of
    // them in parallel and merges the sorted parts; with one large budget it
    // sorts everything on this thread. The budget is the page cache size,
    // which the build itself hardly needs (it scans the table and appends
    // index pages), so the cache shrinks for the build and is given back.
    const int workers = qBound(1, QThread::idealThreadCount(), 4);
    qint64 cacheSize = 0;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA cache_size", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        cacheSize = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    const QByteArray sorter = "PRAGMA threads = " + QByteArray::number(workers) +
                              "; PRAGMA cache_size = " + QByteArray::number(kBuildCacheKiB) + ';';
    SqliteHandle::exec(handle, sorter.constData(), nullptr);
    bool ok = true;
    for (const QString &name : names) {
        if (cancelled && cancelled())
            break;
        const SortIndexSpec *spec = specNamed(name);
        QElapsedTimer timer;
        timer.start();
        if (!SqliteHandle::exec(handle, spec->createStatement().constData(), error)) {
            qCWarning(lcStore) << "sort index" << name << "not built:" << *error;
            ok = false;
            break;
        }
        qCDebug(lcStore) << "sort index" << name << "built in" << timer.elapsed() << "ms";
        if (built)
            built(name);
    }
    const QByteArray restore =
        "PRAGMA threads = 0;" + (cacheSize != 0
                                     ? " PRAGMA cache_size = " + QByteArray::number(cacheSize) + ';'
                                     : QByteArray());
    SqliteHandle::exec(handle, restore.constData(), nullptr);
    return ok;
}

} // namespace pd
