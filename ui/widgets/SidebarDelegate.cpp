#include "widgets/SidebarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace pd {

namespace {

QFont headingFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

SidebarDelegate::SidebarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize SidebarDelegate::iconSize(const QWidget *view)
{
    const QStyle *style = view ? view->style() : QApplication::style();
    const int small = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    // Half again the small icons: a row of the sidebar is a place to go.
    return QSize(small, small) * 3 / 2;
}

int SidebarDelegate::spacing(const QStyleOptionViewItem &option)
{
    const int metric = styleOf(option)->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    return metric > 0 ? metric : option.fontMetrics.averageCharWidth();
}

int SidebarDelegate::headingHeight(const QStyleOptionViewItem &option)
{
    // A line of the heading's font with a row's spacing above and below.
    return QFontMetrics(headingFont(option.font)).height() + 2 * spacing(option);
}

int SidebarDelegate::trailingWidth(const QStyleOptionViewItem &option)
{
    const QFontMetrics &metrics = option.fontMetrics;
    return metrics.horizontalAdvance(QStringLiteral("000,000")) + metrics.height() +
           2 * spacing(option);
}

QRect SidebarDelegate::rowRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QRect rect = option.rect;
    if (!index.data(HeadingRole).toString().isEmpty())
        rect.setTop(rect.top() + headingHeight(option));
    return rect;
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QSize size = QStyledItemDelegate::sizeHint(opt, index);
    // Rows a pointer can hit without care, spaced as the style spaces
    // controls.
    size.setHeight(qMax(size.height(), opt.fontMetrics.height()) + spacing(opt));
    size.setWidth(size.width() + trailingWidth(opt));
    const QString heading = index.data(HeadingRole).toString();
    if (!heading.isEmpty()) {
        size.setHeight(size.height() + headingHeight(opt));
        size.setWidth(
            qMax(size.width(), QFontMetrics(headingFont(opt.font)).horizontalAdvance(heading) +
                                   2 * spacing(opt)));
    }
    return size;
}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int gap = spacing(opt);
    const QString heading = index.data(HeadingRole).toString();
    if (!heading.isEmpty()) {
        QRect headingRect = option.rect;
        headingRect.setHeight(headingHeight(opt));
        headingRect.adjust(gap, gap, -gap, 0);
        painter->save();
        painter->setFont(headingFont(opt.font));
        painter->setPen(opt.palette.color(QPalette::Active, QPalette::PlaceholderText));
        painter->drawText(
            headingRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(painter->font()).elidedText(heading, Qt::ElideRight, headingRect.width()));
        painter->restore();
    }
    const QRect row = rowRect(option, index);
    opt.rect = row;

    const QString count = index.data(CountRole).toString();
    const QString attention = index.data(AttentionRole).toString();
    const int badgeSize = opt.fontMetrics.height();
    int trailing = 0;
    if (!attention.isEmpty())
        trailing += badgeSize + gap;
    if (!count.isEmpty())
        trailing += opt.fontMetrics.horizontalAdvance(count) + gap;
    // The title gives way to the count and badge, elided only if it must.
    if (trailing > 0) {
        const QStyle *style = styleOf(opt);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        const int room = qMax(0, row.right() - gap - trailing - text.left());
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, room);
    }
    const QStyle *style = styleOf(opt);
    // The style would draw a selected row's icon in its Selected mode, which
    // tints it with the highlight colour until a page's icon all but vanishes
    // on the highlight (in light and dark palettes alike); the icon keeps its
    // own colours instead, drawn where the style lays it out.
    const QIcon icon = opt.icon;
    const QRect iconRect =
        style->subElementRect(QStyle::SE_ItemViewItemDecoration, &opt, opt.widget);
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (!icon.isNull()) {
        icon.paint(painter, iconRect, opt.decorationAlignment,
                   opt.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled,
                   opt.state & QStyle::State_Open ? QIcon::On : QIcon::Off);
    }

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    int right = row.right() - gap;
    if (!attention.isEmpty()) {
        // A dot in a warning color with "!" that reads on light and dark
        // palettes alike; what it means is the row's tooltip and
        // accessible description.
        const QRect badge(right - badgeSize, row.center().y() - badgeSize / 2, badgeSize,
                          badgeSize);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe5, 0xa5, 0x0a));
        painter->drawEllipse(badge);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(QColor(0x24, 0x1f, 0x31));
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        right = badge.left() - gap;
    }
    if (!count.isEmpty()) {
        painter->setFont(opt.font);
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
        const int width = opt.fontMetrics.horizontalAdvance(count);
        painter->drawText(QRect(right - width, row.top(), width, row.height()),
                          Qt::AlignRight | Qt::AlignVCenter, count);
    }
    painter->restore();
}

} // namespace pd
