#include "RequestProcessor.h"

#include "ExportWorker.h"
#include "RequestCompleter.h"
#include "RequestStore.h"
#include "db/Database.h"
#include "db/PageReaders.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"
#include "kernel/ServerContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <exception>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace pd::server {

Q_LOGGING_CATEGORY(lcRequests, "pd.server.requests", QtInfoMsg)

namespace {

constexpr int kTickMs = 250;
constexpr int kRequestsPerTick = 20;
constexpr qint64 kCleanupEveryMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
// How long an export handed to the worker stays claimed without a renewal;
// renewed well before it runs out.
constexpr qint64 kExportLeaseMs = 5 * 60 * 1000;
constexpr qint64 kRenewLeasesEveryMs = 30 * 1000;
// How long any other step stays claimed: a process that dies mid-step leaves
// it to another (or to its next start) after this.
constexpr qint64 kStepLeaseMs = 60 * 1000;
// How much nicer than the server the export worker runs (nice values go
// from 0, the usual, to 19, the lowest).
constexpr int kExportWorkerNiceness = 10;

const char *failureKind(std::exception_ptr failure)
{
    // Only the kind of failure is logged: database messages can quote the
    // values of a statement, which may be personal data.
    try {
        std::rethrow_exception(failure);
    } catch (const DatabaseUnavailable &) {
        return "database unavailable";
    } catch (const DatabaseError &) {
        return "database error";
    } catch (const std::exception &) {
        return "processing error";
    } catch (...) {
        return "unknown error";
    }
}

// A database that went away (a restart) fails a step without anything being
// wrong with the request: it is left for a later tick, not rejected.
bool isTransient(std::exception_ptr failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const DatabaseUnavailable &) {
        return true;
    } catch (...) {
        return false;
    }
}

} // namespace

RequestProcessor::RequestProcessor(const ServerContext &context, const RequestStore &store,
                                   const RequestCompleter &completer, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(store)
    , m_completer(completer)
    , m_review(context.config.demoOutcomes)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &RequestProcessor::tick);

    m_worker = new ExportWorker(context.config.databaseLocation(), context.config.databasePassword,
                                completer.exportDirectory(), context.config.archivePartSizes,
                                context.pageReaders ? &context.pageReaders->inFlight() : nullptr);
    m_worker->moveToThread(&m_workerThread);
    m_workerThread.setObjectName(QStringLiteral("export-worker"));
    // Deleted on its own thread, which closes its database connection there.
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
#ifdef Q_OS_LINUX
    // A lower priority (nice), so that the build takes the cores only when
    // the event loops and page readers leave them: under load its share had
    // held every page up. An archive has days to be ready, a page has
    // milliseconds. Not SCHED_IDLE (QThread::IdlePriority): that stops the
    // build for as long as anything else on the machine keeps the cores
    // busy. Linux keeps a nice value per thread, so this lowers the worker
    // only; QThread's priorities do nothing under SCHED_OTHER. The lease is
    // renewed by this thread, so a build slowed down is not taken over.
    connect(
        &m_workerThread, &QThread::started, m_worker,
        [] {
            // Relative to the server's own (inherited), which may be lowered already.
            const auto self = id_t(gettid());
            errno = 0;
            const int nice = getpriority(PRIO_PROCESS, self);
            if (errno == 0)
                setpriority(PRIO_PROCESS, self, qMin(nice + kExportWorkerNiceness, 19));
        },
        Qt::DirectConnection);
#endif
    connect(m_worker, &ExportWorker::built, this, &RequestProcessor::exportBuilt);
    connect(m_worker, &ExportWorker::failed, this, &RequestProcessor::exportFailed);
    if (QCoreApplication *application = QCoreApplication::instance())
        connect(application, &QCoreApplication::aboutToQuit, this, &RequestProcessor::stopWorker);
}

