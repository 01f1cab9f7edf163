#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace pd {

class AppServices;
class ReauthenticateDialog;
struct OutboxItem;

// A deletion request that waited in the outbox past the server's 5-minute
// re-authentication window (offline, say) is refused with 403
// reauthentication-required. Instead of leaving it silently refused, this
// explains what happened and asks the user to confirm it is them; once they
// have, the same outbox item (same Idempotency-Key) is sent again. Cancelled,
// the request stays on the Requests page as not accepted.
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
    void onSubmissionFailed(qint64 outboxId);
    void resend(qint64 outboxId);

    AppServices *m_services;
    QWidget *m_window;
    QPointer<ReauthenticateDialog> m_dialog;
};

} // namespace pd
