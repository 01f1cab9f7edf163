#pragma once

#include "sync/JsonPageHandler.h"
#include "sync/JsonPageReader.h"
#include "sync/SyncCategory.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pd {

struct SyncState;

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
// in one transaction. On the last page of a walk the same transaction moves
// the walk's high-water mark into `high_water` and stamps `last_complete_at`.
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

    bool prepare(QString *error);
    // `walk` is the state before this page (its since, high water and row
    // count carry on); `nowIso` stamps a completed walk.
    PageIngestResult ingest(QByteArrayView body, const SyncState &walk, const QString &nowIso);

private:
    void beginItem() override;
    int slotFor(std::string_view path) const override;
    void value(int slot, const JsonScalar &value) override;
    bool endItem() override;
    bool bindSlot(sqlite3_stmt *statement, int slot, int index);
    bool writeState(const PageIngestResult &result, const SyncState &walk, const QString &nowIso);

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
};

} // namespace pd
