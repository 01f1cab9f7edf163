#include "sync/SyncEngine.h"

#include "sync/SyncCategory.h"
#include "sync/SyncLog.h"

namespace pd {

SyncEngine::SyncEngine(QString databasePath, SyncWorker::SourceFactory sourceFactory,
                       QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_sourceFactory(std::move(sourceFactory))
{
    qRegisterMetaType<pd::SyncProgress>();
    qRegisterMetaType<pd::SyncOutcome>();
    m_thread.setObjectName(QStringLiteral("pd-sync"));
}

SyncEngine::~SyncEngine()
{
    cancel();
    if (m_worker)
        m_worker->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

QStringList SyncEngine::defaultCategories()
{
    QStringList names;
    for (const SyncCategory &category : SyncCategory::all())
        names << category.name;
    return names;
}

bool SyncEngine::start(const QStringList &categories)
{
    if (m_running)
        return false;
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    if (m_worker)
        m_worker->deleteLater();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto *worker = new SyncWorker(m_path, m_sourceFactory, m_options, m_cancelled, m_clock);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(worker, &SyncWorker::pageStored, this, &SyncEngine::pageStored);
    connect(worker, &SyncWorker::categoryCompleted, this, &SyncEngine::categoryCompleted);
    connect(worker, &SyncWorker::authenticationRequired, this, &SyncEngine::authenticationRequired);
    connect(worker, &SyncWorker::finished, this,
            [this, worker](SyncOutcome outcome, const QString &message) {
                if (worker != m_worker)
                    return;
                m_running = false;
                Q_EMIT finished(outcome, message);
            });
    m_running = true;
    QMetaObject::invokeMethod(worker, "run", Qt::QueuedConnection, Q_ARG(QStringList, categories));
    Q_EMIT started();
    return true;
}

void SyncEngine::cancel()
{
    if (!m_running || !m_worker)
        return;
    m_cancelled->store(true);
    QMetaObject::invokeMethod(m_worker, "abortNetwork", Qt::QueuedConnection);
}

} // namespace pd
