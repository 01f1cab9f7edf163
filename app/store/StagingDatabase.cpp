#include "store/StagingDatabase.h"

#include "core/PrivateFiles.h"
#include "store/SqliteHandle.h"
#include "store/StoreLog.h"

#include <QFile>

#include <sqlite3.h>

namespace pd {

namespace {

// Scratch data, remade after a crash: no journal (and so no journal file),
// no fsync. auto_vacuum only takes effect before the first table.
constexpr const char *kPragmas = "PRAGMA pd_staging.auto_vacuum = FULL;"
                                 "PRAGMA pd_staging.journal_mode = OFF;"
                                 "PRAGMA pd_staging.synchronous = OFF;"
                                 "PRAGMA pd_staging.secure_delete = ON;"
                                 "PRAGMA pd_staging.cache_size = -2048;";

} // namespace

QString StagingDatabase::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-staging");
}

bool StagingDatabase::isAttached(sqlite3 *handle)
{
    return sqlite3_db_filename(handle, kSchema) != nullptr;
}

bool StagingDatabase::attach(sqlite3 *handle, QString *error)
{
    if (isAttached(handle))
        return true;
    const char *database = sqlite3_db_filename(handle, "main");
    QString path = QStringLiteral(":memory:");
    if (database && *database) {
        path = pathFor(QString::fromUtf8(database));
        // Made empty and owner-only before SQLite writes to it.
        if (!remove(QString::fromUtf8(database)) || !PrivateFiles::restrictFile(path)) {
            *error = QStringLiteral("cannot create the staging file");
            return false;
        }
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = path.toUtf8();
    bool ok = sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS pd_staging", -1, &statement,
                                 nullptr) == SQLITE_OK &&
              sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC) ==
                  SQLITE_OK &&
              sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_finalize(statement);
    if (!ok) {
        *error = SqliteHandle::lastError(handle);
        return false;
    }
    if (!SqliteHandle::exec(handle, kPragmas, error)) {
        detach(handle);
        return false;
    }
    return true;
}

void StagingDatabase::detach(sqlite3 *handle)
{
    const char *file = sqlite3_db_filename(handle, kSchema);
    if (!file)
        return;
    const QString path = QString::fromUtf8(file);
    QString error;
    if (!SqliteHandle::exec(handle, "DETACH DATABASE pd_staging", &error))
        qCWarning(lcStore) << "staging file not detached:" << error;
    else if (!path.isEmpty() && !QFile::remove(path) && QFile::exists(path))
        qCWarning(lcStore) << "staging file not removed";
}

bool StagingDatabase::remove(const QString &databasePath)
{
    const QString path = pathFor(databasePath);
    if (!QFile::exists(path))
        return true;
    // Emptied first: what a crash left in it does not wait for the unlink
    // (a file still open elsewhere lives on).
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.resize(0);
    file.close();
    return QFile::remove(path) || !QFile::exists(path);
}

} // namespace pd
