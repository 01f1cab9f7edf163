#include "store/LocalStore.h"

#include "core/StartupGate.h"
#include "store/FtsIndex.h"
#include "store/SortIndexes.h"
#include "store/SqliteHandle.h"
#include "store/StagingDatabase.h"
#include "store/StoreConnection.h"
#include "store/StoreIndexer.h"
#include "store/StoreLog.h"
#include "store/StoreMigrations.h"
#include "store/StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace pd {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// The owner/group/other bits (QFile::permissions() also reports the User bits).
constexpr QFileDevice::Permissions kModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

LocalStore::LocalStore(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_indexer(new StoreIndexer(m_path, this))
{}

LocalStore::~LocalStore()
{
    m_indexer->stop();
}

bool LocalStore::prepareFile(QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create the data folder");
        return false;
    }
    if (!info.exists()) {
        // Created empty with owner-only permissions before SQLite writes a
        // byte; SQLite gives the -wal and -shm files the same mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            *error = QStringLiteral("cannot create the cache file: ") + file.errorString();
            return false;
        }
        return true;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && (QFile::permissions(file) & kModeBits) != kOwnerOnly &&
            !QFile::setPermissions(file, kOwnerOnly)) {
            *error = QStringLiteral("cannot restrict the permissions of the cache file");
            return false;
        }
    }
    return true;
}

bool LocalStore::open(QString *error)
{
    close();
    if (m_path.isEmpty()) {
        *error = QStringLiteral("no cache file path");
        return false;
    }
    if (!prepareFile(error))
        return false;
    auto connection = StoreConnection::open(m_path, StoreConnection::Mode::Normal, error);
    if (!connection)
        return false;
    sqlite3 *sqlite = connection->handle();
    // The function FTS5 registers with its module: a look-up, where making
    // and dropping a table of it cost each start about a millisecond.
    if (!SqliteHandle::exec(sqlite, "SELECT fts5_source_id()", error)) {
        *error = QStringLiteral("SQLite has no FTS5: ") + *error;
        return false;
    }
    if (!StoreMigrations::apply(sqlite, error) || !connection->installInsertTriggers(error))
        return false;
    m_connection = std::move(connection);
    qCDebug(lcStore) << "cache open, schema version" << StoreMigrations::currentVersion(sqlite);
    // A bulk sync stopped before its indexes were rebuilt (the app quit):
    // a few index reads, 0.5-2 ms of a start before its first frame.
    StartupGate::runOn(m_gate, this, [this] {
        if (isOpen())
            scheduleIndexing();
    });
    return true;
}

void LocalStore::setStartupGate(StartupGate *gate)
{
    m_gate = gate;
}

void LocalStore::close()
{
    m_indexer->stop();
    m_connection.reset();
}

bool LocalStore::needsIndexing() const
{
    sqlite3 *sqlite = handle();
    if (!sqlite)
        return false;
    for (const FtsTableSpec &spec : StoreSchema::ftsTables()) {
        if (FtsIndex::hasBacklog(sqlite, spec.table) ||
            (!SortIndexes::missing(sqlite, spec.table).isEmpty() &&
             !SortIndexes::syncWalking(sqlite, spec.table)))
            return true;
    }
    return false;
}

void LocalStore::scheduleIndexing()
{
    if (m_indexer->isRunning() || needsIndexing())
        m_indexer->schedule();
}

QSqlDatabase LocalStore::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

sqlite3 *LocalStore::handle() const
{
    return m_connection ? m_connection->handle() : nullptr;
}

std::unique_ptr<StoreConnection> LocalStore::openConnection(QString *error,
                                                            StoreConnection::Mode mode) const
{
    if (!m_connection) {
        *error = QStringLiteral("the cache is not open");
        return nullptr;
    }
    return StoreConnection::open(m_path, mode, error);
}

bool LocalStore::truncateWal(QString *error)
{
    sqlite3 *sqlite = m_connection->handle();
    // Short waits between interrupting readers: a reader started after the
    // interrupt is stopped on the next attempt.
    sqlite3_busy_timeout(sqlite, 100);
    int rc = SQLITE_BUSY;
    for (int attempt = 0; attempt < 50 && rc != SQLITE_OK; ++attempt) {
        const int interrupted = m_connection->interruptOthers();
        int logFrames = -1;
        int copiedFrames = -1;
        rc = sqlite3_wal_checkpoint_v2(sqlite, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames,
                                       &copiedFrames);
        if (rc == SQLITE_OK && logFrames != 0)
            rc = SQLITE_BUSY; // not truncated after all: try again
        if (rc != SQLITE_OK)
            qCDebug(lcStore) << "wipe checkpoint busy, readers interrupted:" << interrupted;
    }
    sqlite3_busy_timeout(sqlite, StoreConnection::kBusyTimeoutMs);
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("the cache's log could not be emptied: ") +
                 SqliteHandle::lastError(sqlite);
        return false;
    }
    return true;
}

bool LocalStore::wipe(QString *error)
{
    if (!m_connection) {
        *error = QStringLiteral("the cache is not open");
        return false;
    }
    m_indexer->stop();
    Q_EMIT aboutToWipe();
    // Index bookkeeping first, so the delete triggers skip the rows and the
    // indexes are emptied wholesale.
    QByteArray script = "BEGIN IMMEDIATE;\nUPDATE fts_state SET indexed_upto = 0;\n";
    for (const QString &table : StoreSchema::accountTables())
        script += "DELETE FROM " + table.toUtf8() + ";\n";
    for (const FtsTableSpec &fts : StoreSchema::ftsTables()) {
        const QByteArray name = fts.ftsTable.toUtf8();
        script += "INSERT INTO " + name + " (" + name + ") VALUES ('delete-all');\n";
    }
    script += "DELETE FROM sqlite_sequence;\nCOMMIT;\n";
    sqlite3 *sqlite = m_connection->handle();
    if (!SqliteHandle::exec(sqlite, script.constData(), error)) {
        SqliteHandle::exec(sqlite, "ROLLBACK", nullptr);
        qCWarning(lcStore) << "wipe failed:" << *error;
        return false;
    }
    // The deleted rows live on in the WAL and in pages a reader's snapshot
    // still needs until a checkpoint copies every frame back and truncates
    // the WAL, which a read transaction on another thread blocks.
    bool emptied =
        truncateWal(error) && SqliteHandle::exec(sqlite, "VACUUM", error) && truncateWal(error);
    if (!emptied)
        qCWarning(lcStore) << "wipe incomplete:" << *error;
    // The last connection to close removes the -wal and -shm files. The
    // sync (stopped) removed its staging file; this one a crash left.
    m_connection.reset();
    if (!StagingDatabase::remove(m_path) && emptied) {
        emptied = false;
        *error = QStringLiteral("the sync's staging file could not be removed");
    }
    QString reopenError;
    const bool reopened = open(&reopenError);
    if (!reopened && emptied)
        *error = reopenError;
    qCInfo(lcStore) << (emptied ? "cache wiped" : "cache rows deleted, log not emptied");
    Q_EMIT wiped();
    return emptied && reopened;
}

} // namespace pd