RequestProcessor::~RequestProcessor()
{
    // No database access here: the context's connection may be gone already.
    const bool started = m_workerThread.isRunning() || m_workerThread.isFinished();
    m_workerThread.requestInterruption();
    m_workerThread.quit();
    m_workerThread.wait();
    if (!started)
        delete m_worker;
}

void RequestProcessor::start()
{
#ifdef Q_OS_LINUX
    m_workerThread.start();
#else
    m_workerThread.start(QThread::LowPriority);
#endif
    m_timer.start();
}

qint64 RequestProcessor::stepMs() const
{
    return qint64(m_context.config.processAfterSeconds) * 1000;
}

QString RequestProcessor::progressMessage(const QString &type) const
{
    if (type == QLatin1String("export"))
        return QStringLiteral("Identity verified. Collecting your data.");
    if (type == QLatin1String("delete") && m_context.config.deletionGraceDays > 0)
        return QStringLiteral("Identity verified. Your account and data will be erased when the "
                              "%1-day grace period ends; you can cancel until then.")
            .arg(m_context.config.deletionGraceDays);
    if (type == QLatin1String("delete"))
        return QStringLiteral("Identity verified. Erasing your account and data.");
    if (type == QLatin1String("edit"))
        return QStringLiteral("Identity verified. Applying your corrections.");
    if (type == QLatin1String("unsubscribe"))
        return QStringLiteral("Identity verified. Updating your marketing preferences.");
    if (type == QLatin1String("security_report"))
        return QStringLiteral("Your report was passed to our security team.");
    return QStringLiteral("Identity verified. Reviewing your request.");
}

void RequestProcessor::tick()
{
    const qint64 now = m_context.clock.nowMs();
    QList<RequestRecord> due;
    try {
        m_store.rescheduleFromTheFuture(now);
        due = m_store.due(now, kRequestsPerTick + int(m_quarantined.size()));
        if (!m_sinceCleanup.isValid() || m_sinceCleanup.hasExpired(kCleanupEveryMs)) {
            m_sinceCleanup.start();
            removeExpiredArchives(now);
        }
        if (!m_sinceLeaseRenewal.isValid() || m_sinceLeaseRenewal.hasExpired(kRenewLeasesEveryMs)) {
            m_sinceLeaseRenewal.start();
            renewLeases(now);
        }
    } catch (const std::exception &) {
        qCWarning(lcRequests) << "cannot read the request schedule:"
                              << failureKind(std::current_exception());
        return;
    }
    for (const RequestRecord &request : std::as_const(due)) {
        if (m_quarantined.contains(request.id))
            continue;
        const bool exportBuild = request.type == QLatin1String("export") &&
                                 request.status == QLatin1String("in_progress");
        if (exportBuild && (m_building.contains(request.id) || !m_workerThread.isRunning()))
            continue;
        try {
            // The claim: several server processes may read the same due
            // request, and only the one that moves its next step into the
            // future (compare-and-set) carries the step out. An export's
            // claim is the lease its build renews.
            if (!m_store.deferNextStep(request.id, request.status,
                                       now + (exportBuild ? kExportLeaseMs : kStepLeaseMs),
                                       request.nextStepAt))
                continue;
            // An earlier request of this tick may have changed this one (a
            // purge takes all of the account's requests with it).
            const std::optional<RequestRecord> current = m_store.findById(request.id);
            if (current && current->status == request.status)
                advance(*current, now);
        } catch (...) {
            qCWarning(lcRequests).nospace()
                << "request " << request.id << " (" << request.type << ") failed in status "
                << request.status << ": " << failureKind(std::current_exception());
            // Its claim runs out and a later tick takes it up again.
            if (isTransient(std::current_exception()))
                return;
            rejectAfterFailure(request.id, now);
        }
    }
}

