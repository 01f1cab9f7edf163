#include "sync/SyncWorker.h"

#include "api/RetryPolicy.h"
#include "store/FtsIndex.h"
#include "store/SortIndexes.h"
#include "store/StagingDatabase.h"
#include "store/StoreConnection.h"
#include "store/StoreSchema.h"
#include "store/SyncStateStore.h"
#include "sync/PageIngestor.h"
#include "sync/SyncCategory.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pd {

SyncWorker::SyncWorker(QString databasePath, SourceFactory sourceFactory, SyncOptions options,
                       std::shared_ptr<std::atomic_bool> cancelled, Clock clock)
    : m_path(std::move(databasePath))
    , m_sourceFactory(std::move(sourceFactory))
    , m_options(options)
    , m_cancelled(std::move(cancelled))
    , m_clock(std::move(clock))
    , m_cursorSeed(std::size_t(QRandomGenerator::global()->generate64()))
    , m_retryTimer(this)
    , m_pageTimer(this)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncWorker::fetchPage);
    m_pageTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, &SyncWorker::pageTooSlow);
}

SyncWorker::~SyncWorker()
{
    m_ingestors.clear();
    m_source.reset();
    if (m_connection)
        StagingDatabase::detach(m_connection->handle());
    m_connection.reset();
}

void SyncWorker::run(const QStringList &categories)
{
    if (m_running)
        return;
    m_running = true;
    m_elapsed.start();
    m_runRows = m_runBytes = m_rowsSinceCatchUp = 0;
    m_stoppedWalks.clear();
    QString error;
    m_connection = StoreConnection::open(m_path, StoreConnection::Mode::BulkIngest, &error);
    if (!m_connection) {
        qCWarning(lcSync) << "sync cannot open the cache:" << error;
        finish(SyncOutcome::Failed, tr("The local data cache could not be opened."));
        return;
    }
    m_source = m_sourceFactory();
    m_queue = categories;
    nextCategory();
}

void SyncWorker::abortNetwork()
{
    m_retryTimer.stop();
    if (m_source)
        m_source->abort();
    if (m_running)
        finish(SyncOutcome::Cancelled);
}

void SyncWorker::nextCategory()
{
    if (!m_running)
        return;
    if (isCancelled())
        return finish(SyncOutcome::Cancelled);
    m_category = nullptr;
    while (!m_queue.isEmpty() && !m_category) {
        const QString name = m_queue.takeFirst();
        m_category = SyncCategory::byName(name);
        if (!m_category)
            qCWarning(lcSync) << "unknown sync category" << name;
    }
    if (!m_category) {
        if (!m_stoppedWalks.isEmpty())
            return finish(SyncOutcome::Failed, m_stoppedWalks.join(QLatin1Char(' ')));
        return finish(SyncOutcome::Completed);
    }

    m_state = SyncStateStore(m_connection->database()).load(m_category->name);
    if (!m_state.walkInProgress()) {
        // A new walk: everything the first time, later only what is new.
        m_state.walkSince = m_state.highWater;
        m_state.walkHighWater.clear();
        m_state.walkRows = 0;
        m_state.walkTotal = 0;
    }
    m_attempts = 0;
    m_restartedWalk = false;
    m_bulkLoad = false;
    m_seenCursors.clear();
    m_walkPages = 0;
    m_pageBudget = m_rowBudget = -1;
    rememberCursor(m_state.cursor);
    qCInfo(lcSync) << "syncing" << m_category->name
                   << (m_state.walkInProgress()      ? "(resuming)"
                       : m_state.walkSince.isEmpty() ? "(full)"
                                                     : "(incremental)");
    fetchPage();
}

