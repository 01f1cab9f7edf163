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
// in one transaction. A page may arrive in pieces: its items are written as
// they are read, so it costs about its largest item in memory, and the
// transaction commits only when the whole page was read and valid; an
// abandoned or refused page leaves the store as it was. On the last page of a walk the same
// transaction moves the walk's high-water mark into `high_water` and stamps `last_complete_at`.
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

    // Bytes of a page kept before its items are written: a page up to this
    // size (every page of an honest server) is written in one burst when
    // it has all come, so the write lock is held for the CPU time only, not
    // while the page crosses a slow network.
    static constexpr qsizetype kHoldBytes = 1024 * 1024;

    bool prepare(QString *error);
    // `walk` is the state before this page (its since, high water and row
    // count carry on); `nowIso` stamps a completed walk.
    PageIngestResult ingest(QByteArrayView body, const SyncState &walk, const QString &nowIso);

    // A page arriving in pieces: beginPage(), feed() as bytes come, then
    // endPage(), or abandonPage() when its transfer failed.
    void beginPage(const SyncState &walk);
    // false once the page is refused (malformed, a bad item, a store
    // error): pageError() says why and the page's writes are undone.
    bool feed(QByteArrayView bytes);
    PageIngestResult endPage(const QString &nowIso);
    void abandonPage();
    // Whether the page's transaction is open (items of it were written).
    bool isWriting() const { return m_inTransaction; }
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
    bool writeState(const PageIngestResult &result, const QString &nowIso);
    // Opens the page's transaction (when its first item is written).
    bool beginTransaction();
    // What the reader made of the page so far; on false, the reason is
    // kept and the page's writes undone.
    bool readResult(bool ok);
    void rollback();

    sqlite3 *m_handle;
    const SyncCategory &m_category;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_state = nullptr;
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
    bool m_inTransaction = false;
    QString m_pageError;
};

} // namespace pd
