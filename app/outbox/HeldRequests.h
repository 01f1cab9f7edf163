#pragma once

#include "outbox/OutboxItem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pd {

class StoreConnection;

// Requests the user filed that had not reached the server when their session
// ended (idle time-out, an expired session, sign-out, another account): the
// cache and its outbox are wiped then, but a right the user exercised must
// not vanish. They wait here, in a small file of their own (0600, beside the
// cache, never wiped with it) holding only what the user typed and the
// request's Idempotency-Key, bound to the server profile and account they
// were filed for, until that account signs in again.
class HeldRequests
{
public:
    explicit HeldRequests(QString path);
    ~HeldRequests();
    HeldRequests(const HeldRequests &) = delete;
    HeldRequests &operator=(const HeldRequests &) = delete;

    // Creates the file 0600 (or restricts it) and its table. The other calls
    // open it on first use (most sessions never need it: not at start-up).
    bool open(QString *error);
    const QString &path() const { return m_path; }

    // The owner key of an account on a server profile.
    static QString owner(const QString &profileId, const QString &accountId);

    // Keeps `items` for `owner`, synced to disk before it returns.
    bool hold(const QString &owner, const QList<OutboxItem> &items, QString *error);
    // What waits for `owner`, oldest first (pending, no attempts yet).
    QList<OutboxItem> heldFor(const QString &owner);
    // Drops the held copies with these keys (once queued again).
    bool release(const QStringList &idempotencyKeys, QString *error);

private:
    QString m_path;
    bool ensureOpen(QString *error);

    std::unique_ptr<StoreConnection> m_connection;
};

} // namespace pd
