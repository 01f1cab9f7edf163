#include "store/StoreIndexer.h"

#include "store/FtsIndex.h"
#include "store/SortIndexes.h"
#include "store/StoreConnection.h"
#include "store/StoreLog.h"
#include "store/StoreSchema.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

namespace pd {

// What the pool thread and the owner share: the cancel flag and the handle
// to interrupt (sqlite3_interrupt is safe from another thread while the
// handle is open; the mutex keeps it open for that long).
struct StoreIndexer::Shared {
    std::atomic_bool cancelled = false;
    QMutex mutex;
    sqlite3 *handle = nullptr;
};

StoreIndexer::StoreIndexer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_shared(std::make_shared<Shared>())
{
    m_pool.setMaxThreadCount(1);
}

StoreIndexer::~StoreIndexer()
{
    stop();
}

void StoreIndexer::schedule()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_shared->cancelled = false;
    const quint64 generation = ++m_generation;
    m_pool.start([this, generation] { runOnce(generation); });
}

void StoreIndexer::stop()
{
    m_shared->cancelled = true;
    {
        const QMutexLocker lock(&m_shared->mutex);
        if (m_shared->handle)
            sqlite3_interrupt(m_shared->handle);
    }
    m_pool.waitForDone();
    ++m_generation; // the stopped run's end report is stale
    m_running = false;
    m_again = false;
}

void StoreIndexer::runOnce(quint64 generation)
{
    // The sync and the UI come first.
    QThread::currentThread()->setPriority(QThread::LowPriority);
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<Shared> shared = m_shared;
    const auto cancelled = [shared] { return shared->cancelled.load(); };
    // Posted to the owner's thread; the destructor waits for this run, so
    // `this` is alive when they are queued and Qt drops them if it goes.
    const auto report = [this](auto emitter) {
        QMetaObject::invokeMethod(this, emitter, Qt::QueuedConnection);
    };
    bool ok = true;
    {
        QString error;
        std::unique_ptr<StoreConnection> connection =
            StoreConnection::open(m_path, StoreConnection::Mode::BulkIngest, &error);
        if (!connection) {
            ok = false;
        } else {
            sqlite3 *handle = connection->handle();
            {
                const QMutexLocker lock(&shared->mutex);
                shared->handle = handle;
            }
            for (const FtsTableSpec &spec : StoreSchema::ftsTables()) {
                if (cancelled() || SortIndexes::syncWalking(handle, spec.table) ||
                    SortIndexes::missing(handle, spec.table, &error).isEmpty())
                    continue;
                const QString table = spec.table;
                const auto built = [&report, this, table](const QString &index) {
                    report([this, table, index] { Q_EMIT sortIndexBuilt(table, index); });
                };
                if (!SortIndexes::build(handle, spec.table, &error, cancelled, built)) {
                    ok = false;
                } else if (!cancelled()) {
                    report([this, table] { Q_EMIT sortIndexesBuilt(table); });
                }
            }
            for (const FtsTableSpec &spec : StoreSchema::ftsTables()) {
                if (cancelled() || !FtsIndex::hasBacklog(handle, spec.table))
                    continue;
                if (!FtsIndex::catchUp(handle, spec, kFtsChunkRows, &error, cancelled)) {
                    ok = false;
                } else if (!cancelled()) {
                    const QString table = spec.table;
                    report([this, table] { Q_EMIT searchIndexBuilt(table); });
                }
            }
            const QMutexLocker lock(&shared->mutex);
            shared->handle = nullptr;
        }
        if (!ok && !cancelled())
            qCWarning(lcStore) << "index build failed:" << error;
    }
    qCDebug(lcStore) << "index run took" << timer.elapsed() << "ms";
    report([this, generation, ok] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(ok);
        if (m_again)
            schedule();
    });
}

} // namespace pd
