#pragma once

#include "export/ArchiveManifest.h"
#include "export/ArchiveVerification.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace pd {

class TabularFile;

// Runs the slow parts of reading an export archive on a worker thread, so the
// UI thread never waits on the disk: check() opens the archive and verifies
// every file against its manifest; loadTable() extracts, checks and indexes
// one file. One job at a time; each worker uses its own ExportArchive (and
// so its own handle on the ZIP). progress() is polled from the UI thread
// every 100 ms; cancel() stops a table's extraction early and drops any
// job's result. A job left running when the loader is destroyed finishes on
// its own and its result is discarded.
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

    explicit ArchiveLoader(QObject *parent = nullptr);
    ~ArchiveLoader() override;

    void check(const QString &archivePath);
    void loadTable(const QString &archivePath, const QString &file);
    void cancel();
    bool isBusy() const { return bool(m_job); }

    // The table the last tableLoaded() announced (once).
    std::unique_ptr<TabularFile> takeTable();
    // Worker threads still running, across all loaders (including those of
    // destroyed loaders), e.g. to wait for them before exiting.
    static int runningWorkers();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void checked(const pd::ArchiveLoader::Check &result);
    void tableLoaded(const QString &file);
    void tableFailed(const QString &file, const QString &error);
    void cancelled();

private:
    struct Job;
    void run(std::shared_ptr<Job> job);
    void finish(const std::shared_ptr<Job> &job);
    void pollProgress();

    std::shared_ptr<Job> m_job;
    std::unique_ptr<TabularFile> m_table;
    QTimer m_poll;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ArchiveLoader::Check)
