#pragma once

#include "ExportCategories.h"

#include <QString>
#include <QVariantList>

#include <functional>
#include <stdexcept>

namespace pd::server {

class Database;

// Called by a build between two of its steps (a batch of rows, a MiB hashed),
// holding no statement open: the build's chance to step aside for
// interactive work. Empty: the build never pauses.
using ExportPace = std::function<void()>;

// Thrown between batches when the reading thread was asked to stop (the
// server shutting down while an export builds in its worker).
class ExportInterrupted : public std::runtime_error
{
public:
    ExportInterrupted()
        : std::runtime_error("export interrupted")
    {}
};

// Reads one category's rows for an account in keyset batches, so memory
// stays bounded by the batch size whatever the SQL driver buffers.
class ExportRowReader
{
public:
    ExportRowReader(const Database &db, const ExportCategory &category, QString accountId,
                    ExportPace pace = {});
    // Calls `row` with the category's column values, in key order, and
    // `pace` between batches. Throws ExportInterrupted once the current
    // thread's interruption is requested.
    void forEach(const std::function<void(const QVariantList &)> &row) const;

private:
    const Database &m_db;
    const ExportCategory &m_category;
    QString m_accountId;
    ExportPace m_pace;
};

} // namespace pd::server
