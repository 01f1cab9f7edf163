#pragma once

#include "outbox/OutboxItem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace pd {

class LocalStore;

// Durable queue of the requests the user submitted (table `outbox` of the
// cache file, on the LocalStore's connection, so the UI thread). Every write
// commits with synchronous=FULL: once submit() returns, the request survives
// a crash or power loss and will be sent.
class Outbox : public QObject
{
    Q_OBJECT

public:
    // Wall-clock time (UTC) for next_attempt_at; injected by tests.
    using WallClock = std::function<QDateTime()>;

    explicit Outbox(LocalStore *store, QObject *parent = nullptr, WallClock clock = {});

    QDateTime now() const;

    // Writes a new pending request with a fresh Idempotency-Key.
    std::optional<OutboxItem> submit(const QString &type, const QJsonObject &payload,
                                     QString *error);
    // Queues again a request held across a session's end (HeldRequests):
    // pending, with its original Idempotency-Key and creation time, so the
    // server files it once however often it is sent. An item with that key
    // already queued is returned as it is.
    std::optional<OutboxItem> restore(const OutboxItem &held, QString *error);
    std::optional<OutboxItem> item(qint64 id) const;
    std::optional<OutboxItem> itemWithKey(const QString &idempotencyKey) const;
    // All items, oldest first; only those in `state` when given.
    QList<OutboxItem> items(std::optional<OutboxItem::State> state = std::nullopt) const;
    // The oldest pending item whose attempt is due at `time`.
    std::optional<OutboxItem> nextDue(const QDateTime &time) const;
    // When the earliest pending item is due; nullopt when none is pending.
    std::optional<QDateTime> nextAttemptAt() const;
    // Items a crash left in Sending become due again now (same key). Returns
    // how many.
    int recoverInterrupted();
    // Makes every pending item due now (e.g. the network came back).
    bool makeAllDue();

    // Moves an item to Sending and counts the attempt.
    bool markSending(qint64 id);
    bool markSent(qint64 id, const QJsonObject &serverRequest);
    bool markRetry(qint64 id, const QString &error, const QDateTime &nextAttempt);
    bool markFailed(qint64 id, const QString &error);
    // Keeps the server's latest copy of a sent request (its status moves on
    // after it was filed); false when no sent item has that server id.
    bool recordServerRequest(const QJsonObject &serverRequest);

Q_SIGNALS:
    void submitted(const pd::OutboxItem &item);
    void stateChanged(qint64 id, pd::OutboxItem::State state);

private:
    // Runs `work` in one BEGIN IMMEDIATE ... COMMIT with synchronous=FULL.
    bool durably(const std::function<bool()> &work, QString *error) const;
    std::optional<OutboxItem> insertPending(const QString &key, const QString &type,
                                            const QJsonObject &payload, qint64 createdMs,
                                            QString *error);
    bool update(qint64 id, OutboxItem::State state, const QString &setClause,
                const QVariantList &binds);

    QPointer<LocalStore> m_store;
    WallClock m_clock;
};

} // namespace pd