void RequestProcessor::advance(const RequestRecord &request, qint64 nowMs)
{
    if (request.status == QLatin1String("received")) {
        Transaction transaction(m_context.db);
        if (m_store.transition(request.id, request.status, QStringLiteral("verifying"), nowMs,
                               QStringLiteral("Checking that the request comes from the account "
                                              "holder."),
                               nowMs + stepMs()))
            transaction.commit();
    } else if (request.status == QLatin1String("verifying")) {
        qint64 next = nowMs + stepMs();
        // A deletion waits out the grace period, during which it can be
        // cancelled (discovery's deletion_grace_days).
        if (request.type == QLatin1String("delete"))
            next =
                qMax(next, request.createdAt + qint64(m_context.config.deletionGraceDays) * kDayMs);
        Transaction transaction(m_context.db);
        if (m_store.transition(request.id, request.status, QStringLiteral("in_progress"), nowMs,
                               progressMessage(request.type), next))
            transaction.commit();
    } else if (request.status == QLatin1String("in_progress")) {
        if (reviewed(request, nowMs))
            return;
        if (request.type == QLatin1String("export"))
            startExport(request, nowMs);
        else
            m_completer.finish(request, nowMs);
    }
}

bool RequestProcessor::reviewed(const RequestRecord &request, qint64 nowMs)
{
    const RequestReview::Decision decision =
        m_review.review(request, m_store.extensionCount(request.id));
    switch (decision.kind) {
    case RequestReview::Decision::Kind::Proceed:
        return false;
    case RequestReview::Decision::Kind::Extend: {
        Transaction transaction(m_context.db);
        if (m_store.extend(request.id, request.status, nowMs, decision.reasonCode,
                           decision.explanation,
                           qMax(request.dueAt, nowMs) + qint64(decision.extendDays) * kDayMs,
                           nowMs + stepMs()))
            transaction.commit();
        return true;
    }
    case RequestReview::Decision::Kind::Deny:
        m_completer.reject(request, nowMs, decision.explanation, decision.reasonCode);
        return true;
    }
    return false;
}

void RequestProcessor::startExport(const RequestRecord &request, qint64 nowMs)
{
    // tick() claimed it: this process holds the lease, until the next step
    // time it wrote (re-read, as the claim is what the database now says).
    if (!request.nextStepAt)
        return;
    m_building.insert(request.id, *request.nextStepAt);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, nowMs] { worker->build(request, nowMs); },
        Qt::QueuedConnection);
}

void RequestProcessor::exportBuilt(const QString &requestId, const QString &path, qint64 sizeBytes,
                                   const QString &sha256, const QJsonArray &partSets)
{
    m_building.remove(requestId);
    if (m_lost.remove(requestId)) {
        // Another process took the export over after this one's lease ran
        // out: recording this build (or removing the file the other build
        // also writes) is that process's business now.
        return;
    }
    const qint64 now = m_context.clock.nowMs();
    try {
        const std::optional<RequestRecord> current = m_store.findById(requestId);
        // Cancelled, or the account erased, while the archive was written.
        if (!current || current->status != QLatin1String("in_progress")) {
            QFile::remove(path);
            return;
        }
        m_completer.recordExport(*current, ExportArchiveFile{path, sizeBytes, sha256, partSets},
                                 now);
        // Operators (and the scale-out test) see which process built which
        // export; the id is random and names nobody.
        qCInfo(lcRequests).nospace().noquote()
            << "export " << requestId << " built: " << sizeBytes << " bytes";
    } catch (...) {
        qCWarning(lcRequests).nospace()
            << "request " << requestId
            << " (export) could not be completed: " << failureKind(std::current_exception());
        // The lease runs out and the export is built again.
        if (!isTransient(std::current_exception()))
            rejectAfterFailure(requestId, now);
    }
}

