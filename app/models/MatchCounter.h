#pragma once

#include "models/CacheTableModel.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariantList>

#include <atomic>
#include <memory>

namespace pd {

class StartupGate;

// Counts the rows of a cache query off the UI thread, on its own read
// connection (WAL lets it read while the UI and the sync use theirs): a
// COUNT over a million rows with a search takes tens to hundreds of
// milliseconds, too long to block the UI for a "n rows" label. Only the
// newest count reports; one superseded before it ran is skipped.
class MatchCounter : public QObject
{
    Q_OBJECT
public:
    // A count asked for while `gate` is held starts when it opens; none:
    // at once.
    explicit MatchCounter(StartupGate *gate = nullptr, QObject *parent = nullptr);
    // Drops queued counts and waits for a running one.
    ~MatchCounter() override;

    // Counts `query` (a SELECT count(*) ...) on the cache file at
    // `databasePath`; counted() follows unless another start() comes first.
    void start(const QString &databasePath, const CacheTableModel::Query &query);
    // Forgets the running count (its result is dropped).
    void cancel();

    // The count on the calling thread's own connection; -1 and *error on
    // failure. What start() runs on the pool.
    static qint64 countNow(const QString &databasePath, const CacheTableModel::Query &query,
                           QString *error);

Q_SIGNALS:
    // -1 and a developer detail (no data) when the query failed.
    void counted(qint64 count, const QString &error);

private:
    QPointer<StartupGate> m_gate;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThreadPool m_pool;
};

} // namespace pd
