#pragma once

#include "outbox/OutboxItem.h"
#include "requests/PendingDeletion.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace pd {

class DiscoveryService;
class RequestRepository;

// Follows the account's pending deletion (PendingDeletion, from the
// RequestRepository's records and the server's discovery facts) and its
// cancellation, and ticks when the time left reads differently (a timer
// set to the next change: every minute, every second in the last one).
// The pages draw it; cancel() queues the cancellation in the outbox.
class DeletionCountdown : public QObject
{
    Q_OBJECT
public:
    // The wall clock (UTC); injected by tests.
    using Clock = std::function<QDateTime()>;

    enum class CancelState {
        None,    // no cancellation was filed from here
        Sending, // queued or being sent
        TooLate, // the server refused: the deletion was already being carried out
        Refused, // the server refused for another reason (cancelRefusalSlug())
    };
    Q_ENUM(CancelState)

    // Neither is owned; either may be null (then nothing is pending).
    DeletionCountdown(RequestRepository *requests, DiscoveryService *discovery,
                      QObject *parent = nullptr, Clock clock = {});

    QDateTime now() const;
    const std::optional<PendingDeletion> &pending() const { return m_pending; }
    TimeLeft timeLeft() const { return m_pending ? m_pending->timeLeft(now()) : TimeLeft{}; }
    CancelState cancelState() const;
    // The problem slug of a refused cancellation (empty otherwise).
    QString cancelRefusalSlug() const;
    // Whether a timer waits for the next change (tests).
    bool isTicking() const { return m_tick.isActive(); }

public Q_SLOTS:
    // Reads the records and discovery again (they signal their changes).
    void update();
    // Queues the cancellation of pending(); false, with `error` for users,
    // when nothing is pending or it could not be saved.
    bool cancel(QString *error = nullptr);

Q_SIGNALS:
    // pending(), the time left or the cancellation's state changed.
    void changed();

private:
    void schedule();

    QPointer<RequestRepository> m_requests;
    QPointer<DiscoveryService> m_discovery;
    Clock m_clock;
    QTimer m_tick;
    std::optional<PendingDeletion> m_pending;
};

} // namespace pd