void SyncWorker::fetchPage()
{
    if (!m_running || !m_category)
        return;
    if (isCancelled())
        return finish(SyncOutcome::Cancelled);
    SyncPageRequest request;
    request.apiPath = m_category->apiPath;
    request.cursor = m_state.cursor;
    request.since = m_state.walkSince;
    request.limit = m_options.pageLimit;
    // The page is read as it arrives; a large one is staged as it comes and
    // written in onPage().
    PageIngestor &page = ingestor();
    page.beginPage(m_state);
    m_source->fetch(
        request, [this](const SyncPageReply &reply) { onPage(reply); },
        [this, &page](QByteArrayView bytes) {
            m_runBytes += bytes.size();
            const bool ok = page.feed(bytes);
            if (page.isStreaming() && !m_pageTimer.isActive())
                m_pageTimer.start(m_options.maxStreamedPageMs);
            return ok;
        });
}

PageIngestor &SyncWorker::ingestor()
{
    auto &ingestor = m_ingestors[m_category->name];
    if (!ingestor)
        ingestor = std::make_unique<PageIngestor>(m_connection->handle(), *m_category);
    return *ingestor;
}

void SyncWorker::fetchPageLater()
{
    // Queued, so a source that answers synchronously does not recurse.
    QMetaObject::invokeMethod(this, &SyncWorker::fetchPage, Qt::QueuedConnection);
}

void SyncWorker::onPage(const SyncPageReply &reply)
{
    m_pageTimer.stop();
    if (!m_running)
        return;
    if (isCancelled())
        return finish(SyncOutcome::Cancelled);
    PageIngestor &page = ingestor();
    if (!reply.ok) {
        // Refused as it arrived: the transfer stopped because of the page.
        if (!page.pageError().isEmpty())
            return pageNotStored(page.pageError());
        page.abandonPage();
        const ApiError &error = reply.error;
        if (error.httpStatus() == 400 && m_state.walkInProgress() && !m_restartedWalk) {
            // The cursor expired or no longer matches: walk again from the top.
            qCInfo(lcSync) << "cursor refused, restarting the walk of" << m_category->name;
            m_restartedWalk = true;
            m_state.cursor.clear();
            m_state.walkRows = 0;
            m_state.walkHighWater.clear();
            m_seenCursors.clear();
            QString ignored;
            SyncStateStore(m_connection->database()).save(m_state, &ignored);
            return fetchPageLater();
        }
        if (error.httpStatus() == 401) {
            Q_EMIT authenticationRequired();
            return finish(SyncOutcome::Failed, error.userMessage());
        }
        return retryOrFail(error);
    }

    // A source without a sink of its own hands the body over whole.
    if (!reply.body.isEmpty() && !page.feed(reply.body))
        return pageNotStored(page.pageError());
    m_runBytes += reply.body.size();
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const PageIngestResult result = page.endPage(now.toUTC().toString(Qt::ISODateWithMs));
    if (!result.ok)
        return pageNotStored(result.error);
    m_attempts = 0;
    m_state.cursor = result.nextCursor;
    m_state.walkRows += result.rows;
    m_state.walkTotal = qMax<qint64>(result.total, m_state.walkRows);
    m_state.walkHighWater = result.walkHighWater;
    m_runRows += result.rows;
    m_rowsSinceCatchUp += result.rows;
    Q_EMIT pageStored(m_category->name, result.rows);
    const QString runaway = result.walkComplete ? QString() : runawayReason(result);

    SyncProgress update;
    update.category = m_category->name;
    update.rows = m_state.walkRows;
    update.total = m_state.walkTotal;
    update.bytes = m_runBytes;
    const qint64 elapsed = qMax<qint64>(1, m_elapsed.elapsed());
    if (m_runRows > 0)
        update.etaMs = (update.total - update.rows) * elapsed / m_runRows;
    Q_EMIT progress(update);

    if (result.walkComplete)
        return completeCategory();
    if (!runaway.isEmpty())
        return stopWalk(runaway);
    startBulkLoadIfLarge();
    if (!m_bulkLoad && m_rowsSinceCatchUp >= m_options.catchUpEveryRows) {
        QString error;
        if (!catchUpIndex(&error))
            qCWarning(lcSync) << "full-text catch-up failed:" << error;
    }
    fetchPageLater();
}

