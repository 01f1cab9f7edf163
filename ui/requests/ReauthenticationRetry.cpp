#include "requests/ReauthenticationRetry.h"

#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/RefusalReason.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/ValueLabels.h"

#include <QWidget>

namespace pd {

ReauthenticationRetry::ReauthenticationRetry(AppServices *services, QWidget *window,
                                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{
    connect(services, &AppServices::requestSubmissionFailed, this,
            [this](qint64 outboxId) { offer(outboxId); });
    // Items refused in an earlier run (the app quit with the prompt open, or
    // before it could show) wait in the outbox of a resumed session. Queued:
    // the main window shows on signedIn too, and the prompt goes on top.
    connect(services, &AppServices::signedIn, this, &ReauthenticationRetry::offerRefusedItems,
            Qt::QueuedConnection);
    // After a sign-out the outbox is wiped: nothing is left to offer.
    connect(services, &AppServices::signedOut, this, [this] { m_queue.clear(); });
}

bool ReauthenticationRetry::needsReauthentication(const OutboxItem &item)
{
    return item.state == OutboxItem::State::FailedPermanently &&
           RefusalReason::slugOf(item) == QLatin1String("reauthentication-required");
}

ReauthenticateDialog *ReauthenticationRetry::currentDialog() const
{
    return m_dialog;
}

void ReauthenticationRetry::offerRefusedItems()
{
    Outbox *outbox = m_services->outbox();
    if (!outbox)
        return;
    for (const OutboxItem &item : outbox->items(OutboxItem::State::FailedPermanently)) {
        if (needsReauthentication(item))
            offer(item.id);
    }
}

void ReauthenticationRetry::offer(qint64 outboxId)
{
    // One prompt at a time; the others wait their turn instead of being lost.
    if (outboxId != m_current && !m_queue.contains(outboxId))
        m_queue.append(outboxId);
    showNext();
}

std::optional<OutboxItem> ReauthenticationRetry::takeNext()
{
    Outbox *outbox = m_services->outbox();
    while (outbox && !m_queue.isEmpty()) {
        const std::optional<OutboxItem> item = outbox->item(m_queue.takeFirst());
        if (item && needsReauthentication(*item))
            return item;
    }
    return std::nullopt;
}

void ReauthenticationRetry::showNext()
{
    if (m_current != 0)
        return;
    const std::optional<OutboxItem> item = takeNext();
    if (!item)
        return;
    m_current = item->id;
    m_dialog = new ReauthenticateDialog(
        m_services,
        tr("Your request “%1” was not sent: the server asks you to confirm it is you again, "
           "because the request waited more than 5 minutes before it could be sent (for "
           "example while this computer was offline). Confirm now and it is sent at once. If "
           "you cancel, it stays on the Requests page as not accepted, and you can make it "
           "again later.")
            .arg(ValueLabels::requestType(item->type)),
        m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 outboxId = item->id;
    connect(m_dialog, &QDialog::accepted, this, [this, outboxId] {
        resend(outboxId);
        // The confirmation just given covers the others waiting too.
        while (const std::optional<OutboxItem> next = takeNext())
            resend(next->id);
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_current = 0;
        m_dialog = nullptr;
        // After this dialog has closed: the next one opens on the window.
        QMetaObject::invokeMethod(this, &ReauthenticationRetry::showNext, Qt::QueuedConnection);
    });
    m_dialog->open();
    Q_EMIT prompted(m_dialog);
}

void ReauthenticationRetry::resend(qint64 outboxId)
{
    Outbox *outbox = m_services->outbox();
    if (!outbox)
        return;
    const std::optional<OutboxItem> item = outbox->item(outboxId);
    if (!item || item->state != OutboxItem::State::FailedPermanently)
        return;
    // Back to pending, due now, with the same key: the server only remembers
    // requests it created, so it creates this one now.
    outbox->markRetry(outboxId, item->lastError, outbox->now());
    if (OutboxSender *sender = m_services->outboxSender())
        sender->retryNow();
    Q_EMIT resent(outboxId);
}

} // namespace pd
