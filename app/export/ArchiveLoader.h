#pragma once

#include "export/ArchiveManifest.h"
#include "export/ArchiveVerification.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <utility>

namespace pd {

class TabularFile;

// Runs the slow parts of reading an export archive on a worker thread, so the
// UI thread never waits on the disk: check() opens the archive and verifies
// every file against its manifest; loadTable() extracts, checks and indexes
// one file. One job at a time on a private one-thread pool (like
// MatchCounter): a newer job supersedes a queued or running one. Each job
// uses its own ExportArchive (and so its own handle on the ZIP). progress()
// is polled from the UI thread every 100 ms; cancel() stops the check or the
// extraction at the next chunk and drops the result, including a table's
// extracted temporary file (personal data). The destructor cancels and
// waits for the worker, so nothing outlives the loader.
class ArchiveLoader : public QObject
{
    Q_OBJECT
public:
    struct Check {
        bool opened = false;
        QString error;  // translated, when the archive could not be opened
        QString detail; // for developers
        ArchiveManifest manifest;
        QStringList entries; // every entry of the ZIP
        ArchiveVerification verification;

        // Opened and every file matches the manifest.
        bool ok() const { return opened && verification.ok(); }
    };

    // Tables are extracted into `scratchDir` (a private folder of the app's
    // data folder, not the shared /tmp); it must exist.
    explicit ArchiveLoader(QString scratchDir, QObject *parent = nullptr);
    ~ArchiveLoader() override;

    void check(const QString &archivePath);
    void loadTable(const QString &archivePath, const QString &file);
    // Extracts the archive's readable HTML copy into a new folder inside
    // `folder` (ExportArchive::extractReadableCopy).
    void extractReadableCopy(const QString &archivePath, const QString &folder);
    void cancel();
    bool isBusy() const { return bool(m_job); }
    // How often progress() reports while a job runs (100 ms by default).
    void setProgressInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    // Bytes done and total of the last cancelled job, where its worker got
    // to (final once runningWorkers() is 0): shows that cancel() stops work.
    std::pair<qint64, qint64> cancelledProgress() const;

    // The table the last tableLoaded() announced (once).
    std::unique_ptr<TabularFile> takeTable();
    // Jobs queued or running, across all loaders.
    static int runningWorkers();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void checked(const pd::ArchiveLoader::Check &result);
    void tableLoaded(const QString &file);
    void tableFailed(const QString &file, const QString &error);
    void cancelled();
    void readableCopyExtracted(const QString &indexPath);
    void readableCopyFailed(const QString &error);

private:
    struct Job;
    void run(std::shared_ptr<Job> job);
    // The job's work, on the pool's thread.
    static void work(Job &job);
    void finish(const std::shared_ptr<Job> &job);
    void pollProgress();

    QString m_scratchDir;
    std::shared_ptr<Job> m_job;
    std::shared_ptr<const Job> m_cancelledJob;
    std::unique_ptr<TabularFile> m_table;
    QTimer m_poll;
    QThreadPool m_pool; // last member: destroyed (and waited for) first
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ArchiveLoader::Check)
