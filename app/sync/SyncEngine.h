#pragma once

#include "sync/SyncOptions.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncProgress.h"
#include "sync/SyncWorker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace pd {

// Keeps the cached visits, messages, logs and third-party records in step
// with the server, off the UI thread: a worker thread with its own database
// connection and its own page source (and so its own QNetworkAccessManager).
// Every call here returns at once; results arrive as signals.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // `sourceFactory` runs on the sync thread, once per run.
    SyncEngine(QString databasePath, SyncWorker::SourceFactory sourceFactory,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const SyncOptions &options) { m_options = options; }
    // Replaces the wall clock that stamps completed walks (tests).
    void setClock(SyncWorker::Clock clock) { m_clock = std::move(clock); }
    bool isRunning() const { return m_running; }

    static QStringList defaultCategories();
    // false when a run is already going.
    bool start(const QStringList &categories = defaultCategories());
    // Stops after the page being written; the next start() resumes there.
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const pd::SyncProgress &progress);
    // A page was committed; models over `category` may refresh.
    void pageStored(const QString &category, int rows);
    void categoryCompleted(const QString &category);
    void authenticationRequired();
    void finished(pd::SyncOutcome outcome, const QString &message);

private:
    QString m_path;
    SyncWorker::SourceFactory m_sourceFactory;
    SyncOptions m_options;
    SyncWorker::Clock m_clock;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

} // namespace pd
