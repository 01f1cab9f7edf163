#pragma once

#include "outbox/OutboxItem.h"
#include "security/ReauthenticateDialog.h" // complete, so prompted()'s argument has a meta type

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace pd {

class AppServices;

// A deletion request that waited in the outbox past the server's 5-minute
// re-authentication window (offline, say) is refused with 403
// reauthentication-required. Instead of leaving it silently refused, this
// explains what happened and asks the user to confirm it is them; once they
// have, the same outbox item (same Idempotency-Key) is sent again. Cancelled,
// the request stays on the Requests page as not accepted. Several refused
// items are offered one after the other (one confirmation resends all that
// wait), and those refused in an earlier run are offered at sign-in.
class ReauthenticationRetry : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialog; neither is owned.
    ReauthenticationRetry(AppServices *services, QWidget *window, QObject *parent = nullptr);

    // Whether the server refused `item` for want of a recent re-authentication.
    static bool needsReauthentication(const OutboxItem &item);
    ReauthenticateDialog *currentDialog() const;

Q_SIGNALS:
    void prompted(pd::ReauthenticateDialog *dialog);
    // The item is pending again and about to be sent.
    void resent(qint64 outboxId);

private:
    void offerRefusedItems();
    void offer(qint64 outboxId);
    // The first queued item that still waits for a re-authentication.
    std::optional<OutboxItem> takeNext();
    void showNext();
    void resend(qint64 outboxId);

    AppServices *m_services;
    QWidget *m_window;
    QPointer<ReauthenticateDialog> m_dialog;
    qint64 m_current = 0;  // the item the open prompt is about; 0 when none
    QList<qint64> m_queue; // refused items waiting for their prompt, oldest first
};

} // namespace pd
