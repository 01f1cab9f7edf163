#pragma once

#include "ExportCategories.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace pd::server {

class Database;

// Reads one category's rows for an account in keyset batches, so memory
// stays bounded by the batch size whatever the SQL driver buffers.
class ExportRowReader
{
public:
    ExportRowReader(const Database &db, const ExportCategory &category, QString accountId);
    // Calls `row` with the category's column values, in key order.
    void forEach(const std::function<void(const QVariantList &)> &row) const;

private:
    const Database &m_db;
    const ExportCategory &m_category;
    QString m_accountId;
};

} // namespace pd::server
