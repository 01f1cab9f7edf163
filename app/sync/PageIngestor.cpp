#include "sync/PageIngestor.h"

#include "store/SqliteHandle.h"
#include "store/StagingDatabase.h"
#include "store/SyncState.h"
#include "sync/SyncLog.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <utility>

namespace pd {

namespace {

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

PageIngestor::PageIngestor(sqlite3 *handle, const SyncCategory &category)
    : m_handle(handle)
    , m_category(category)
    , m_slots(std::size_t(category.columns.size()))
{}

PageIngestor::~PageIngestor()
{
    rollback(); // a page never ended
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_update);
    sqlite3_finalize(m_state);
    sqlite3_finalize(m_stageInsert);
    sqlite3_finalize(m_stageRead);
    sqlite3_finalize(m_stageClear);
}

bool PageIngestor::prepare(QString *error)
{
    QByteArray columns, placeholders, updates;
    for (qsizetype i = 0; i < m_category.columns.size(); ++i) {
        const QByteArray column = m_category.columns.at(i).column;
        columns += (i ? ", " : "") + column;
        placeholders += (i ? ", ?" : "?");
        if (i > 0)
            updates += (i > 1 ? ", " : "") + column + " = ?" + QByteArray::number(i + 1);
    }
    const QByteArray table = m_category.name.toUtf8();
    // No DO UPDATE: an upsert that may update makes SQLite run every insert
    // with a statement journal and the update triggers compiled in, which
    // costs more than the insert. Existing rows (rare) take the UPDATE.
    const QByteArray insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" +
                              placeholders + ") ON CONFLICT (id) DO NOTHING";
    const QByteArray update = "UPDATE " + table + " SET " + updates + " WHERE id = ?1";
    // ?1 category, ?2 cursor, ?3 walk_since, ?4 walk_high_water, ?5 walk_rows,
    // ?6 walk_total, ?7 completed at (NULL while the walk goes on). A completed
    // walk clears its cursor, since and high water and raises high_water.
    const char *state =
        "INSERT INTO sync_state (category, cursor, walk_since, walk_high_water, walk_rows, "
        "walk_total, high_water, last_complete_at) VALUES (?1, ?2, "
        "CASE WHEN ?7 IS NULL THEN ?3 END, CASE WHEN ?7 IS NULL THEN ?4 END, ?5, ?6, "
        "CASE WHEN ?7 IS NOT NULL THEN ?4 END, ?7) "
        "ON CONFLICT (category) DO UPDATE SET cursor = ?2, "
        "walk_since = CASE WHEN ?7 IS NULL THEN ?3 END, "
        "walk_high_water = CASE WHEN ?7 IS NULL THEN ?4 END, walk_rows = ?5, walk_total = ?6, "
        "high_water = CASE WHEN ?7 IS NULL THEN high_water "
        "WHEN high_water IS NULL OR ?4 > high_water THEN ?4 ELSE high_water END, "
        "last_complete_at = coalesce(?7, last_complete_at)";
    if (sqlite3_prepare_v3(m_handle, insert.constData(), int(insert.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, update.constData(), int(update.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_update, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, state, -1, SQLITE_PREPARE_PERSISTENT, &m_state, nullptr) !=
            SQLITE_OK) {
        *error = SqliteHandle::lastError(m_handle);
        return false;
    }
    return true;
}

void PageIngestor::beginItem()
{
    for (JsonScalar &slot : m_slots)
        slot = JsonScalar();
}

int PageIngestor::slotFor(std::string_view path) const
{
    // Items list their members in the same order, so try the one after the
    // previous match first.
    const int count = int(m_category.columns.size());
    for (int n = 0; n < count; ++n) {
        const int slot = (m_hint + n) % count;
        if (m_category.columns.at(slot).path == path) {
            m_hint = slot + 1;
            return slot;
        }
    }
    return -1;
}

void PageIngestor::value(int slot, const JsonScalar &value)
{
    m_slots[std::size_t(slot)] = value;
}

bool PageIngestor::bindSlot(sqlite3_stmt *statement, int slot, int index)
{
    const JsonScalar &value = m_slots[std::size_t(slot)];
    const auto type = m_category.columns.at(slot).type;
    using Kind = JsonScalar::Kind;
    if (value.kind == Kind::Null)
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    if (type == SyncColumn::Type::Boolean || value.kind == Kind::True || value.kind == Kind::False)
        return sqlite3_bind_int(statement, index, value.kind == Kind::True ? 1 : 0) == SQLITE_OK;
    if (type == SyncColumn::Type::Integer && value.kind == Kind::Number) {
        qint64 number = 0;
        const char *end = value.text.data() + value.text.size();
        const auto [stop, rc] = std::from_chars(value.text.data(), end, number);
        if (rc != std::errc() || stop != end)
            return false;
        return sqlite3_bind_int64(statement, index, number) == SQLITE_OK;
    }
    // Text columns take strings (and anything else as its JSON text).
    return sqlite3_bind_text(statement, index, value.text.data(), int(value.text.size()),
                             SQLITE_STATIC) == SQLITE_OK;
}

bool PageIngestor::bindItem(sqlite3_stmt *statement)
{
    for (int slot = 0; slot < int(m_slots.size()); ++slot) {
        if (!bindSlot(statement, slot, slot + 1)) {
            m_rowError = QStringLiteral("bad value for ") +
                         QLatin1StringView(m_category.columns.at(slot).column);
            return false;
        }
    }
    return true;
}

bool PageIngestor::bindStaged(sqlite3_stmt *statement)
{
    for (int column = 0; column < int(m_slots.size()); ++column) {
        if (sqlite3_bind_value(statement, column + 1, sqlite3_column_value(m_stageRead, column)) !=
            SQLITE_OK)
            return false;
    }
    return true;
}

bool PageIngestor::upsert(bool (PageIngestor::*bind)(sqlite3_stmt *))
{
    if (!(this->*bind)(m_insert))
        return false;
    bool ok = sqlite3_step(m_insert) == SQLITE_DONE;
    sqlite3_reset(m_insert);
    if (ok && sqlite3_changes(m_handle) == 0) {
        // The row exists: update it in place (same row_id).
        ok = (this->*bind)(m_update) && sqlite3_step(m_update) == SQLITE_DONE;
        sqlite3_reset(m_update);
    }
    if (!ok && m_rowError.isEmpty())
        m_rowError = SqliteHandle::lastError(m_handle);
    return ok;
}

bool PageIngestor::endItem()
{
    const JsonScalar &id = m_slots[0];
    const JsonScalar &time = m_slots[std::size_t(m_category.timeColumn)];
    if (id.kind != JsonScalar::Kind::String || id.text.empty() ||
        time.kind != JsonScalar::Kind::String || time.text.empty()) {
        m_rowError = QStringLiteral("item without id or time");
        return false;
    }
    if (m_staging) {
        // Checked now, as a direct write would: a bad value refuses the page
        // before more of it comes.
        if (!bindItem(m_stageInsert))
            return false;
        const bool ok = sqlite3_step(m_stageInsert) == SQLITE_DONE;
        sqlite3_reset(m_stageInsert);
        if (!ok) {
            m_rowError = SqliteHandle::lastError(m_handle);
            return false;
        }
    } else if (!beginTransaction() || !upsert(&PageIngestor::bindItem)) {
        return false;
    }
    if (time.text > std::string_view(m_highWater))
        m_highWater.assign(time.text);
    return true;
}

bool PageIngestor::writeState(const PageIngestResult &result, const QString &nowIso)
{
    const QByteArray category = m_category.name.toUtf8();
    sqlite3_bind_text(m_state, 1, category.constData(), int(category.size()), SQLITE_TRANSIENT);
    bindText(m_state, 2, result.nextCursor);
    bindText(m_state, 3, m_walk.walkSince);
    if (m_highWater.empty())
        sqlite3_bind_null(m_state, 4);
    else
        sqlite3_bind_text(m_state, 4, m_highWater.data(), int(m_highWater.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_state, 5, m_walk.walkRows + result.rows);
    sqlite3_bind_int64(m_state, 6, result.total);
    bindText(m_state, 7, result.walkComplete ? nowIso : QString());
    const bool ok = sqlite3_step(m_state) == SQLITE_DONE;
    sqlite3_reset(m_state);
    return ok;
}

bool PageIngestor::beginTransaction()
{
    if (m_inTransaction)
        return true;
    if (!SqliteHandle::exec(m_handle, "BEGIN IMMEDIATE", &m_rowError))
        return false;
    m_inTransaction = true;
    return true;
}

bool PageIngestor::beginStaging()
{
    m_staging = true;
    if (!m_stageClear) {
        QByteArray columns, placeholders;
        for (qsizetype i = 0; i < m_category.columns.size(); ++i) {
            columns += (i ? ", " : "") + QByteArray(m_category.columns.at(i).column);
            placeholders += (i ? ", ?" : "?");
        }
        // No types and no constraints: values keep what they were bound as
        // and meet the cache's constraints when they are moved.
        const QByteArray table =
            QByteArray(StagingDatabase::kSchema) + '.' + m_category.name.toUtf8();
        const QByteArray create = "CREATE TABLE IF NOT EXISTS " + table + " (" + columns + ")";
        const QByteArray insert =
            "INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ")";
        const QByteArray read = "SELECT " + columns + " FROM " + table + " ORDER BY rowid";
        const QByteArray clear = "DELETE FROM " + table;
        if (!StagingDatabase::attach(m_handle, &m_rowError) ||
            !SqliteHandle::exec(m_handle, create.constData(), &m_rowError))
            return false;
        for (auto [sql, statement] :
             {std::pair{&insert, &m_stageInsert}, std::pair{&read, &m_stageRead},
              std::pair{&clear, &m_stageClear}}) {
            if (sqlite3_prepare_v3(m_handle, sql->constData(), int(sql->size()),
                                   SQLITE_PREPARE_PERSISTENT, statement, nullptr) != SQLITE_OK) {
                m_rowError = SqliteHandle::lastError(m_handle);
                for (sqlite3_stmt **prepared : {&m_stageInsert, &m_stageRead, &m_stageClear}) {
                    sqlite3_finalize(std::exchange(*prepared, nullptr));
                }
                m_staging = false; // nothing staged to clear
                return false;
            }
        }
    }
    // Deferred: it locks only what it writes, the staging file.
    if (!SqliteHandle::exec(m_handle, "BEGIN", &m_rowError))
        return false;
    m_stageOpen = true;
    return true;
}

bool PageIngestor::moveStaged()
{
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(m_stageRead)) == SQLITE_ROW) {
        if (!upsert(&PageIngestor::bindStaged))
            break;
    }
    sqlite3_reset(m_stageRead);
    if (rc == SQLITE_DONE)
        return true;
    if (m_rowError.isEmpty())
        m_rowError = SqliteHandle::lastError(m_handle);
    return false;
}

void PageIngestor::rollback()
{
    if (m_inTransaction)
        SqliteHandle::exec(m_handle, "ROLLBACK", nullptr);
    m_inTransaction = false;
    clearStaging();
}

void PageIngestor::clearStaging()
{
    // The staging file has no journal, so no ROLLBACK there: what was
    // staged is committed and then deleted (and overwritten).
    if (m_stageOpen && !SqliteHandle::exec(m_handle, "COMMIT", nullptr))
        SqliteHandle::exec(m_handle, "ROLLBACK", nullptr);
    m_stageOpen = false;
    if (m_staging) {
        if (sqlite3_step(m_stageClear) != SQLITE_DONE)
            qCWarning(lcSync) << "staged rows not cleared:" << SqliteHandle::lastError(m_handle);
        sqlite3_reset(m_stageClear);
    }
    m_staging = false;
}

bool PageIngestor::readResult(bool ok)
{
    if (ok)
        return true;
    m_pageError = m_rowError.isEmpty() ? m_reader.error() : m_rowError;
    rollback();
    return false;
}

void PageIngestor::beginPage(const SyncState &walk)
{
    rollback();
    m_walk = walk;
    // The walk's high water so far (kept across pages and restarts).
    m_highWater = walk.walkHighWater.toStdString();
    m_rowError.clear();
    m_pageError.clear();
    m_held.clear();
    m_peakHeld = 0;
    m_holding = true;
    m_reader.begin();
    if (!m_insert)
        prepare(&m_pageError);
}

bool PageIngestor::feed(QByteArrayView bytes)
{
    if (!m_pageError.isEmpty())
        return false;
    if (m_holding) {
        if (m_held.size() + bytes.size() <= kHoldBytes) {
            m_held.append(bytes);
            m_peakHeld = std::max(m_peakHeld, m_held.size());
            return true;
        }
        // A large page: its items are staged as they come from now on.
        m_holding = false;
        const QByteArray held = std::exchange(m_held, QByteArray());
        if (!readResult(beginStaging()) || !readResult(m_reader.feed(held, *this)))
            return false;
    }
    return readResult(m_reader.feed(bytes, *this));
}

qsizetype PageIngestor::peakKeptBytes() const
{
    return std::max(m_peakHeld, m_reader.peakBufferedBytes());
}

void PageIngestor::abandonPage()
{
    rollback();
    m_held.clear();
    m_holding = false;
    if (m_pageError.isEmpty())
        m_pageError = QStringLiteral("page abandoned");
}

PageIngestResult PageIngestor::endPage(const QString &nowIso)
{
    PageIngestResult result;
    if (m_pageError.isEmpty()) {
        if (m_holding) {
            // All of it came at once: read as a whole body, which skips the
            // piecewise reader's look-ahead.
            m_holding = false;
            const QByteArray held = std::exchange(m_held, QByteArray());
            readResult(m_reader.read(held, *this));
        } else {
            readResult(m_reader.finish(*this));
        }
    }
    result.rows = m_reader.itemCount();
    result.nextCursor = m_reader.nextCursor();
    result.total = m_reader.total();
    result.walkComplete = !m_reader.hasNextCursor();
    // All staged: the staging transaction ends before the cache's begins.
    if (m_pageError.isEmpty() && m_stageOpen) {
        if (SqliteHandle::exec(m_handle, "COMMIT", &m_rowError))
            m_stageOpen = false;
        else
            m_pageError = m_rowError;
    }
    if (!m_pageError.isEmpty()) {
        result.error = m_pageError;
    } else if (!beginTransaction() || (m_staging && !moveStaged())) {
        result.error = m_rowError;
    } else if (!writeState(result, nowIso)) {
        result.error = SqliteHandle::lastError(m_handle);
    } else if (!SqliteHandle::exec(m_handle, "COMMIT", &result.error)) {
        // rolled back below
    } else {
        m_inTransaction = false;
        clearStaging();
        result.ok = true;
        result.walkHighWater = QString::fromStdString(m_highWater);
        return result;
    }
    rollback();
    result.rows = 0;
    return result;
}

PageIngestResult PageIngestor::ingest(QByteArrayView body, const SyncState &walk,
                                      const QString &nowIso)
{
    beginPage(walk);
    m_holding = false;
    if (m_pageError.isEmpty())
        readResult(m_reader.read(body, *this));
    // read() saw the end of the body: finish() only confirms it.
    return endPage(nowIso);
}

} // namespace pd
