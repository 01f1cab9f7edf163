#pragma once

#include "common/ApiError.h"
#include "store/SyncState.h"
#include "sync/SyncOptions.h"
#include "sync/SyncOutcome.h"
#include "sync/SyncPageSource.h"
#include "sync/SyncProgress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <unordered_set>

namespace pd {

class PageIngestor;
struct PageIngestResult;
class StoreConnection;
struct SyncCategory;

// Runs on the sync thread: walks the pages of each category through its own
// connection and page source, writing every page in one transaction together
// with the cursor, so an interrupted walk resumes where it stopped; later
// walks ask only for rows since the high-water mark.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // What a category is called in messages to the user ("website visits"),
    // shared by the sync's own messages and the status bar.
    static QString categoryLabel(const QString &category);

    using SourceFactory = std::function<std::unique_ptr<SyncPageSource>()>;
    using Clock = std::function<QDateTime()>;

    SyncWorker(QString databasePath, SourceFactory sourceFactory, SyncOptions options,
               std::shared_ptr<std::atomic_bool> cancelled, Clock clock = {});
    ~SyncWorker() override;

    // Both are invoked through queued calls from SyncEngine.
    Q_INVOKABLE void run(const QStringList &categories);
    Q_INVOKABLE void abortNetwork();

Q_SIGNALS:
    void progress(const pd::SyncProgress &progress);
    void pageStored(const QString &category, int rows);
    // The category's walk is over for this run, complete or stopped because
    // the server kept sending pages (its stored rows stay): models over it
    // refresh. After a bulk load the category's sort indexes and full-text
    // index still have to be built (LocalStore::scheduleIndexing()).
    void categoryCompleted(const QString &category);
    // The server refused the access token; the run has stopped.
    void authenticationRequired();
    // `message` is for users (translated), empty unless the run failed.
    void finished(pd::SyncOutcome outcome, const QString &message);

private:
    void nextCategory();
    void fetchPage();
    void fetchPageLater();
    PageIngestor &ingestor();
    void onPage(const SyncPageReply &reply);
    void pageNotStored(const QString &error);
    // A streamed page took longer than SyncOptions::maxStreamedPageMs.
    void pageTooSlow();
    void retryOrFail(const ApiError &error);
    void completeCategory();
    // Why the walk must not ask for the page after this one: the server
    // repeated a cursor or sent more pages than its total allows. Empty
    // when the walk may go on.
    QString runawayReason(const PageIngestResult &result);
    void stopWalk(const QString &message);
    bool rememberCursor(const QString &cursor);
    bool catchUpIndex(QString *error);
    void startBulkLoadIfLarge();
    void finish(SyncOutcome outcome, const QString &message = {});
    // For users: "website visits", "messages"...
    bool isCancelled() const { return m_cancelled->load(); }

    QString m_path;
    SourceFactory m_sourceFactory;
    SyncOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    Clock m_clock;

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<SyncPageSource> m_source;
    std::map<QString, std::unique_ptr<PageIngestor>> m_ingestors;
    QStringList m_queue;
    const SyncCategory *m_category = nullptr;
    SyncState m_state;
    bool m_restartedWalk = false;
    bool m_bulkLoad = false; // this walk runs without sort indexes
    int m_attempts = 0;
    // The cursors of this walk so far, hashed: a repeated one means the
    // server sends the walk round in circles. Bounded by m_pageBudget.
    std::unordered_set<std::size_t> m_seenCursors;
    std::size_t m_cursorSeed = 0;
    qint64 m_walkPages = 0;     // pages of the category received in this run
    qint64 m_pageBudget = -1;   // set by the first of them
    qint64 m_rowBudget = -1;    // -1: no total announced
    QStringList m_stoppedWalks; // users' messages for walks stopped in this run
    qint64 m_rowsSinceCatchUp = 0;
    qint64 m_runRows = 0;
    qint64 m_runBytes = 0;
    QElapsedTimer m_elapsed;
    QTimer m_retryTimer;
    QTimer m_pageTimer; // runs while a large page streams in
    bool m_running = false;
};

} // namespace pd
