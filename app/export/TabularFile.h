#pragma once

#include <QList>
#include <QStringList>

namespace pd {

// Rows of one exported file, read on demand: the columns, how many rows, and
// any window of rows as text. Implementations index the file once and keep
// only that index in memory.
class TabularFile
{
public:
    virtual ~TabularFile() = default;
    virtual QStringList columns() const = 0;
    virtual qint64 rowCount() const = 0;
    // Rows [first, first + count) (fewer at the end), one text per column;
    // false and *error (translated) when the file cannot be read there.
    virtual bool readRows(qint64 first, int count, QList<QStringList> *rows, QString *error) = 0;
};

} // namespace pd
