#include "widgets/CellTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QTextLayout>

namespace pd {

namespace {

// Lays the text out as QCommonStyle lays out the text of a view item: one
// line of `width` at (0, 0). False when it takes more than one line.
bool layOutLine(QTextLayout *layout, const QTextOption &textOption, int width)
{
    layout->setTextOption(textOption);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    const bool oneLine = line.isValid() && !layout->createLine().isValid();
    layout->endLayout();
    return oneLine;
}

// 0x9c separates the variants of a string QFontMetrics::elidedText() chooses
// from; QCommonStyle elides without that.
constexpr QChar kVariantSeparator(0x9c);

} // namespace

bool CellTextDelegate::paintsUnder(const QStyle *style)
{
    // These draw CE_ItemViewItem with QCommonStyle's code, which paint()
    // follows; others (platform styles, style sheets) draw their own.
    const auto drawsAsCommonStyle = [](const QStyle *candidate) {
        const char *name = candidate->metaObject()->className();
        return qstrcmp(name, "QFusionStyle") == 0 || qstrcmp(name, "QWindowsStyle") == 0 ||
               qstrcmp(name, "QCommonStyle") == 0;
    };
    if (drawsAsCommonStyle(style))
        return true;
    // A proxy that leaves item views to its base: paint() asks it for what
    // the base would (the app's DeferredIconStyle only defers icons).
    const auto *proxy = qobject_cast<const QProxyStyle *>(style);
    return proxy && proxy->baseStyle() && proxy->property(kLeavesItemViewsToBase).toBool() &&
           drawsAsCommonStyle(proxy->baseStyle());
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = (widget ? widget->style() : QApplication::style())->proxy();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    // QCommonStyle's text rectangle: the whole cell when there is nothing
    // but text beside it, less a margin on either side.
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    constexpr auto others = QStyleOptionViewItem::WrapText |
                            QStyleOptionViewItem::HasCheckIndicator |
                            QStyleOptionViewItem::HasDecoration;
    const bool plain = !(opt.features & others) && !(opt.state & QStyle::State_Editing) &&
                       (opt.decorationPosition == QStyleOptionViewItem::Left ||
                        opt.decorationPosition == QStyleOptionViewItem::Right) &&
                       textRect.width() > 0 && textRect.height() > 0 && paintsUnder(style) &&
                       !opt.text.contains(kVariantSeparator);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    if (!plain || (!opt.text.isEmpty() && !layOutLine(&layout, textOption, textRect.width()))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // As QCommonStyle::drawControl(CE_ItemViewItem) without the measuring.
    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
        // Placed as the style places it: the line's box aligned in the text
        // rectangle (only its height matters: the line is as wide).
        const QRect lineBox = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                                  layout.boundingRect().size().toSize(), textRect);
        const QPointF position(textRect.x(), lineBox.top());
        if (layout.lineAt(0).naturalTextWidth() > textRect.width()) {
            // Too wide: elided as the style elides, and laid out again.
            QTextLayout elided(
                QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textRect.width()),
                opt.font);
            layOutLine(&elided, textOption, textRect.width());
            elided.draw(painter, position);
        } else {
            layout.draw(painter, position);
        }
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace pd
