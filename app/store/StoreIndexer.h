#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace pd {

// Brings the cache's derived indexes up to date off the UI thread and off the
// sync's: the sort indexes a bulk load dropped (SortIndexes) first, so that
// sorted views are fast again soon, then the full-text backlog
// (FtsIndex::catchUp). The sort indexes of a table the sync is still walking
// wait for the walk's end (it may be a bulk load that dropped them). Runs on a pool thread with its
// own connection; each index, and each chunk of the full-text catch-up, is one transaction, so the
// sync's writes wait at most for one of them and readers never wait (WAL). One run at a time: a
// request during a run makes it run again.
class StoreIndexer : public QObject
{
    Q_OBJECT

public:
    explicit StoreIndexer(QString databasePath, QObject *parent = nullptr);
    // Stops a running build.
    ~StoreIndexer() override;

    void schedule();
    // Cancels the run (interrupting its statement) and waits for it; for a
    // wipe or close.
    void stop();
    bool isRunning() const { return m_running; }

    // Rows per full-text catch-up transaction.
    static constexpr int kFtsChunkRows = 20000;

Q_SIGNALS:
    // The sort index `index` of `table` exists again (views sorted by it can
    // walk it); sortIndexesBuilt() follows the table's last one.
    void sortIndexBuilt(const QString &table, const QString &index);
    // Every sort index of `table` exists again.
    void sortIndexesBuilt(const QString &table);
    // The full-text index of `table` covers every row again.
    void searchIndexBuilt(const QString &table);
    // The run ended; `ok` false when a step failed (logged).
    void finished(bool ok);

private:
    struct Shared;
    void runOnce(quint64 generation);

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace pd