void SyncWorker::pageNotStored(const QString &error)
{
    qCWarning(lcSync) << "page of" << m_category->name << "not stored:" << error;
    finish(SyncOutcome::Failed, tr("The server sent data the app could not store."));
}

void SyncWorker::pageTooSlow()
{
    if (!m_running || !m_category)
        return;
    // A server trickling a large page would otherwise keep the sync going
    // for as long as it likes.
    qCWarning(lcSync) << "a page of" << m_category->name << "did not end within"
                      << m_options.maxStreamedPageMs << "ms of its first staged item; dropped";
    m_source->abort();
    SyncPageReply reply;
    reply.error =
        ApiError::timeout(QStringLiteral("page not complete %1 ms after its first staged item")
                              .arg(m_options.maxStreamedPageMs));
    onPage(reply);
}

void SyncWorker::retryOrFail(const ApiError &error)
{
    ++m_attempts;
    qCInfo(lcSync) << "page fetch failed:" << error.logSummary() << "attempt" << m_attempts;
    if (!RetryPolicy::isTransient(error) || m_attempts >= m_options.maxAttempts)
        return finish(SyncOutcome::Failed, error.userMessage());
    // Full jitter: a random delay up to the exponential bound.
    const double bound = std::min(double(m_options.retryMaxDelayMs),
                                  m_options.retryBaseDelayMs * std::pow(2.0, m_attempts - 1));
    qint64 delay = qint64(QRandomGenerator::global()->bounded(bound + 1.0));
    if (const auto retryAfter = error.retryAfterSeconds()) {
        // Clamped: 10^12 s or a date in year 9999 must not park the sync for
        // good. Each wait is one of the page's attempts, so a server that
        // keeps answering 429 still ends the run after maxAttempts.
        const qint64 wanted =
            std::min<qint64>(qint64(*retryAfter) * 1000, std::max(0, m_options.maxRetryAfterMs));
        delay = std::max(delay, wanted);
        // Long enough to notice: say when the sync goes on.
        if (wanted > 0) {
            SyncProgress update;
            update.category = m_category->name;
            update.rows = m_state.walkRows;
            update.total = m_state.walkTotal;
            update.bytes = m_runBytes;
            const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
            update.retryAt = now.addMSecs(delay);
            Q_EMIT progress(update);
        }
    }
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

bool SyncWorker::rememberCursor(const QString &cursor)
{
    // Hashes, not the cursors: a hostile server's cursors may be long. A
    // false match (2^-64 per pair) would only stop a walk early.
    return cursor.isEmpty() || m_seenCursors.insert(qHash(cursor, m_cursorSeed)).second;
}

QString SyncWorker::runawayReason(const PageIngestResult &result)
{
    ++m_walkPages;
    if (m_pageBudget < 0) {
        // Fixed by the run's first page of the walk: a total that later
        // pages raise does not extend it.
        if (result.total >= 0) {
            const qint64 limit = std::max(1, m_options.pageLimit);
            const qint64 rowsBefore = m_state.walkRows - result.rows;
            const qint64 left = std::max<qint64>(0, result.total - rowsBefore);
            // This page, the rest of the total, and an empty last page when
            // the total fills the pages exactly.
            const qint64 expected = (left + limit - 1) / limit + 1;
            m_pageBudget = expected + std::max<qint64>(m_options.walkSlackPages, expected / 10);
            m_rowBudget = result.total + std::max(limit, result.total / 10);
        } else {
            m_pageBudget = m_options.maxWalkPages;
        }
    }
    const QString label = categoryLabel(m_category->name);
    if (!rememberCursor(result.nextCursor)) {
        qCWarning(lcSync) << "the server repeated a cursor of" << m_category->name << "after"
                          << m_walkPages << "pages";
        //: %1 what is downloaded ("website visits", "messages"...)
        return tr("The server kept sending the same pages; the sync of %1 stopped.").arg(label);
    }
    if (m_walkPages >= m_pageBudget || (m_rowBudget >= 0 && m_state.walkRows > m_rowBudget)) {
        qCWarning(lcSync) << "the server sent" << m_walkPages << "pages," << m_state.walkRows
                          << "rows of" << m_category->name << "past its total" << result.total;
        //: %1 what is downloaded ("website visits", "messages"...)
        return tr("The server kept sending more pages than it announced; the sync of %1 "
                  "stopped.")
            .arg(label);
    }
    return {};
}

void SyncWorker::stopWalk(const QString &message)
{
    // The rows stored so far stay. The next run walks the category again
    // from the top instead of resuming at a cursor that leads nowhere, and
    // it runs when the scheduler's interval has passed: no retry here.
    m_state.cursor.clear();
    m_state.walkRows = 0;
    m_state.walkTotal = 0;
    m_state.walkHighWater.clear();
    QString error;
    if (!SyncStateStore(m_connection->database()).save(m_state, &error))
        qCWarning(lcSync) << "walk state not reset:" << error;
    m_stoppedWalks << message;
    if (!m_bulkLoad && !catchUpIndex(&error))
        qCWarning(lcSync) << "full-text catch-up failed:" << error;
    Q_EMIT categoryCompleted(m_category->name);
    QMetaObject::invokeMethod(this, &SyncWorker::nextCategory, Qt::QueuedConnection);
}

QString SyncWorker::categoryLabel(const QString &category)
{
    if (category == QLatin1String("visits"))
        return tr("website visits");
    if (category == QLatin1String("messages"))
        return tr("messages");
    if (category == QLatin1String("logs"))
        return tr("activity logs");
    if (category == QLatin1String("third_party_records"))
        return tr("data from third parties");
    return tr("your data");
}

void SyncWorker::startBulkLoadIfLarge()
{
    // Known after the first page: its `total` says how large the walk is.
    if (m_bulkLoad || m_options.bulkLoadRows <= 0 ||
        m_state.walkTotal - m_state.walkRows < m_options.bulkLoadRows)
        return;
    QString error;
    if (SortIndexes::drop(m_connection->handle(), m_category->name, &error))
        m_bulkLoad = true;
    else
        qCWarning(lcSync) << "sort indexes kept, the bulk load is slower:" << error;
}

bool SyncWorker::catchUpIndex(QString *error)
{
    m_rowsSinceCatchUp = 0;
    const FtsTableSpec *spec = StoreSchema::ftsFor(m_category->name);
    return !spec || FtsIndex::catchUp(m_connection->handle(), *spec, m_options.ftsChunkRows, error,
                                      [this] { return isCancelled(); });
}

void SyncWorker::completeCategory()
{
    QString error;
    // After a bulk load the store's indexer builds the indexes in the
    // background, so the next category starts now.
    if (!m_bulkLoad && !catchUpIndex(&error))
        qCWarning(lcSync) << "full-text catch-up failed:" << error;
    qCInfo(lcSync) << "synced" << m_category->name << m_state.walkRows << "rows";
    Q_EMIT categoryCompleted(m_category->name);
    QMetaObject::invokeMethod(this, &SyncWorker::nextCategory, Qt::QueuedConnection);
}

void SyncWorker::finish(SyncOutcome outcome, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_pageTimer.stop();
    if (m_source)
        m_source->abort();
    m_ingestors.clear();
    // The staging file holds nothing between pages: it goes with the run.
    if (m_connection)
        StagingDatabase::detach(m_connection->handle());
    m_connection.reset();
    m_category = nullptr;
    // finish() may run inside the source's own callback: destroy it later.
    std::shared_ptr<SyncPageSource> source(std::move(m_source));
    QMetaObject::invokeMethod(
        this, [source] {}, Qt::QueuedConnection);
    Q_EMIT finished(outcome, message);
}

} // namespace pd
