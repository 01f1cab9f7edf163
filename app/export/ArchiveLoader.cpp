#include "export/ArchiveLoader.h"

#include "export/DownloadPaths.h"
#include "export/ExportArchive.h"
#include "export/ExportLog.h"
#include "export/TabularFile.h"

#include <QFileInfo>
#include <QThread>

#include <atomic>

namespace pd {

namespace {
std::atomic<int> g_runningWorkers{0};

// Counts a job from submission until its task is gone, whichever way that
// happens: run to its end, or dropped from the pool's queue unstarted.
struct WorkerToken {
    WorkerToken() { ++g_runningWorkers; }
    WorkerToken(const WorkerToken &) = delete;
    WorkerToken &operator=(const WorkerToken &) = delete;
    ~WorkerToken() { --g_runningWorkers; }
};
} // namespace

struct ArchiveLoader::Job {
    enum class Kind { Check, Table, Readable };
    Kind kind = Kind::Check;
    QString archivePath;
    QString file;
    QString scratchDir;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    // Written by the worker before it ends, read on the UI thread after.
    Check check;
    std::unique_ptr<TabularFile> table;
    QString error;
    QString indexPath; // Readable
};

ArchiveLoader::ArchiveLoader(QString scratchDir, QObject *parent)
    : QObject(parent)
    , m_scratchDir(std::move(scratchDir))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ArchiveLoader::pollProgress);
    // One job at a time: a newer one waits for the running one to stop.
    m_pool.setMaxThreadCount(1);
}

ArchiveLoader::~ArchiveLoader()
{
    if (m_job)
        m_job->cancelled = true;
    m_pool.clear();
    // The running job stops at its next chunk; its temporary file goes with it.
    m_pool.waitForDone();
}

void ArchiveLoader::check(const QString &archivePath)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Check;
    job->archivePath = archivePath;
    run(std::move(job));
}

void ArchiveLoader::loadTable(const QString &archivePath, const QString &file)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Table;
    job->archivePath = archivePath;
    job->file = file;
    job->scratchDir = m_scratchDir;
    run(std::move(job));
}

void ArchiveLoader::extractReadableCopy(const QString &archivePath, const QString &folder)
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Readable;
    job->archivePath = archivePath;
    job->file = folder;
    run(std::move(job));
}

void ArchiveLoader::cancel()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    m_cancelledJob = std::move(m_job);
    m_poll.stop();
    Q_EMIT cancelled();
}

std::pair<qint64, qint64> ArchiveLoader::cancelledProgress() const
{
    if (!m_cancelledJob)
        return {0, 0};
    return {m_cancelledJob->done.load(), m_cancelledJob->total.load()};
}

int ArchiveLoader::runningWorkers()
{
    return g_runningWorkers.load();
}

std::unique_ptr<TabularFile> ArchiveLoader::takeTable()
{
    return std::move(m_table);
}

void ArchiveLoader::run(std::shared_ptr<Job> job)
{
    if (m_job)
        m_job->cancelled = true; // a newer job replaces it
    m_pool.clear();              // queued jobs are superseded anyway
    m_job = job;
    // The destructor waits for the pool, so `loader` outlives the task; a
    // result posted just before the loader goes is dropped with its event.
    ArchiveLoader *loader = this;
    auto token = std::make_shared<WorkerToken>();
    m_pool.start([loader, job, token] {
        if (job->cancelled)
            return;
        QThread::currentThread()->setPriority(QThread::LowPriority);
        work(*job);
        if (job->cancelled) {
            // Unwanted: remove the extracted copy now, not whenever the
            // last reference to the job goes.
            job->table.reset();
            return;
        }
        QMetaObject::invokeMethod(
            loader, [loader, job] { loader->finish(job); }, Qt::QueuedConnection);
    });
    m_poll.start();
    Q_EMIT progress(0, 0);
}

void ArchiveLoader::work(Job &job)
{
    ExportArchive archive(job.archivePath);
    const auto progress = [&job](qint64 done, qint64 total) {
        job.done = done;
        job.total = total;
        return !job.cancelled.load();
    };
    if (job.kind == Job::Kind::Check) {
        Check &check = job.check;
        check.opened = archive.open();
        if (!check.opened) {
            check.error = archive.errorString();
            check.detail = archive.errorDetail();
            return;
        }
        check.manifest = archive.manifest();
        check.entries = archive.entryNames();
        check.verification = archive.verify(progress);
        return;
    }
    if (!archive.open()) {
        job.error = archive.errorString();
        return;
    }
    if (job.kind == Job::Kind::Readable) {
        const QString folder = DownloadPaths::canonicalFolder(job.file, &job.error);
        if (!folder.isEmpty())
            job.indexPath = archive.extractReadableCopy(
                folder,
                QFileInfo(job.archivePath).completeBaseName() + QStringLiteral(" (readable)"),
                &job.error, progress);
        return;
    }
    job.table = archive.openTable(job.file, &job.error, job.scratchDir, progress);
}

void ArchiveLoader::pollProgress()
{
    if (m_job)
        Q_EMIT progress(m_job->done.load(), m_job->total.load());
}

void ArchiveLoader::finish(const std::shared_ptr<Job> &job)
{
    if (job != m_job || job->cancelled) {
        job->table.reset(); // cancelled or replaced: the result is not wanted
        return;
    }
    m_job.reset();
    m_poll.stop();
    Q_EMIT progress(job->done.load(), job->total.load());
    if (job->kind == Job::Kind::Check) {
        if (!job->check.opened)
            qCWarning(lcExport).noquote() << "export archive refused:" << job->check.detail;
        Q_EMIT checked(job->check);
        return;
    }
    if (job->kind == Job::Kind::Readable) {
        if (job->indexPath.isEmpty())
            Q_EMIT readableCopyFailed(job->error);
        else
            Q_EMIT readableCopyExtracted(job->indexPath);
        return;
    }
    if (!job->table) {
        Q_EMIT tableFailed(job->file, job->error);
        return;
    }
    m_table = std::move(job->table);
    Q_EMIT tableLoaded(job->file);
}

} // namespace pd
