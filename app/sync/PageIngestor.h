#pragma once

#include "store/SyncState.h"
#include "sync/JsonPageHandler.h"
#include "sync/JsonPageReader.h"
#include "sync/SyncCategory.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pd {

// What writing one page did.
struct PageIngestResult {
    bool ok = false;
    QString error; // developer detail, no row data
    int rows = 0;
    QString nextCursor; // empty on the last page
    qint64 total = -1;
    bool walkComplete = false;
    // Newest timestamp seen in the walk including this page.
    QString walkHighWater;
};

// The sync's hot path: parses one list page and upserts its items with
// prepared statements, together with the walk's new position in sync_state,
// in one short transaction. A page may arrive in pieces: a page up to
// kHoldBytes is kept and written when it has all come; the items of a
// larger one are written as they are read to the connection's staging file
// (StagingDatabase, which locks nothing of the cache), so it costs about its
// largest item in memory, and moved into the cache in one transaction when
// the whole page was read and valid. Either way the cache's write lock is
// held for CPU time only, never while a page crosses the network, and an
// abandoned or refused page leaves the store (and the staging file) as it
// was. On the last page of a walk the same transaction moves the walk's
// high-water mark into `high_water` and stamps `last_complete_at`.
// Lives on one connection (and so one thread), normally a
// StoreConnection::Mode::BulkIngest one: new rows then wait for
// FtsIndex::catchUp(); rows that already existed are updated in place and
// their index entries follow through the update trigger.
class PageIngestor : private JsonPageHandler
{
public:
    PageIngestor(sqlite3 *handle, const SyncCategory &category);
    ~PageIngestor() override;
    PageIngestor(const PageIngestor &) = delete;
    PageIngestor &operator=(const PageIngestor &) = delete;

    // Bytes of a page kept in memory: a page up to this size (every page of
    // an honest server) is parsed and written in one burst when it has all
    // come; a larger one is staged as it comes (twice the writes, constant
    // memory).
    static constexpr qsizetype kHoldBytes = 1024 * 1024;

    bool prepare(QString *error);
    // `walk` is the state before this page (its since, high water and row
    // count carry on); `nowIso` stamps a completed walk.
    PageIngestResult ingest(QByteArrayView body, const SyncState &walk, const QString &nowIso);

    // A page arriving in pieces: beginPage(), feed() as bytes come, then
    // endPage(), or abandonPage() when its transfer failed.
    void beginPage(const SyncState &walk);
    // false once the page is refused (malformed, a bad item, a store
    // error): pageError() says why and the page's staged rows are dropped.
    bool feed(QByteArrayView bytes);
    PageIngestResult endPage(const QString &nowIso);
    void abandonPage();
    // Whether the page is past kHoldBytes: its items go to the staging file
    // as they come.
    bool isStreaming() const { return m_staging; }
    // Why feed() refused the page; empty while it has not.
    const QString &pageError() const { return m_pageError; }
    // The most bytes of the current page kept at once (tests).
    qsizetype peakKeptBytes() const;

private:
    void beginItem() override;
    int slotFor(std::string_view path) const override;
    void value(int slot, const JsonScalar &value) override;
    bool endItem() override;
    bool bindSlot(sqlite3_stmt *statement, int slot, int index);
    // Binds the item's values (?1...) to m_insert or m_update.
    bool bindItem(sqlite3_stmt *statement);
    // Binds the staged row m_stageRead is on.
    bool bindStaged(sqlite3_stmt *statement);
    // Inserts the bound row, or updates it in place when its id exists.
    bool upsert(bool (PageIngestor::*bind)(sqlite3_stmt *));
    bool writeState(const PageIngestResult &result, const QString &nowIso);
    // Opens the page's transaction on the cache (when its first item is
    // written, or at the end of a staged page).
    bool beginTransaction();
    // The page went past kHoldBytes: attaches the staging file and opens a
    // transaction that writes to it only.
    bool beginStaging();
    // In the cache's transaction: the staged rows, in the order they came.
    bool moveStaged();
    // What the reader made of the page so far; on false, the reason is
    // kept and the page's writes undone.
    bool readResult(bool ok);
    // Undoes the page: rolls its cache transaction back and empties the
    // staging table.
    void rollback();
    void clearStaging();

    sqlite3 *m_handle;
    const SyncCategory &m_category;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_state = nullptr;
    sqlite3_stmt *m_stageInsert = nullptr;
    sqlite3_stmt *m_stageRead = nullptr;
    sqlite3_stmt *m_stageClear = nullptr;
    JsonPageReader m_reader;
    std::vector<JsonScalar> m_slots;
    mutable int m_hint = 0;
    std::string m_highWater;
    QString m_rowError;
    // The page under way.
    SyncState m_walk;
    QByteArray m_held; // its first bytes, up to kHoldBytes
    qsizetype m_peakHeld = 0;
    bool m_holding = false;
    bool m_inTransaction = false; // on the cache
    bool m_staging = false;       // the page's items go to the staging table
    bool m_stageOpen = false;     // the staging transaction is open
    QString m_pageError;
};

} // namespace pd
