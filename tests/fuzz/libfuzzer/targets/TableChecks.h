#pragma once

#include "FuzzTargets.h"

#include "export/TabularFile.h"

#include <QBuffer>
#include <QByteArrayView>

#include <memory>

namespace pd::fuzz {

inline std::unique_ptr<QIODevice> readOnlyBuffer(QByteArrayView bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes.toByteArray());
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

// A loaded table reads back whole, and windows around the stride index's
// entries (every 64th row) and past the end equal that full read: seeking
// to an indexed row and walking forward agree with one straight walk.
// `sameWidth`: every row has one value per column (JSON); CSV rows may be
// ragged but never empty. `mustRead`: the full read cannot fail (CSV; a
// JSON element is parsed only when read, so it may).
inline void checkTable(TabularFile &table, bool sameWidth, bool mustRead)
{
    const qint64 rows = table.rowCount();
    require(rows >= 0, "row count is not negative");
    QList<QStringList> all;
    QString error;
    if (!table.readRows(0, int(rows) + 1, &all, &error)) {
        require(!error.isEmpty(), "a failed read says why");
        require(!mustRead, "a loaded table reads whole");
        return;
    }
    require(all.size() == rows, "the full read has every row");
    for (const QStringList &row : std::as_const(all))
        require(sameWidth ? row.size() == table.columns().size() : !row.isEmpty(),
                "rows have their values");
    for (const qint64 first :
         {qint64(-1), qint64(0), qint64(63), qint64(64), qint64(65), rows - 1, rows}) {
        for (const int count : {0, 1, 70}) {
            QList<QStringList> window;
            require(table.readRows(first, count, &window, &error),
                    "a window reads once the whole did");
            const bool none = first < 0 || count <= 0 || first >= rows;
            require(window == (none ? QList<QStringList>() : all.mid(first, count)),
                    "a window equals the same rows of the full read");
        }
    }
}

} // namespace pd::fuzz
