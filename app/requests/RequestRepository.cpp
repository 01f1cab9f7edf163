#include "requests/RequestRepository.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "cache/CachedDocument.h"
#include "outbox/Outbox.h"
#include "outbox/RefusalReason.h"
#include "outbox/RequestTracker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

// The contract's paths (docs/api/openapi.yaml); only here.
const QString kRequests = QStringLiteral("/requests");

QString requestPath(const QString &requestId)
{
    // Escaped: a server's id is one path segment, whatever it holds.
    return kRequests + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(requestId));
}

} // namespace

RequestRepository::RequestRepository(Outbox *outbox, DocumentCache *cache, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_recent(new CachedDocument(
          cache, QStringLiteral("requests/recent"),
          ApiRequest::get(kRequests).withQuery(QStringLiteral("limit"), QString::number(kPageSize)),
          this))
{
    if (outbox) {
        connect(outbox, &Outbox::submitted, this, &RequestRepository::waitingChanged);
        connect(outbox, &Outbox::stateChanged, this, [this](qint64 id) {
            // The server's answer to a sent item is the request it filed.
            if (const auto item = m_outbox->item(id); item && !item->serverRequest.isEmpty()) {
                // A cancellation's answer is the cancelled request: the
                // outbox item that filed it keeps that status too (what
                // AppServices reads when a session ends).
                if (item->isCancellation())
                    m_outbox->recordServerRequest(item->serverRequest);
                upsert(item->serverRequest);
            }
            Q_EMIT waitingChanged();
            refreshRecent();
            followCancellation(id);
        });
    }
}

RequestRepository::~RequestRepository() = default;

void RequestRepository::setServer(ApiClient *api, RequestTracker *tracker)
{
    stopLoading();
    if (m_tracker)
        m_tracker->disconnect(this);
    if (api != m_api && (m_loaded || !m_server.isEmpty())) {
        // Another server's requests are not this one's.
        m_server.clear();
        m_loaded = false;
        m_loadError.clear();
        Q_EMIT serverRecordsReset();
    }
    m_api = api;
    m_tracker = tracker;
    if (tracker) {
        // Every poll brings the whole request: no need to fetch it again.
        connect(tracker, &RequestTracker::requestUpdated, this,
                [this](const QString &, const QJsonObject &request) { upsert(request); });
        connect(tracker, &RequestTracker::statusChanged, this, &RequestRepository::refreshRecent);
    }
}

std::optional<OutboxItem> RequestRepository::file(RequestType type, const QJsonObject &payload,
                                                  QString *error)
{
    if (!m_outbox) {
        if (error)
            *error = tr("No account is open.");
        return std::nullopt;
    }
    return m_outbox->submit(toWireName(type), payload, error);
}

std::optional<OutboxItem> RequestRepository::fileCancellation(const QString &requestId,
                                                              const QString &reason, QString *error)
{
    if (!m_outbox) {
        if (error)
            *error = tr("No account is open.");
        return std::nullopt;
    }
    QJsonObject payload{{QStringLiteral("request_id"), requestId}};
    const QString why = reason.trimmed().left(kMaxCancelReasonLength);
    if (!why.isEmpty())
        payload.insert(QStringLiteral("reason"), why);
    return m_outbox->submit(OutboxItem::cancellationType(), payload, error);
}

std::optional<OutboxItem> RequestRepository::cancellationOf(const QString &requestId) const
{
    if (!m_outbox || requestId.isEmpty())
        return std::nullopt;
    std::optional<OutboxItem> newest;
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.isCancellation() &&
            item.payload.value(QStringLiteral("request_id")).toString() == requestId)
            newest = item; // items() is oldest first
    }
    return newest;
}

std::optional<OutboxItem> RequestRepository::staleCorrectionToReapply() const
{
    if (!m_outbox)
        return std::nullopt;
    const QList<OutboxItem> items = m_outbox->items();
    std::optional<OutboxItem> refused;
    for (const OutboxItem &item : items) {
        if (RefusalReason::isStaleCorrection(item) && (!refused || item.id > refused->id))
            refused = item;
    }
    // A correction filed after the refused one settles it.
    for (const OutboxItem &item : items) {
        if (refused && isRequestType(item.type, RequestType::Edit) && item.id > refused->id)
            return std::nullopt;
    }
    if (refused && refused->payload.value(QLatin1String("changes")).toObject().isEmpty())
        return std::nullopt;
    return refused;
}

QList<RequestRecord> RequestRepository::waitingRecords() const
{
    QList<RequestRecord> waiting;
    if (!m_outbox)
        return waiting;
    const QList<OutboxItem> items = m_outbox->items();
    // Newest first, like the server's list.
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        // A cancellation is not a request of its own: it shows on the
        // request it cancels (cancellationOf()).
        if (it->state != OutboxItem::State::Sent && !it->isCancellation())
            waiting.append(RequestRecord::fromOutbox(*it));
    }
    return waiting;
}

QList<RequestRecord> RequestRepository::recentRecords() const
{
    QList<RequestRecord> records = waitingRecords();
    const QJsonArray items = m_recent->object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (auto record = RequestRecord::fromJson(item.toObject()))
            records.append(*record);
    }
    return records;
}

void RequestRepository::refreshRecent()
{
    // Only once someone showed it: nobody else needs the extra fetch.
    if (m_recent->hasCopy() || m_recent->isRefreshing())
        m_recent->refresh();
}

QList<RequestRecord> RequestRepository::records() const
{
    return waitingRecords() + m_server;
}

