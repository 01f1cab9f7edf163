#include "store/StoreConnection.h"

#include "store/SqliteHandle.h"
#include "store/StoreLog.h"
#include "store/StoreSchema.h"

#include <QFileInfo>
#include <QMultiHash>
#include <QMutex>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

namespace pd {

namespace {

// page_size only takes effect on a new, empty file (before WAL is on).
constexpr const char *kPragmas = "PRAGMA page_size = 8192;"
                                 "PRAGMA journal_mode = WAL;"
                                 "PRAGMA synchronous = NORMAL;"
                                 "PRAGMA foreign_keys = ON;"
                                 "PRAGMA secure_delete = ON;"
                                 "PRAGMA temp_store = MEMORY;"
                                 "PRAGMA cache_size = -32768;";
// The sync's writer: a larger page cache (the id and time indexes of a
// million-row table stay in memory) and fewer, larger checkpoints.
constexpr const char *kBulkPragmas = "PRAGMA cache_size = -131072;"
                                     "PRAGMA wal_autocheckpoint = 8192;";

bool isWal(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    bool wal = false;
    if (sqlite3_prepare_v2(handle, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto *mode = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        wal = mode && qstrcmp(mode, "wal") == 0;
    }
    sqlite3_finalize(statement);
    return wal;
}

QByteArray insertTriggers()
{
    QByteArray script;
    for (const FtsTableSpec &spec : StoreSchema::ftsTables()) {
        const QByteArray table = spec.table.toUtf8();
        const QByteArray list = spec.columns.join(QStringLiteral(", ")).toUtf8();
        QByteArray values;
        for (const QString &column : spec.columns)
            values += ", new." + column.toUtf8();
        // Only while nothing is waiting for a catch-up, so that the rows up to
        // indexed_upto stay exactly the indexed ones.
        script += "CREATE TEMP TRIGGER IF NOT EXISTS " + table + "_fts_ai AFTER INSERT ON " +
                  table +
                  " WHEN (SELECT indexed_upto = new.row_id - 1 FROM fts_state "
                  "WHERE table_name = '" +
                  table + "') BEGIN INSERT INTO " + table + "_fts (rowid, " + list +
                  ") VALUES (new.row_id" + values +
                  "); UPDATE fts_state SET indexed_upto = new.row_id WHERE table_name = '" + table +
                  "'; END;\n";
    }
    return script;
}

bool hasTable(sqlite3 *handle, const char *name)
{
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(handle,
                           "SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = ?", -1,
                           &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(statement) == SQLITE_ROW;
    }
    sqlite3_finalize(statement);
    return found;
}

// Every open connection of the process by file, so that a wipe can reach
// the readers on other threads. sqlite3_interrupt() is safe from any thread
// while the handle is open; the mutex keeps it open for that long.
struct Registry {
    QMutex mutex;
    QMultiHash<QString, sqlite3 *> handles;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

StoreConnection::StoreConnection(QString name, QString path, sqlite3 *handle)
    : m_name(std::move(name))
    , m_path(std::move(path))
    , m_handle(handle)
{
    const QMutexLocker lock(&registry().mutex);
    registry().handles.insert(m_path, m_handle);
}

void StoreConnection::loadDriver()
{
    const QString name = QStringLiteral("pd-driver-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<StoreConnection> StoreConnection::open(const QString &path, Mode mode,
                                                       QString *error)
{
    const QString name = QStringLiteral("pd-store-") + QUuid::createUuid().toString(QUuid::Id128);
    sqlite3 *handle = nullptr;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") +
                                   QString::number(kBusyTimeoutMs));
        if (!database.open()) {
            *error = database.lastError().text();
        } else if (!(handle = SqliteHandle::of(database))) {
            *error = QStringLiteral("the QSQLITE driver gave no sqlite3 handle");
        } else if (!SqliteHandle::exec(handle, kPragmas, error) ||
                   (mode == Mode::BulkIngest && !SqliteHandle::exec(handle, kBulkPragmas, error))) {
            handle = nullptr;
        } else if (!isWal(handle)) {
            *error = QStringLiteral("the cache could not switch to WAL mode");
            handle = nullptr;
        }
        if (!handle)
            database.close();
    }
    if (!handle) {
        QSqlDatabase::removeDatabase(name);
        qCWarning(lcStore) << "cannot open a cache connection:" << *error;
        return nullptr;
    }
    std::unique_ptr<StoreConnection> connection(
        new StoreConnection(name, QFileInfo(path).absoluteFilePath(), handle));
    // A fresh file has no tables yet: LocalStore installs the triggers after
    // migrating.
    if (mode == Mode::Normal && hasTable(handle, "fts_state") &&
        !connection->installInsertTriggers(error))
        return nullptr;
    return connection;
}

StoreConnection::~StoreConnection()
{
    {
        const QMutexLocker lock(&registry().mutex);
        registry().handles.remove(m_path, m_handle);
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool StoreConnection::installInsertTriggers(QString *error)
{
    return SqliteHandle::exec(m_handle, insertTriggers().constData(), error);
}

int StoreConnection::interruptOthers() const
{
    const QMutexLocker lock(&registry().mutex);
    int interrupted = 0;
    for (auto it = registry().handles.constFind(m_path);
         it != registry().handles.cend() && it.key() == m_path; ++it) {
        if (it.value() != m_handle) {
            sqlite3_interrupt(it.value());
            ++interrupted;
        }
    }
    return interrupted;
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace pd
