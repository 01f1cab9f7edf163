#pragma once

#include <QTableWidget>

namespace pd {

// A table of server-supplied values for reading: whole-row selection, no
// editing, Tab leaves the table (arrow keys move within it). Item text is
// always plain, and no cell has a tooltip (tooltips read text as rich text).
class ReadOnlyTable : public QTableWidget
{
    Q_OBJECT
public:
    ReadOnlyTable(const QStringList &headers, const QString &accessibleName,
                  QWidget *parent = nullptr);

    // Appends a row; returns its index.
    int addRow(const QStringList &cells);
    // The text of `row`, `column` (empty when out of range).
    QString text(int row, int column) const;
    void clearRows() { setRowCount(0); }
    // Columns fit their contents, except `column`, which takes the rest of
    // the width and wraps its text.
    void setStretchColumn(int column);
    // The table is as tall as its rows (for short lists inside a scrolled
    // page: no scroll area within a scroll area).
    void setFitToRows(bool fit);
};

} // namespace pd
