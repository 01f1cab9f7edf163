#include "store/SyncStateStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pd {

namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

SyncStateStore::SyncStateStore(QSqlDatabase database)
    : m_database(std::move(database))
{}

SyncState SyncStateStore::load(const QString &category) const
{
    SyncState state;
    state.category = category;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT cursor, walk_since, walk_high_water, walk_rows, walk_total, high_water, "
        "last_complete_at FROM sync_state WHERE category = ?"));
    query.addBindValue(category);
    if (query.exec() && query.next()) {
        state.cursor = query.value(0).toString();
        state.walkSince = query.value(1).toString();
        state.walkHighWater = query.value(2).toString();
        state.walkRows = query.value(3).toLongLong();
        state.walkTotal = query.value(4).toLongLong();
        state.highWater = query.value(5).toString();
        state.lastCompleteAt = query.value(6).toString();
    }
    return state;
}

bool SyncStateStore::save(const SyncState &state, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (category, cursor, walk_since, walk_high_water, walk_rows, "
        "walk_total, high_water, last_complete_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (category) DO UPDATE SET cursor = excluded.cursor, "
        "walk_since = excluded.walk_since, walk_high_water = excluded.walk_high_water, "
        "walk_rows = excluded.walk_rows, walk_total = excluded.walk_total, "
        "high_water = excluded.high_water, last_complete_at = excluded.last_complete_at"));
    query.addBindValue(state.category);
    query.addBindValue(textOrNull(state.cursor));
    query.addBindValue(textOrNull(state.walkSince));
    query.addBindValue(textOrNull(state.walkHighWater));
    query.addBindValue(state.walkRows);
    query.addBindValue(state.walkTotal);
    query.addBindValue(textOrNull(state.highWater));
    query.addBindValue(textOrNull(state.lastCompleteAt));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool SyncStateStore::remove(const QString &category, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE category = ?"));
    query.addBindValue(category);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace pd
