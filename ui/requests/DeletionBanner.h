#pragma once

#include "requests/PendingDeletion.h"
#include "widgets/NoticeBanner.h"

class QProgressBar;
class QPushButton;

namespace pd {

class DeletionCountdown;
class DiscoveryService;
class RequestRepository;

// The account's pending deletion, above a page: how long until it is carried
// out and when ("Your account will be deleted in 6 days 4 hours (on …)"), how
// long backups outlive it, and a one-click Cancel deletion. Cancelling is the
// safe direction, so it asks nothing: it queues the cancellation in the
// outbox, shows a busy indicator while it is on its way, a clear message if
// the server refuses it (the grace period is over), and hides once the
// server has cancelled the deletion (cancelConfirmed()). Hidden while no
// deletion is pending.
class DeletionBanner : public NoticeBanner
{
    Q_OBJECT
public:
    // Neither is owned; either may be null (then the banner stays hidden).
    DeletionBanner(RequestRepository *requests, DiscoveryService *discovery,
                   QWidget *parent = nullptr);

    DeletionCountdown *countdown() const { return m_countdown; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

    // "6 days 4 hours", "3 hours 20 minutes", "12 minutes", "45 seconds".
    static QString timeLeftText(const TimeLeft &left);
    // The banner's sentence for `pending` with `left` of its grace period.
    static QString countdownText(const PendingDeletion &pending, const TimeLeft &left);

Q_SIGNALS:
    // The server cancelled the deletion this banner asked it to cancel.
    void cancelConfirmed();

private:
    void cancelDeletion();
    void updateBanner();

    RequestRepository *m_requests;
    DeletionCountdown *m_countdown;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_cancelling; // the deletion whose cancellation is on its way
};

} // namespace pd
