#include "requests/DeletionBanner.h"

#include "outbox/OutboxItem.h"
#include "outbox/RefusalReason.h"
#include "requests/DeletionCountdown.h"
#include "requests/RequestRepository.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainTextLabel.h"

#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace pd {

DeletionBanner::DeletionBanner(RequestRepository *requests, DiscoveryService *discovery,
                               QWidget *parent)
    : NoticeBanner(Kind::Warning, QString(), parent)
    , m_requests(requests)
    , m_countdown(new DeletionCountdown(requests, discovery, this))
    , m_progress(new QProgressBar(this))
{
    setAccessibleName(tr("Pending account deletion"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Cancelling the deletion"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_progress->hide();
    addWidget(m_progress);
    m_cancel = addButton(tr("Cancel deletion"), tr("Cancel the deletion of your account"));
    connect(m_cancel, &QPushButton::clicked, this, &DeletionBanner::cancelDeletion);
    connect(m_countdown, &DeletionCountdown::changed, this, &DeletionBanner::updateBanner);
    hide();
    updateBanner();
}

QString DeletionBanner::timeLeftText(const TimeLeft &left)
{
    //: The time left before an account is deleted: a day count then an hour
    //: count ("6 days 4 hours"); likewise for the other pairs.
    if (left.days > 0)
        return tr("%1 %2").arg(tr("%Ln day(s)", nullptr, int(left.days)),
                               tr("%Ln hour(s)", nullptr, left.hours));
    if (left.hours > 0)
        return tr("%1 %2").arg(tr("%Ln hour(s)", nullptr, left.hours),
                               tr("%Ln minute(s)", nullptr, left.minutes));
    if (left.minutes > 0)
        return tr("%Ln minute(s)", nullptr, left.minutes);
    return tr("%Ln second(s)", nullptr, left.seconds);
}

QString DeletionBanner::countdownText(const PendingDeletion &pending, const TimeLeft &left)
{
    if (left.over)
        return tr("The grace period is over: your account is being deleted now and the deletion "
                  "can no longer be cancelled.");
    const QDateTime local = pending.carriedOutAt.toLocalTime();
    const QString when =
        tr("Your account will be deleted in %1 (on %2 at %3).")
            .arg(timeLeftText(left), FieldFormat::date(local.date(), QLocale::LongFormat),
                 QLocale().toString(local.time(), QLocale::ShortFormat));
    const QString backups = pending.backupRetentionDays > 0
                                ? tr("Backups are kept for %Ln day(s) after that.", nullptr,
                                     pending.backupRetentionDays)
                                : tr("Nothing is kept in backups after that.");
    return when + u' ' + backups;
}

void DeletionBanner::cancelDeletion()
{
    const std::optional<PendingDeletion> &pending = m_countdown->pending();
    if (!pending)
        return;
    QString error;
    if (!m_countdown->cancel(&error)) {
        showNotice(Kind::Error,
                   tr("The cancellation could not be saved on this computer: %1").arg(error));
        return;
    }
    m_cancelling = pending->requestId;
    const bool hadFocus = m_cancel->hasFocus();
    updateBanner();
    // The button is disabled while the cancellation is on its way: the
    // focus stays in the banner, on the words that say what happens.
    if (hadFocus && !m_cancel->isEnabled())
        label()->setFocus();
}

void DeletionBanner::updateBanner()
{
    const std::optional<PendingDeletion> &pending = m_countdown->pending();
    if (!pending) {
        // Gone because the server cancelled it as asked (not because the
        // records were cleared at sign-out, say).
        const QString asked = std::exchange(m_cancelling, {});
        const auto record =
            m_requests && !asked.isEmpty() ? m_requests->record(asked) : std::nullopt;
        m_progress->hide();
        hide();
        if (record && record->status == QLatin1String("cancelled"))
            Q_EMIT cancelConfirmed();
        return;
    }
    const TimeLeft left = m_countdown->timeLeft();
    const QString countdown = countdownText(*pending, left);
    const DeletionCountdown::CancelState state = m_countdown->cancelState();
    if (state == DeletionCountdown::CancelState::Sending)
        m_cancelling = pending->requestId;
    m_progress->setVisible(state == DeletionCountdown::CancelState::Sending);
    m_cancel->setEnabled(state != DeletionCountdown::CancelState::Sending);
    m_cancel->setVisible(!left.over && state != DeletionCountdown::CancelState::TooLate);
    switch (state) {
    case DeletionCountdown::CancelState::None:
        showNotice(left.over ? Kind::Error : Kind::Warning, countdown);
        break;
    case DeletionCountdown::CancelState::Sending:
        showNotice(Kind::Warning,
                   countdown + u' ' +
                       tr("Cancelling the deletion… It is sent as soon as the server can be "
                          "reached."));
        break;
    case DeletionCountdown::CancelState::TooLate:
        showNotice(Kind::Error,
                   tr("The deletion could not be cancelled: the grace period is over and the "
                      "server is already deleting your account."));
        break;
    case DeletionCountdown::CancelState::Refused:
        showNotice(Kind::Error,
                   countdown + u' ' +
                       tr("The server refused to cancel the deletion: %1")
                           .arg(RefusalReason::message(OutboxItem::cancellationType(),
                                                       m_countdown->cancelRefusalSlug(),
                                                       tr("no reason was given."))));
        break;
    }
}

} // namespace pd
