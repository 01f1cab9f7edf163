#include "requests/RequestUpdates.h"

#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "requests/RequestRepository.h"
#include "requests/RequestUpdateNotifier.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pd {

namespace {

// The status a request starts in: a request first seen in it is not news.
constexpr QLatin1StringView kReceived("received");

} // namespace

RequestUpdates::RequestUpdates(DocumentCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    if (cache) {
        // Sign-out wipes the store: what was seen belonged to that account.
        connect(cache, &DocumentCache::cleared, this, [this] {
            reset();
            Q_EMIT feedChanged();
        });
    }
}

RequestUpdates::~RequestUpdates() = default;

void RequestUpdates::setNotifier(RequestUpdateNotifier *notifier)
{
    m_notifier = notifier;
    deliverPending();
}

void RequestUpdates::watch(RequestRepository *requests)
{
    connect(requests, &RequestRepository::loaded, this,
            [this, requests] { observe(requests->serverRecords()); });
    connect(requests, &RequestRepository::recordChanged, this,
            qOverload<const RequestRecord &>(&RequestUpdates::observe));
    connect(requests->recentDocument(), &CachedDocument::changed, this,
            [this, requests] { observe(requests->recentRecords()); });
}

void RequestUpdates::reset()
{
    m_loaded = false;
    m_hasBaseline = false;
    m_nextSequence = 1;
    m_seen.clear();
    m_feed.clear();
}

void RequestUpdates::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (!m_cache)
        return;
    const std::optional<Document> stored = m_cache->cached(documentKey());
    if (!stored)
        return;
    const QJsonObject json = stored->json.object();
    m_hasBaseline = json.value(QStringLiteral("baseline")).toBool();
    const QJsonObject seen = json.value(QStringLiteral("seen")).toObject();
    for (auto it = seen.begin(); it != seen.end(); ++it)
        m_seen.insert(it.key(), it.value().toString());
    for (const QJsonValue &value : json.value(QStringLiteral("feed")).toArray()) {
        if (const auto update = RequestUpdate::fromJson(value.toObject())) {
            m_feed.append(*update);
            m_nextSequence = std::max(m_nextSequence, update->sequence + 1);
        }
    }
}

void RequestUpdates::save()
{
    if (!m_cache)
        return;
    QJsonObject seen;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        seen.insert(it.key(), it.value());
    QJsonArray feed;
    for (const RequestUpdate &update : std::as_const(m_feed))
        feed.append(update.toJson());
    m_cache->store(documentKey(), QJsonDocument(QJsonObject{
                                      {QStringLiteral("baseline"), m_hasBaseline},
                                      {QStringLiteral("seen"), seen},
                                      {QStringLiteral("feed"), feed},
                                  }));
}

RequestUpdates::Seen RequestUpdates::see(const RequestRecord &record)
{
    if (record.id.isEmpty() || record.status.isEmpty())
        return Seen::Same; // still in the outbox: no status yet
    const auto known = m_seen.constFind(record.id);
    const bool isNew = known == m_seen.cend();
    const QString previous = isNew ? QString() : *known;
    if (!isNew && previous == record.status)
        return Seen::Same;
    m_seen.insert(record.id, record.status);
    // A request seen for the first time is news only once a first list set
    // what was known, and only when it moved past its first status (one
    // filed elsewhere and answered while the app was closed).
    if (isNew && (!m_hasBaseline || record.status == kReceived))
        return Seen::Recorded;
    RequestUpdate update;
    update.sequence = m_nextSequence++;
    update.requestId = record.id;
    update.type = record.type;
    update.previousStatus = previous;
    update.status = record.status;
    update.at = record.updatedAt.isValid() ? record.updatedAt : QDateTime::currentDateTimeUtc();
    m_feed.append(update);
    while (m_feed.size() > kMaxFeed)
        m_feed.removeFirst();
    Q_EMIT updateAdded(update);
    return Seen::Added;
}

void RequestUpdates::observe(const QList<RequestRecord> &records)
{
    take(records, true);
}

void RequestUpdates::observe(const RequestRecord &record)
{
    // One request is not a list: it does not set what was known before.
    take({record}, false);
}

void RequestUpdates::take(const QList<RequestRecord> &records, bool wholeList)
{
    load();
    bool changed = wholeList && !m_hasBaseline;
    bool added = false;
    for (const RequestRecord &record : records) {
        const Seen seen = see(record);
        changed = changed || seen != Seen::Same;
        added = added || seen == Seen::Added;
    }
    if (wholeList)
        m_hasBaseline = true;
    if (changed)
        save();
    if (added)
        Q_EMIT feedChanged();
    deliverPending();
}

void RequestUpdates::deliverPending()
{
    if (!m_notifier)
        return;
    load();
    bool delivered = false;
    // Oldest first, and in order: a notification that cannot be shown now
    // holds back the later ones for the next attempt.
    for (RequestUpdate &update : m_feed) {
        if (update.notified)
            continue;
        if (!m_notifier->notify(update))
            break;
        update.notified = true;
        delivered = true;
    }
    if (delivered)
        save();
}

QList<RequestUpdate> RequestUpdates::feed() const
{
    load();
    QList<RequestUpdate> newestFirst(m_feed.crbegin(), m_feed.crend());
    return newestFirst;
}

int RequestUpdates::pendingCount() const
{
    load();
    return int(std::count_if(m_feed.cbegin(), m_feed.cend(),
                             [](const RequestUpdate &update) { return !update.notified; }));
}

} // namespace pd