void RequestProcessor::exportFailed(const QString &requestId, const QString &kind, bool interrupted)
{
    const qint64 lease = m_building.take(requestId);
    if (m_lost.remove(requestId))
        return;
    const qint64 now = m_context.clock.nowMs();
    if (interrupted) {
        try {
            m_store.deferNextStep(requestId, QStringLiteral("in_progress"), now, lease);
        } catch (const std::exception &) {
            // The lease runs out by itself.
        }
        return;
    }
    qCWarning(lcRequests).nospace()
        << "request " << requestId << " (export) failed in status in_progress: " << kind;
    if (kind == QLatin1String(ExportWorker::kStorageFailure)) {
        rejectAfterFailure(requestId, now,
                           QStringLiteral("We could not complete this export because of a "
                                          "problem on our side: the archive could not be written "
                                          "to our storage (it may be full). Nothing was kept; "
                                          "please file the export again later."));
        return;
    }
    rejectAfterFailure(requestId, now);
}

void RequestProcessor::renewLeases(qint64 nowMs)
{
    for (auto it = m_building.begin(); it != m_building.end(); ++it) {
        if (m_lost.contains(it.key()))
            continue;
        // From the lease this process wrote only: if it ran out and another
        // process claimed the export meanwhile, that one builds it now.
        const qint64 renewed = nowMs + kExportLeaseMs;
        if (m_store.deferNextStep(it.key(), QStringLiteral("in_progress"), renewed, it.value())) {
            it.value() = renewed;
        } else {
            qCWarning(lcRequests).nospace().noquote()
                << "export " << it.key() << ": the lease ran out; left to whoever holds it now";
            m_lost.insert(it.key());
        }
    }
}

void RequestProcessor::stopWorker()
{
    m_timer.stop();
    m_workerThread.requestInterruption();
    m_workerThread.quit();
    m_workerThread.wait();
    // Archives finished before the stop are recorded rather than rebuilt;
    // the rest are due again at once for the next start.
    QCoreApplication::sendPostedEvents(this);
    const qint64 now = m_context.clock.nowMs();
    for (auto it = m_building.cbegin(); it != m_building.cend(); ++it) {
        if (m_lost.contains(it.key()))
            continue;
        try {
            m_store.deferNextStep(it.key(), QStringLiteral("in_progress"), now, it.value());
        } catch (const std::exception &) {
            // The lease runs out by itself.
        }
    }
    m_building.clear();
    m_lost.clear();
}

void RequestProcessor::rejectAfterFailure(const QString &requestId, qint64 nowMs,
                                          const QString &message)
{
    try {
        // Re-read: the failed step rolled back, but the status may differ
        // from the one this tick started with.
        const std::optional<RequestRecord> current = m_store.findById(requestId);
        if (!current || !RequestStore::isOpen(current->status))
            return;
        m_completer.reject(*current, nowMs,
                           message.isEmpty()
                               ? QStringLiteral("We could not complete this request because of a "
                                                "problem on our side. Please file it again or "
                                                "contact support.")
                               : message,
                           QStringLiteral("processing_error"));
    } catch (...) {
        qCWarning(lcRequests).nospace()
            << "request " << requestId
            << " could not be rejected either: " << failureKind(std::current_exception());
        if (!isTransient(std::current_exception()))
            m_quarantined.insert(requestId);
    }
}

void RequestProcessor::removeExpiredArchives(qint64 nowMs)
{
    QStringList requestIds;
    QStringList paths;
    // Also the ones a clock set back far has made unservable (ArchiveRoutes).
    QSqlQuery rows = m_context.db.run(
        QStringLiteral(
            "SELECT request_id, path FROM export_archives WHERE expires_at <= ? OR expires_at > ?"),
        {nowMs, nowMs + 2 * m_context.config.archiveLifetimeMs() + Lifetime::kClockSkewMs});
    while (rows.next()) {
        requestIds << rows.value(0).toString();
        paths << rows.value(1).toString();
    }
    rows.finish();
    for (qsizetype i = 0; i < requestIds.size(); ++i) {
        QFile::remove(paths.at(i));
        m_context.db.run(QStringLiteral("DELETE FROM export_archives WHERE request_id = ?"),
                         {requestIds.at(i)});
    }
}

} // namespace pd::server
