#pragma once

#include <QList>
#include <QVariant>
#include <QVariantList>

#include <vector>

namespace pd {

// The windows of rows a CacheTableModel has loaded, in sort order. Each
// window keeps its bounds — the sort key and row id of its first and last
// row, and the highest row id among its rows — so that one keyset query can
// read it again; only the most recently used maxHeld() windows keep their
// rows' values. Memory stays bounded however far a view scrolls: a million
// rows cost their bounds (a few bytes a window) plus maxHeld() windows.
//
// Rows the sync stores later carry higher row ids (the cache only appends,
// and a wipe resets the model), so reading a window again with
// "row_id <= maxRowId" between its bounds yields the same rows, never one
// stored since.
class LoadedWindows
{
public:
    struct Key {
        QVariant sortKey;
        qint64 rowId = 0;
    };
    struct Row {
        Key key;
        QVariantList values;
    };
    struct Bounds {
        Key first;
        Key last;
        qint64 maxRowId = 0;
        int firstRow = 0;
        int rows = 0;
    };

    static constexpr int kDefaultMaxHeld = 32;

    void clear();
    bool isEmpty() const { return m_windows.empty(); }
    int rowCount() const { return m_rowCount; }
    int windowCount() const { return int(m_windows.size()); }
    // The last row loaded: where the next window starts. Requires rows.
    const Key &lastKey() const { return m_windows.back().bounds.last; }

    // Adds the next window (non-empty, in sort order), held.
    void append(QList<Row> rows);
    // The window holding `row` (0 <= row < rowCount()).
    int windowOf(int row) const;
    const Bounds &bounds(int window) const { return m_windows.at(std::size_t(window)).bounds; }
    // Whether `window`'s values are in memory (not a use of it).
    bool isHeld(int window) const { return !m_windows.at(std::size_t(window)).values.isEmpty(); }
    // The values of `row`, or nullptr when its window is not held; counts
    // as a use of the window.
    const QVariantList *values(int row);
    // Holds `window`'s values again (read anew; bounds(window).rows of
    // them, padded or cut to that), dropping the least recently used
    // window beyond maxHeld().
    void hold(int window, QList<QVariantList> values);

    int maxHeld() const { return m_maxHeld; }
    void setMaxHeld(int windows);
    // Rows whose values are in memory.
    int heldRows() const;

private:
    struct Window {
        Bounds bounds;
        QList<QVariantList> values; // empty when not held
        quint64 lastUse = 0;
    };

    void use(int window);
    void dropBeyondLimit(int keep);

    std::vector<Window> m_windows;
    QList<int> m_held; // windows with values, at most m_maxHeld
    int m_rowCount = 0;
    int m_maxHeld = kDefaultMaxHeld;
    int m_lastWindow = -1; // the last one looked up: views read row by row
    quint64 m_uses = 0;
};

} // namespace pd
