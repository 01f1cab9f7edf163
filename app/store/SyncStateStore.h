#pragma once

#include "store/SyncState.h"

#include <QSqlDatabase>

namespace pd {

// Reads and writes sync_state rows on one connection (of the calling thread).
// The page ingest updates the walk columns itself, inside the page's
// transaction.
class SyncStateStore
{
public:
    explicit SyncStateStore(QSqlDatabase database);

    // The stored state, or an empty one for `category` when there is none.
    SyncState load(const QString &category) const;
    bool save(const SyncState &state, QString *error);
    bool remove(const QString &category, QString *error);

private:
    QSqlDatabase m_database;
};

} // namespace pd
