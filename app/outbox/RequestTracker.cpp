#include "outbox/RequestTracker.h"

#include "net/TimerSource.h"
#include "outbox/OutboxLog.h"
#include "outbox/RequestStatusSource.h"

namespace pd {

RequestTracker::RequestTracker(RequestStatusSource *source, TimerSource *timers, Backoff backoff,
                               QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_timers(timers)
    , m_backoff(std::move(backoff))
    , m_alive(std::make_shared<int>(0))
{}

RequestTracker::~RequestTracker() = default;

bool RequestTracker::isFinal(const QString &status)
{
    return status == u"completed" || status == u"rejected" || status == u"cancelled";
}

bool RequestTracker::isTracking(const QString &requestId) const
{
    return m_tracked.count(requestId) > 0;
}

QStringList RequestTracker::tracked() const
{
    QStringList ids;
    for (const auto &[id, state] : m_tracked)
        ids << id;
    return ids;
}

void RequestTracker::track(const QString &requestId, const QString &knownStatus)
{
    if (requestId.isEmpty() || isFinal(knownStatus) || isTracking(requestId))
        return;
    Tracked &entry = m_tracked[requestId];
    entry.status = knownStatus;
    entry.timer = m_timers->createTimer();
    schedule(requestId);
}

void RequestTracker::untrack(const QString &requestId)
{
    m_tracked.erase(requestId);
}

void RequestTracker::schedule(const QString &requestId)
{
    auto it = m_tracked.find(requestId);
    if (it == m_tracked.end())
        return;
    Tracked &entry = it->second;
    // Polls come back sooner after a change, then ever less often.
    const auto delay = m_backoff.equalJitter(entry.unchangedPolls + 1);
    entry.timer->start(delay, [this, requestId] { poll(requestId); });
}

void RequestTracker::poll(const QString &requestId)
{
    auto it = m_tracked.find(requestId);
    if (it == m_tracked.end() || it->second.inFlight)
        return;
    it->second.inFlight = true;
    const std::weak_ptr<int> alive = m_alive;
    m_source->fetch(requestId, [this, alive, requestId](const RequestStatusReply &reply) {
        if (alive.lock())
            onReply(requestId, reply);
    });
}

void RequestTracker::onReply(const QString &requestId, const RequestStatusReply &reply)
{
    auto it = m_tracked.find(requestId);
    if (it == m_tracked.end())
        return; // untracked meanwhile
    Tracked &entry = it->second;
    entry.inFlight = false;
    if (!reply.ok) {
        if (reply.error.httpStatus() == 404) {
            qCInfo(lcOutbox) << "tracked request no longer exists; stopping";
            m_tracked.erase(it);
            Q_EMIT trackingStopped(requestId);
            return;
        }
        // Anything else may pass (network, rate limit, expired token): back off.
        ++entry.unchangedPolls;
        schedule(requestId);
        return;
    }
    const QString status = reply.request.value(QStringLiteral("status")).toString();
    const bool changed = status != entry.status;
    entry.status = status;
    entry.unchangedPolls = changed ? 0 : entry.unchangedPolls + 1;
    Q_EMIT requestUpdated(requestId, reply.request);
    if (changed)
        Q_EMIT statusChanged(requestId, status);
    if (isFinal(status)) {
        m_tracked.erase(requestId);
        Q_EMIT trackingStopped(requestId);
        return;
    }
    schedule(requestId);
}

} // namespace pd
