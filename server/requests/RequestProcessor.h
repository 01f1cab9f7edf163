#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace pd::server {

struct RequestRecord;
struct ServerContext;
class RequestCompleter;
class RequestStore;

// The schedule: every tick, moves each due request one step along
// received -> verifying -> in_progress -> completed/rejected, one step per
// `processAfterSeconds`. A failing request is rejected with a generic
// message and never holds up the others.
class RequestProcessor : public QObject
{
    Q_OBJECT
public:
    RequestProcessor(const ServerContext &context, const RequestStore &store,
                     const RequestCompleter &completer, QObject *parent = nullptr);

    void start();
    void tick();

private:
    void advance(const RequestRecord &request, qint64 nowMs);
    void rejectAfterFailure(const QString &requestId, qint64 nowMs);
    void removeExpiredArchives(qint64 nowMs);
    qint64 stepMs() const;
    QString progressMessage(const QString &type) const;

    const ServerContext &m_context;
    const RequestStore &m_store;
    const RequestCompleter &m_completer;
    QTimer m_timer;
    qint64 m_lastCleanupMs = 0;
    // Requests that could not even be rejected; skipped until restart so one
    // broken row cannot flood the log every tick.
    QSet<QString> m_quarantined;
};

} // namespace pd::server
