#include "flows/ReauthenticationRetry.h"

#include "core/AppServices.h"
#include "dialogs/ReauthenticateDialog.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/RefusalReason.h"
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
            [this](qint64 outboxId) { onSubmissionFailed(outboxId); });
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

void ReauthenticationRetry::onSubmissionFailed(qint64 outboxId)
{
    Outbox *outbox = m_services->outbox();
    const std::optional<OutboxItem> item = outbox ? outbox->item(outboxId) : std::nullopt;
    if (!item || !needsReauthentication(*item) || m_dialog)
        return;
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
    connect(m_dialog, &QDialog::accepted, this, [this, outboxId] { resend(outboxId); });
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
