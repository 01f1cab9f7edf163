#pragma once

#include <QStyledItemDelegate>

class QStyle;

namespace pd {

// Paints a table cell of one line of text as QStyledItemDelegate does under
// the styles that leave item views to QCommonStyle (Fusion, Windows): the
// same background, selection, focus frame, colours from the palette and the
// model (the greyed "Loading…" rows), font, alignment, elision, direction
// and device pixel ratio, pixel for pixel. It lays the text out once where
// the style lays it out four or five times (measuring the cell three times
// before eliding and drawing it), which is most of a table's repaint.
// Anything else (icons, check boxes, wrapped or several lines, an editor,
// another style) is painted by QStyledItemDelegate. What the model says is
// unchanged, so is what assistive technology reads.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Whether cells under `style` are painted here rather than by the style.
    static bool paintsUnder(const QStyle *style);
    // A QProxyStyle that draws item views as its base style does says so
    // with this property set to true.
    static constexpr char kLeavesItemViewsToBase[] = "pdLeavesItemViewsToBase";
};

} // namespace pd
