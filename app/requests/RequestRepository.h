#pragma once

#include "common/ApiError.h"
#include "outbox/OutboxItem.h"
#include "requests/RequestRecord.h"
#include "requests/RequestType.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace pd {

class ApiClient;
class ApiJob;
class CachedDocument;
class DocumentCache;
class Outbox;
class RequestTracker;
struct ApiResult;

// The one owner of the user's rights requests: the server's list (every page
// of GET /requests, newest first), what still waits in the outbox, the
// statuses the RequestTracker follows, and cancelling. Pages observe it and
// draw RequestRecords; they never fetch or parse a request themselves.
class RequestRepository : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 100;
    // The contract's limit on a cancellation's reason.
    static constexpr int kMaxCancelReasonLength = 500;

    enum class CancelOutcome {
        Cancelled,
        AlreadyEnded, // the request had ended before the cancel arrived (409)
        Failed,       // refused, or could not be saved
        // The server could not be reached (or was busy): the cancellation
        // stays in the outbox and is sent later; the request's status shows
        // when it was.
        Queued,
    };
    Q_ENUM(CancelOutcome)

    // `outbox` and `cache` are not owned and may be null (no local store).
    explicit RequestRepository(Outbox *outbox, DocumentCache *cache = nullptr,
                               QObject *parent = nullptr);
    ~RequestRepository() override;

    // The active server's client and the tracker of its requests (AppServices
    // sets them when a profile is activated); neither is owned, both may be
    // null.
    void setServer(ApiClient *api, RequestTracker *tracker);

    // Whether requests can be filed (an account's local store is open).
    bool canFile() const { return !m_outbox.isNull(); }
    // Files a request in the durable outbox: once an item is returned the
    // request survives a crash and is sent once, when the server can be
    // reached. nullopt, with `error` for users, when it could not be saved.
    std::optional<OutboxItem> file(RequestType type, const QJsonObject &payload, QString *error);
    // Queues asking the server to cancel `requestId` (reason as for
    // cancel()) in the durable outbox, like a request: sent once, with its
    // own Idempotency-Key, whenever the server can be reached; the cancelled
    // request then arrives as recordChanged(). nullopt, with `error` for
    // users, when it could not be saved.
    std::optional<OutboxItem> fileCancellation(const QString &requestId, const QString &reason,
                                               QString *error);
    // The newest queued cancellation of `requestId` (pending, sent or
    // refused); nullopt when none was filed from here.
    std::optional<OutboxItem> cancellationOf(const QString &requestId) const;
    // The newest correction the server refused because the profile had
    // changed elsewhere, unless a later correction settled it: the user may
    // re-apply its changes. nullopt when there is none (or it changed nothing).
    std::optional<OutboxItem> staleCorrectionToReapply() const;

    // What waits in the outbox (not yet accepted, or refused), newest first;
    // cancellations are not among them.
    QList<RequestRecord> waitingRecords() const;
    // The server's requests as last loaded, updated since by status changes
    // and cancels; newest first.
    const QList<RequestRecord> &serverRecords() const { return m_server; }
    // Waiting first, then the server's.
    QList<RequestRecord> records() const;
    std::optional<RequestRecord> record(const QString &key) const;

    bool isLoading() const { return !m_listJob.isNull(); }
    // Whether a load completed since the last clear().
    bool hasLoaded() const { return m_loaded; }
    // The last load's error, for users; empty after a successful one.
    const QString &loadError() const { return m_loadError; }
    // A cancel() is on its way and has not ended (nor been queued).
    bool isCancelling() const { return m_cancelItem != 0; }

    // The newest requests (one page of the list) kept in the document cache,
    // so that a summary shows them at once, also offline; refreshed whenever
    // a status moves once someone has loaded it.
    CachedDocument *recentDocument() const { return m_recent; }
    // What waits in the outbox, then the recent requests (recentDocument()).
    QList<RequestRecord> recentRecords() const;

public Q_SLOTS:
    // Reads every page of the list again (a running load is dropped).
    void reload();
    // Stops a running load (loadFailed() with a Cancelled error follows).
    void stopLoading();
    // Fetches one request again.
    void refresh(const QString &requestId);
    // Asks the server to stop working on `requestId`, giving the user's
    // `reason` (kept with the request; none when empty, at most
    // kMaxCancelReasonLength characters), through the durable outbox as
    // fileCancellation() does; cancelFinished() follows. A cancellation of
    // `requestId` still waiting in the outbox is followed instead of filing
    // another.
    void cancel(const QString &requestId, const QString &reason = {});
    // Forgets the server's list (sign-out).
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A load completed: serverRecords() holds the whole list.
    void loaded();
    void loadFailed(const pd::ApiError &error);
    // One server request is new or changed (a status moved, a cancel).
    void recordChanged(const pd::RequestRecord &record);
    // waitingRecords() changed (a request queued, sent or refused).
    void waitingChanged();
    // serverRecords() was replaced or emptied.
    void serverRecordsReset();
    // `message` is for users (empty when cancelled).
    void cancelFinished(const QString &requestId, pd::RequestRepository::CancelOutcome outcome,
                        const QString &message);

private:
    void fetchPage(const QString &cursor);
    void onPage(const ApiResult &result);
    // cancelFinished() once the followed cancellation `id` has an outcome.
    void followCancellation(qint64 id);
    void upsert(const QJsonObject &json);
    void trackOpen(const QList<RequestRecord> &records);

    void refreshRecent();

    QPointer<Outbox> m_outbox;
    CachedDocument *m_recent;
    QPointer<ApiClient> m_api;
    QPointer<RequestTracker> m_tracker;
    QPointer<ApiJob> m_listJob;
    // The outbox item of the cancel() being followed, and its request.
    qint64 m_cancelItem = 0;
    QString m_cancelRequest;
    QList<RequestRecord> m_server;
    QList<RequestRecord> m_loading; // pages read so far by the running load
    int m_pages = 0;
    bool m_loaded = false;
    QString m_loadError;
};

} // namespace pd