std::optional<RequestRecord> RequestRepository::record(const QString &key) const
{
    for (const RequestRecord &record : records()) {
        if (record.key() == key)
            return record;
    }
    return std::nullopt;
}

void RequestRepository::reload()
{
    stopLoading();
    m_loading.clear();
    m_pages = 0;
    if (!m_api) {
        const ApiError error = ApiError::network(QStringLiteral("no active server"));
        m_loadError = error.userMessage();
        Q_EMIT loadFailed(error);
        return;
    }
    fetchPage({});
    Q_EMIT loadingChanged(true);
}

void RequestRepository::stopLoading()
{
    if (ApiJob *job = m_listJob.data()) {
        m_listJob.clear();
        job->disconnect(this);
        job->cancel();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(ApiError::cancelled());
    }
}

void RequestRepository::fetchPage(const QString &cursor)
{
    ApiRequest request =
        ApiRequest::get(kRequests).withQuery(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        request.withQuery(QStringLiteral("cursor"), cursor);
    m_listJob = m_api->send(std::move(request));
    connect(m_listJob, &ApiJob::finished, this, &RequestRepository::onPage);
}

void RequestRepository::onPage(const ApiResult &result)
{
    m_listJob.clear();
    if (!result.ok()) {
        if (result.error->kind() != ApiError::Kind::Cancelled)
            m_loadError = result.error->userMessage();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(*result.error);
        return;
    }
    const QJsonObject page = result.json.object();
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (auto record = RequestRecord::fromJson(item.toObject()))
            m_loading.append(*record);
    }
    const QString next = page.value(QStringLiteral("next_cursor")).toString();
    if (!next.isEmpty() && ++m_pages < kMaxPages && m_api) {
        fetchPage(next);
        return;
    }
    m_server = std::exchange(m_loading, {});
    m_loaded = true;
    m_loadError.clear();
    trackOpen(m_server);
    Q_EMIT loadingChanged(false);
    Q_EMIT serverRecordsReset();
    Q_EMIT loaded();
}

void RequestRepository::trackOpen(const QList<RequestRecord> &records)
{
    // Follows open requests made elsewhere too (those sent from here are
    // already followed; tracking twice is harmless).
    if (!m_tracker)
        return;
    for (const RequestRecord &record : records) {
        if (!record.isFinal())
            m_tracker->track(record.id, record.status);
    }
}

void RequestRepository::refresh(const QString &requestId)
{
    if (!m_api || requestId.isEmpty())
        return;
    ApiJob *job = m_api->send(ApiRequest::get(requestPath(requestId)));
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        if (result.ok())
            upsert(result.json.object());
    });
}

void RequestRepository::cancel(const QString &requestId, const QString &reason)
{
    if (m_cancelItem != 0 || requestId.isEmpty())
        return;
    std::optional<OutboxItem> item = cancellationOf(requestId);
    if (!item || item->state == OutboxItem::State::Sent ||
        item->state == OutboxItem::State::FailedPermanently) {
        QString error;
        item = fileCancellation(requestId, reason, &error);
        if (!item) {
            Q_EMIT cancelFinished(requestId, CancelOutcome::Failed, error);
            return;
        }
    }
    m_cancelItem = item->id;
    m_cancelRequest = requestId;
}

void RequestRepository::followCancellation(qint64 id)
{
    if (id != m_cancelItem || !m_outbox)
        return;
    const std::optional<OutboxItem> item = m_outbox->item(id);
    const QString requestId = m_cancelRequest;
    const auto end = [this, &requestId](CancelOutcome outcome, const QString &message) {
        m_cancelItem = 0;
        m_cancelRequest.clear();
        Q_EMIT cancelFinished(requestId, outcome, message);
    };
    if (!item) {
        end(CancelOutcome::Failed, tr("The cancellation was removed before it was sent."));
        return;
    }
    switch (item->state) {
    case OutboxItem::State::Sending:
        return;
    case OutboxItem::State::Pending:
        // Back to waiting after an attempt: the outbox keeps it and sends it
        // when it can; the user need not wait for that.
        if (item->attempts > 0)
            end(CancelOutcome::Queued, QString());
        return;
    case OutboxItem::State::Sent:
        end(CancelOutcome::Cancelled, QString());
        return;
    case OutboxItem::State::FailedPermanently: {
        // 409: the request had ended; 404: it is gone.
        const QString slug = RefusalReason::slugOf(*item);
        if (slug == QLatin1String("conflict") || slug == QLatin1String("not-found")) {
            end(CancelOutcome::AlreadyEnded, QString());
            refresh(requestId);
        } else {
            end(CancelOutcome::Failed,
                RefusalReason::message(item->type, slug, tr("The server refused it.")));
        }
        return;
    }
    }
}

void RequestRepository::clear()
{
    stopLoading();
    m_server.clear();
    m_loaded = false;
    m_loadError.clear();
    m_cancelItem = 0; // the outbox keeps it; nobody waits for it here now
    m_cancelRequest.clear();
    Q_EMIT serverRecordsReset();
    Q_EMIT waitingChanged();
}

void RequestRepository::upsert(const QJsonObject &json)
{
    const auto record = RequestRecord::fromJson(json);
    if (!record)
        return;
    auto existing = std::find_if(m_server.begin(), m_server.end(),
                                 [&](const RequestRecord &r) { return r.id == record->id; });
    if (existing != m_server.end())
        *existing = *record;
    else
        m_server.prepend(*record);
    Q_EMIT recordChanged(*record);
}

} // namespace pd
