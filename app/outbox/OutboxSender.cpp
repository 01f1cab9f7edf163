#include "outbox/OutboxSender.h"

#include "net/TimerSource.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxLog.h"
#include "outbox/OutboxTransport.h"

#include <algorithm>

namespace pd {

OutboxSender::OutboxSender(Outbox *outbox, OutboxTransport *transport, TimerSource *timers,
                           Backoff backoff, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_transport(transport)
    , m_timers(timers)
    , m_backoff(std::move(backoff))
    , m_timer(timers->createTimer())
    , m_generation(std::make_shared<int>(0))
{
    connect(outbox, &Outbox::submitted, this, [this] { kickLater(); });
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start()
{
    if (m_running || !m_outbox)
        return;
    m_running = true;
    m_outbox->recoverInterrupted();
    kick();
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer->stop();
    // A reply still on its way is ignored; the item stays in Sending and is
    // sent again (same key) by the next start().
    ++*m_generation;
    m_inFlight = 0;
}

void OutboxSender::retryNow()
{
    // Only our own backoff is forgotten: a Retry-After the server asked for
    // still holds, whoever asks for a retry (the user, the network coming
    // back, the periodic sync).
    if (m_outbox)
        m_outbox->makeAllDue();
    kickLater();
}

void OutboxSender::kickLater()
{
    if (m_kickQueued)
        return;
    m_kickQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_kickQueued = false;
            kick();
        },
        Qt::QueuedConnection);
}

void OutboxSender::wakeAt(const QDateTime &time)
{
    const qint64 delay = std::max<qint64>(0, m_outbox->now().msecsTo(time));
    m_timer->start(std::chrono::milliseconds(delay), [this] { kick(); });
}

void OutboxSender::kick()
{
    if (!m_running || m_inFlight != 0 || !m_outbox)
        return;
    const QDateTime now = m_outbox->now();
    if (m_notBefore.isValid() && now < m_notBefore)
        return wakeAt(m_notBefore);
    const std::optional<OutboxItem> item = m_outbox->nextDue(now);
    if (!item) {
        const std::optional<QDateTime> next = m_outbox->nextAttemptAt();
        if (next)
            wakeAt(*next);
        Q_EMIT idle(next.value_or(QDateTime()));
        return;
    }
    if (!m_outbox->markSending(item->id)) {
        // The cache is unavailable (or the item changed): look again later.
        return wakeAt(now.addSecs(5));
    }
    m_inFlight = item->id;
    qCDebug(lcOutbox) << "sending request" << item->id << "attempt" << item->attempts + 1;
    const std::weak_ptr<int> guard = m_generation;
    const int generation = *m_generation;
    const qint64 id = item->id;
    const int attempts = item->attempts + 1;
    m_transport->send(*item,
                      [this, guard, generation, id, attempts](const OutboxSendResult &result) {
                          const auto alive = guard.lock();
                          if (!alive || *alive != generation)
                              return;
                          onResult(id, attempts, result);
                      });
}

void OutboxSender::onResult(qint64 id, int attempts, const OutboxSendResult &result)
{
    m_inFlight = 0;
    const QDateTime now = m_outbox ? m_outbox->now() : QDateTime::currentDateTimeUtc();
    switch (result.kind) {
    case OutboxSendResult::Kind::Accepted:
        if (m_outbox)
            m_outbox->markSent(id, result.request);
        qCInfo(lcOutbox) << "request" << id << "filed after" << attempts << "attempt(s)";
        Q_EMIT itemSent(id, result.request);
        break;
    case OutboxSendResult::Kind::Retryable: {
        auto delay = m_backoff.fullJitter(attempts);
        if (result.retryAfter) {
            delay = std::max(delay, *result.retryAfter);
            // The server asked everyone to wait, not just this request.
            m_notBefore = now.addMSecs(result.retryAfter->count());
        }
        const QDateTime next = now.addMSecs(delay.count());
        if (m_outbox)
            m_outbox->markRetry(id, result.error.logSummary(), next);
        qCInfo(lcOutbox) << "request" << id << "will be retried in" << delay.count()
                         << "ms:" << result.error.logSummary();
        Q_EMIT itemDeferred(id, next, result.error);
        break;
    }
    case OutboxSendResult::Kind::Permanent:
        if (m_outbox)
            m_outbox->markFailed(id, result.error.logSummary());
        qCWarning(lcOutbox) << "request" << id << "refused:" << result.error.logSummary();
        Q_EMIT itemFailed(id, result.error);
        break;
    }
    kickLater();
}

} // namespace pd
