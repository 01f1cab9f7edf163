#include "requests/DeletionCountdown.h"

#include "cache/CachedDocument.h"
#include "discovery/DiscoveryService.h"
#include "outbox/RefusalReason.h"
#include "requests/RequestRepository.h"

#include <QSet>

namespace pd {

DeletionCountdown::DeletionCountdown(RequestRepository *requests, DiscoveryService *discovery,
                                     QObject *parent, Clock clock)
    : QObject(parent)
    , m_requests(requests)
    , m_discovery(discovery)
    , m_clock(std::move(clock))
{
    m_tick.setSingleShot(true);
    // Short waits near the end must not fire early and skip a second.
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        schedule();
        Q_EMIT changed();
    });
    if (requests) {
        connect(requests, &RequestRepository::recordChanged, this, &DeletionCountdown::update);
        connect(requests, &RequestRepository::serverRecordsReset, this, &DeletionCountdown::update);
        connect(requests, &RequestRepository::waitingChanged, this, &DeletionCountdown::update);
        connect(requests->recentDocument(), &CachedDocument::changed, this,
                &DeletionCountdown::update);
    }
    if (discovery)
        connect(discovery, &DiscoveryService::discoveryChanged, this, &DeletionCountdown::update);
    update();
}

QDateTime DeletionCountdown::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void DeletionCountdown::update()
{
    std::optional<PendingDeletion> pending;
    const std::optional<Discovery> discovery =
        m_discovery ? m_discovery->discovery() : std::nullopt;
    if (m_requests && discovery) {
        // The server's list as loaded and updated since is newer than the
        // cached recent requests: a request in both is taken from it.
        QList<RequestRecord> records = m_requests->serverRecords();
        QSet<QString> known;
        for (const RequestRecord &record : std::as_const(records))
            known.insert(record.id);
        for (const RequestRecord &record : m_requests->recentRecords()) {
            if (!record.id.isEmpty() && !known.contains(record.id))
                records.append(record);
        }
        pending = PendingDeletion::among(records, *discovery);
    }
    m_pending = pending;
    schedule();
    Q_EMIT changed();
}

void DeletionCountdown::schedule()
{
    const auto wait = m_pending ? m_pending->nextChangeAfter(now()) : std::nullopt;
    if (wait)
        m_tick.start(*wait);
    else
        m_tick.stop();
}

DeletionCountdown::CancelState DeletionCountdown::cancelState() const
{
    if (!m_pending || !m_requests)
        return CancelState::None;
    const std::optional<OutboxItem> item = m_requests->cancellationOf(m_pending->requestId);
    if (!item)
        return CancelState::None;
    switch (item->state) {
    case OutboxItem::State::Pending:
    case OutboxItem::State::Sending:
        return CancelState::Sending;
    case OutboxItem::State::Sent:
        // Accepted, but the deletion still reads as open: the cancelled
        // request is on its way to the records.
        return CancelState::Sending;
    case OutboxItem::State::FailedPermanently: {
        // 409: no longer open; 404: already purged.
        const QString slug = RefusalReason::slugOf(*item);
        return slug == QLatin1String("conflict") || slug == QLatin1String("not-found")
                   ? CancelState::TooLate
                   : CancelState::Refused;
    }
    }
    return CancelState::None;
}

QString DeletionCountdown::cancelRefusalSlug() const
{
    if (!m_pending || !m_requests)
        return {};
    const std::optional<OutboxItem> item = m_requests->cancellationOf(m_pending->requestId);
    return item && item->state == OutboxItem::State::FailedPermanently
               ? RefusalReason::slugOf(*item)
               : QString();
}

bool DeletionCountdown::cancel(QString *error)
{
    if (!m_pending || !m_requests) {
        if (error)
            *error = tr("No deletion is waiting to be carried out.");
        return false;
    }
    // Clicked again while one is on its way: that one is enough.
    if (cancelState() == CancelState::Sending)
        return true;
    return m_requests->fileCancellation(m_pending->requestId, QString(), error).has_value();
}

} // namespace pd
