#pragma once

#include "store/StoreConnection.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace pd {

class StartupGate;
class StoreIndexer;

// The per-user cache of the account's personal and service data, the outbox
// and the sync state: one SQLite file (WAL, mode 0600), schema migrated on
// PRAGMA user_version, FTS5 indexes for search.
//
// The LocalStore's own connection belongs to the thread that called open()
// (the UI thread); another thread opens its own with openConnection().
class LocalStore : public QObject
{
    Q_OBJECT

public:
    // `databasePath` is the file in the per-user data folder (injected so
    // tests use a temporary folder).
    explicit LocalStore(QString databasePath, QObject *parent = nullptr);
    ~LocalStore() override;

    // Creates the file (mode 0600, before anything is written) or tightens an
    // existing one to 0600, opens it, checks FTS5 and migrates the schema.
    bool open(QString *error);
    void close();
    bool isOpen() const { return m_connection != nullptr; }

    const QString &path() const { return m_path; }
    // The connection of the thread that opened the store.
    QSqlDatabase database() const;
    sqlite3 *handle() const;
    // A new connection to the same file for the calling thread.
    std::unique_ptr<StoreConnection>
    openConnection(QString *error,
                   StoreConnection::Mode mode = StoreConnection::Mode::Normal) const;

    // Deletes every row of account data (rows are overwritten: secure_delete),
    // empties the full-text indexes, truncates the WAL, vacuums, and reopens
    // the connection so SQLite removes the WAL and shared-memory files when
    // no other connection is open. For sign-out and account switch: stop the
    // sync engine first.
    bool wipe(QString *error);

    // open() leaves its check for indexes to build (scheduleIndexing()) to
    // when `gate` opens: a start's first frame need not wait for it.
    void setStartupGate(StartupGate *gate);

    // Builds, off the UI thread, the sort indexes a bulk sync dropped and the
    // full-text index entries it left (StoreIndexer). Cheap when nothing is
    // missing: call it after each sync.
    void scheduleIndexing();
    // Whether sort or full-text indexes wait to be built (a few index reads).
    bool needsIndexing() const;
    StoreIndexer *indexer() const { return m_indexer; }

Q_SIGNALS:
    // Models drop what they hold around a wipe.
    void aboutToWipe();
    void wiped();

private:
    bool prepareFile(QString *error) const;
    // Checkpoints every WAL frame into the file and truncates the WAL,
    // interrupting other connections' readers until it succeeds.
    bool truncateWal(QString *error);

    QString m_path;
    std::unique_ptr<StoreConnection> m_connection;
    StoreIndexer *m_indexer;
    QPointer<StartupGate> m_gate;
};

} // namespace pd
