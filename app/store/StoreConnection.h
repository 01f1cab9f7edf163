#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace pd {

// One QtSql connection to the cache file, owned by the thread that opened it
// (QSqlDatabase connections must not cross threads). The sync worker opens
// its own through LocalStore::openConnection(). Destroying it closes and
// removes the connection; no QSqlQuery on it may outlive it.
class StoreConnection
{
public:
    enum class Mode {
        // Inserts into full-text indexed tables are indexed at once (a TEMP
        // AFTER INSERT trigger per table on this connection).
        Normal,
        // For the sync's page ingest: no insert trigger; the writer indexes
        // its backlog with FtsIndex::catchUp() (several times faster).
        BulkIngest,
    };

    // How long a statement waits for another connection's lock.
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens a cache file on the calling thread with the store's pragmas (WAL,
    // synchronous=NORMAL, foreign keys, secure delete, busy timeout).
    // nullptr and *error on failure.
    static std::unique_ptr<StoreConnection> open(const QString &path, Mode mode, QString *error);
    // Loads Qt's SQLite driver (a plugin) ahead of the first open(), from any
    // thread: the start does it beside building its window.
    static void loadDriver();
    // Adds the insert triggers of Mode::Normal (after a migration created the
    // tables they watch).
    bool installInsertTriggers(QString *error);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    QSqlDatabase database() const;
    const QString &connectionName() const { return m_name; }
    // Interrupts the statements running on every other connection of this
    // process to the same file (the readers on worker threads), so that a
    // wipe's checkpoint is not kept waiting by their read transactions.
    // Returns how many connections were interrupted.
    int interruptOthers() const;
    sqlite3 *handle() const { return m_handle; }

private:
    StoreConnection(QString name, QString path, sqlite3 *handle);

    QString m_name;
    QString m_path; // absolute: the key of the process-wide registry
    sqlite3 *m_handle = nullptr;
};

} // namespace pd
