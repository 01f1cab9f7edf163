#pragma once

#include "RequestReview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace pd::server {

struct RequestRecord;
struct ServerContext;
class ExportWorker;
class RequestCompleter;
class RequestStore;

// The schedule: every tick, moves each due request one step along
// received -> verifying -> in_progress -> completed/rejected, one step per
// `processAfterSeconds`; before the last step a RequestReview may extend the
// date the answer is expected by (the request stays in_progress for another
// step) or deny the request with a reason code. A failing request is rejected with a generic
// message and never holds up the others. The schedule is the requests table
// itself (next_step_at): several server processes on one database each run
// a processor, and each step is claimed first by a compare-and-set on
// next_step_at, so exactly one of them carries it out.
//
// An export's archive can take a minute for a large account, so it is built
// by an ExportWorker on its own thread while this one goes on answering. The
// processor claims the request first by deferring its next step by a lease
// (the same compare-and-set, so it is handed over once), renews the
// lease while the build runs, and completes the request when the worker
// reports back. A server that dies mid-build leaves the lease to expire, and
// the export is then built again from the start.
class RequestProcessor : public QObject
{
    Q_OBJECT
public:
    RequestProcessor(const ServerContext &context, const RequestStore &store,
                     const RequestCompleter &completer, QObject *parent = nullptr);

    ~RequestProcessor() override;

    void start();
    void tick();

private:
    void advance(const RequestRecord &request, qint64 nowMs);
    // The review before the last step: true when it extended or denied the
    // request instead of letting it be carried out.
    bool reviewed(const RequestRecord &request, qint64 nowMs);
    void startExport(const RequestRecord &request, qint64 nowMs);
    void exportBuilt(const QString &requestId, const QString &path, qint64 sizeBytes,
                     const QString &sha256, const QJsonArray &partSets);
    void exportFailed(const QString &requestId, const QString &kind, bool interrupted);
    void renewLeases(qint64 nowMs);
    // Before the event loop's end (aboutToQuit), while the database is still
    // open: stops the worker and hands its unfinished exports back.
    void stopWorker();
    // Rejects with `message`, or a generic one saying the fault is ours.
    void rejectAfterFailure(const QString &requestId, qint64 nowMs, const QString &message = {});
    void removeExpiredArchives(qint64 nowMs);
    qint64 stepMs() const;
    QString progressMessage(const QString &type) const;

    const ServerContext &m_context;
    const RequestStore &m_store;
    const RequestCompleter &m_completer;
    RequestReview m_review;
    QTimer m_timer;
    // Monotonic: the wall clock going back would put these off for as long
    // as it went back. Invalid until the first tick.
    QElapsedTimer m_sinceCleanup;
    QThread m_workerThread;
    ExportWorker *m_worker = nullptr; // lives on m_workerThread, deleted when it finishes
    // Exports whose lease this processor holds, with the next step time it
    // last wrote (renewals are compare-and-set from it): handed to the
    // worker and not reported back yet.
    QHash<QString, qint64> m_building;
    // Of those, the ones whose lease ran out and were claimed again.
    QSet<QString> m_lost;
    QElapsedTimer m_sinceLeaseRenewal;
    // Requests that could not even be rejected; skipped until restart so one
    // broken row cannot flood the log every tick.
    QSet<QString> m_quarantined;
};

} // namespace pd::server
