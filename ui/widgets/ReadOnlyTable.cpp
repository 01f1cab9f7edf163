#include "widgets/ReadOnlyTable.h"

#include "common/DisplayText.h"

#include <QHeaderView>

namespace pd {

ReadOnlyTable::ReadOnlyTable(const QStringList &headers, const QString &accessibleName,
                             QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setHorizontalHeaderLabels(headers);
    setAccessibleName(accessibleName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    // Rows grow with their wrapped text whenever a column's width changes.
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ReadOnlyTable::setStretchColumn(int column)
{
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void ReadOnlyTable::setFitToRows(bool fit)
{
    setSizeAdjustPolicy(fit ? QAbstractScrollArea::AdjustToContents
                            : QAbstractScrollArea::AdjustIgnored);
    setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, fit ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    updateGeometry();
}

int ReadOnlyTable::addRow(const QStringList &cells)
{
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < cells.size() && column < columnCount(); ++column) {
        // Cells show what the server sent: bounded, as every view does.
        auto *item =
            new QTableWidgetItem(DisplayText::paragraph(cells.at(column), DisplayText::kCellChars));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, column, item);
    }
    return row;
}

QString ReadOnlyTable::text(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->text() : QString();
}

} // namespace pd
