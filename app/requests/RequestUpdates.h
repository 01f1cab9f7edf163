#pragma once

#include "requests/RequestRecord.h"
#include "requests/RequestUpdate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace pd {

class DocumentCache;
class RequestRepository;
class RequestUpdateNotifier;

// Notices when the user's requests change status, whichever way the app
// learns it: a refresh of the list, the recent requests fetched at start or
// after a sync, a status the tracker polled. The last status seen of each
// request is kept in the local store (a local document of the
// DocumentCache), so a change that happened while the app was closed or
// offline is reported once at the next refresh, and never again after a
// restart. Each change becomes an entry of the activity feed and a desktop
// notification (through the injected RequestUpdateNotifier); a notification
// that could not be shown stays queued and is offered again at the next
// refresh, once.
//
// The first list seen for an account only sets what is known: the requests
// it already had are not news. Wiped with the store (sign-out).
class RequestUpdates : public QObject
{
    Q_OBJECT
public:
    // The most entries the feed keeps.
    static constexpr int kMaxFeed = 50;
    // The document key it is kept under.
    static QString documentKey() { return QStringLiteral("local/request-updates"); }

    // `cache` is not owned and may be null (then nothing outlives the run).
    explicit RequestUpdates(DocumentCache *cache, QObject *parent = nullptr);
    ~RequestUpdates() override;

    // Where changes are shown outside the window; not owned, may be null
    // (changes stay queued). Setting one delivers what is queued.
    void setNotifier(RequestUpdateNotifier *notifier);
    // Observes `requests`' list loads, single changes and recent requests.
    void watch(RequestRepository *requests);

    // A refresh brought `records` (a whole list or part of one).
    void observe(const QList<RequestRecord> &records);
    void observe(const RequestRecord &record);
    // Offers the queued notifications to the notifier again.
    void deliverPending();

    // Newest first.
    QList<RequestUpdate> feed() const;
    // Changes not shown as a notification yet.
    int pendingCount() const;

Q_SIGNALS:
    // The feed gained entries or was emptied.
    void feedChanged();
    // A new change (emitted once per change, before the notifier sees it).
    void updateAdded(const pd::RequestUpdate &update);

private:
    enum class Seen { Same, Recorded, Added };

    // Reads what is kept, once (again after a wipe).
    void load() const;
    void save();
    void reset();
    void take(const QList<RequestRecord> &records, bool wholeList);
    // Records `record`'s status: the same as before, recorded silently, or a
    // change added to the feed.
    Seen see(const RequestRecord &record);

    QPointer<DocumentCache> m_cache;
    RequestUpdateNotifier *m_notifier = nullptr;
    // Read lazily from the store (which may open after construction).
    mutable bool m_loaded = false;
    mutable bool m_hasBaseline = false; // a first list was seen for this account
    mutable qint64 m_nextSequence = 1;
    mutable QHash<QString, QString> m_seen; // request id -> last status seen
    mutable QList<RequestUpdate> m_feed;    // oldest first
};

} // namespace pd
