#include "models/LoadedWindows.h"

#include <algorithm>

namespace pd {

void LoadedWindows::clear()
{
    m_windows.clear();
    m_held.clear();
    m_rowCount = 0;
    m_lastWindow = -1;
}

void LoadedWindows::append(QList<Row> rows)
{
    Q_ASSERT(!rows.isEmpty());
    Window window;
    window.bounds.first = rows.constFirst().key;
    window.bounds.last = rows.constLast().key;
    window.bounds.firstRow = m_rowCount;
    window.bounds.rows = int(rows.size());
    window.values.reserve(rows.size());
    for (Row &row : rows) {
        window.bounds.maxRowId = std::max(window.bounds.maxRowId, row.key.rowId);
        window.values.append(std::move(row.values));
    }
    m_rowCount += window.bounds.rows;
    m_windows.push_back(std::move(window));
    const int index = windowCount() - 1;
    m_held.append(index);
    use(index);
    dropBeyondLimit(index);
}

int LoadedWindows::windowOf(int row) const
{
    if (m_lastWindow >= 0) {
        const Bounds &last = bounds(m_lastWindow);
        if (row >= last.firstRow && row < last.firstRow + last.rows)
            return m_lastWindow;
    }
    const auto after =
        std::upper_bound(m_windows.cbegin(), m_windows.cend(), row,
                         [](int r, const Window &window) { return r < window.bounds.firstRow; });
    return int(after - m_windows.cbegin()) - 1;
}

const QVariantList *LoadedWindows::values(int row)
{
    const int index = windowOf(row);
    if (index < 0)
        return nullptr;
    m_lastWindow = index;
    Window &window = m_windows.at(std::size_t(index));
    if (window.values.isEmpty())
        return nullptr;
    use(index);
    return &window.values.at(row - window.bounds.firstRow);
}

void LoadedWindows::hold(int index, QList<QVariantList> values)
{
    Window &window = m_windows.at(std::size_t(index));
    values.resize(window.bounds.rows);
    if (window.values.isEmpty())
        m_held.append(index);
    window.values = std::move(values);
    use(index);
    dropBeyondLimit(index);
}

void LoadedWindows::setMaxHeld(int windows)
{
    m_maxHeld = std::max(2, windows); // a view's rows may span two windows
    dropBeyondLimit(-1);
}

int LoadedWindows::heldRows() const
{
    int rows = 0;
    for (int index : m_held)
        rows += int(m_windows.at(std::size_t(index)).values.size());
    return rows;
}

void LoadedWindows::use(int window)
{
    m_windows.at(std::size_t(window)).lastUse = ++m_uses;
}

void LoadedWindows::dropBeyondLimit(int keep)
{
    while (m_held.size() > m_maxHeld) {
        // At most m_maxHeld + 1 entries: a linear search is cheapest.
        qsizetype oldest = -1;
        for (qsizetype i = 0; i < m_held.size(); ++i) {
            const int index = m_held.at(i);
            if (index == keep)
                continue;
            if (oldest < 0 || m_windows.at(std::size_t(index)).lastUse <
                                  m_windows.at(std::size_t(m_held.at(oldest))).lastUse)
                oldest = i;
        }
        m_windows.at(std::size_t(m_held.at(oldest))).values = {};
        m_held.removeAt(oldest);
    }
}

} // namespace pd
