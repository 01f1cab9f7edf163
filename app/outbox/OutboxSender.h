#pragma once

#include "common/ApiError.h"
#include "outbox/Backoff.h"
#include "outbox/OutboxItem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace pd {

class OneShotTimer;
class Outbox;
class OutboxTransport;
class TimerSource;
struct OutboxSendResult;

// Sends the outbox's pending items one at a time, oldest due first, through
// an OutboxTransport. Transient failures are retried with exponential backoff
// and full jitter (at least Retry-After when the server gave one, which also
// pauses every other item); permanent ones end the item. start() first sends
// again, with the same key, whatever a crash left in Sending.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(Outbox *outbox, OutboxTransport *transport, TimerSource *timers, Backoff backoff,
                 QObject *parent = nullptr);
    ~OutboxSender() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isSending() const { return m_inFlight != 0; }
    // Forgets the backoff: every pending item is due now (but not before the
    // end of a Retry-After the server asked for).
    void retryNow();

Q_SIGNALS:
    void itemSent(qint64 id, const QJsonObject &request);
    void itemDeferred(qint64 id, const QDateTime &nextAttempt, const pd::ApiError &error);
    void itemFailed(qint64 id, const pd::ApiError &error);
    // Nothing is due; `next` is when something will be (invalid: nothing pending).
    void idle(const QDateTime &next);

private:
    void kick();
    void kickLater();
    void onResult(qint64 id, int attempts, const OutboxSendResult &result);
    void wakeAt(const QDateTime &time);

    QPointer<Outbox> m_outbox;
    OutboxTransport *m_transport;
    TimerSource *m_timers;
    Backoff m_backoff;
    std::unique_ptr<OneShotTimer> m_timer;
    bool m_running = false;
    bool m_kickQueued = false;
    qint64 m_inFlight = 0;
    // Retry-After of a 429/503 holds every item until then.
    QDateTime m_notBefore;
    // Guards transport callbacks against a destroyed or restarted sender.
    std::shared_ptr<int> m_generation;
};

} // namespace pd
