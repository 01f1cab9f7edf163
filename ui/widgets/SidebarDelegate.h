#pragma once

#include <QStyledItemDelegate>

namespace pd {

// Draws the main window's sidebar rows: a group heading above the first row
// of a group, the page's icon and title, and on the right how much it holds
// and an attention badge. The rows stay one per page (the sidebar's row is
// the page's index); what is drawn comes from the item's data roles below.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        // A heading shown above the row (the first of its group).
        HeadingRole = Qt::UserRole + 40,
        // How much the page holds ("1,234"); empty for none.
        CountRole,
        // Why the page needs the user's attention; empty for nothing.
        AttentionRole,
        // The count in words, for screen readers and the tooltip (not drawn).
        CountDescriptionRole,
    };

    explicit SidebarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The size of the icons in a sidebar `view` (the application's style's
    // when null).
    static QSize iconSize(const QWidget *view = nullptr);
    // The part of a row of `rect` below its heading, if it has one.
    static QRect rowRect(const QStyleOptionViewItem &option, const QModelIndex &index);

private:
    static int headingHeight(const QStyleOptionViewItem &option);
    static int spacing(const QStyleOptionViewItem &option);
    // Room on the right for a count and a badge, whether or not shown now,
    // so that the sidebar keeps its width as counts come.
    static int trailingWidth(const QStyleOptionViewItem &option);
};

} // namespace pd
