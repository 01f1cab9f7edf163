#include "widgets/DataHoldersTree.h"

#include "common/DisplayText.h"
#include "widgets/PlaceFormat.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace pd {

namespace {

// Where a holder row points into m_groups: its category and holder index.
constexpr int kGroupRole = Qt::UserRole;
constexpr int kHolderRole = Qt::UserRole + 1;

} // namespace

DataHoldersTree::DataHoldersTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(5);
    setHeaderLabels({tr("Who"), tr("Role"), tr("Purpose"), tr("Where"), tr("Since")});
    setAccessibleName(tr("Who receives your data, by category"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The purpose takes what is left (the detail line under the tree shows
    // it whole); where, often a list, at most a quarter (fitColumns()).
    header()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(WhereColumn, QHeaderView::Interactive);
}

void DataHoldersTree::fitColumns()
{
    const int quarter = viewport()->width() / 4;
    header()->resizeSection(WhereColumn, std::min(sizeHintForColumn(WhereColumn), quarter));
}

void DataHoldersTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitColumns();
}

void DataHoldersTree::setGroups(const QList<DataCategoryHolders> &groups)
{
    m_groups = groups;
    clear();
    for (int g = 0; g < groups.size(); ++g) {
        const DataCategoryHolders &group = groups.at(g);
        auto *branch = new QTreeWidgetItem(this);
        //: A data category and how many processors and recipients receive it.
        branch->setText(
            NameColumn,
            tr("%1 (%n)", nullptr, int(group.holders.size())).arg(categoryTitle(group.category)));
        branch->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        branch->setFirstColumnSpanned(true);
        QFont bold = branch->font(NameColumn);
        bold.setBold(true);
        branch->setFont(NameColumn, bold);
        for (int h = 0; h < group.holders.size(); ++h) {
            const DataHolder &holder = group.holders.at(h);
            auto *row = new QTreeWidgetItem(branch);
            row->setText(NameColumn, DisplayText::bounded(holder.name));
            row->setText(RoleColumn, roleText(holder.kind));
            row->setText(PurposeColumn, DisplayText::bounded(holder.purpose));
            row->setText(WhereColumn, DisplayText::bounded(whereText(holder)));
            row->setText(SinceColumn, sinceText(holder));
            row->setData(NameColumn, kGroupRole, g);
            row->setData(NameColumn, kHolderRole, h);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    expandAll();
    fitColumns();
    updateGeometry();
}

std::optional<DataHolder> DataHoldersTree::currentHolder() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->parent())
        return std::nullopt;
    const int g = item->data(NameColumn, kGroupRole).toInt();
    const int h = item->data(NameColumn, kHolderRole).toInt();
    if (g < 0 || g >= m_groups.size() || h < 0 || h >= m_groups.at(g).holders.size())
        return std::nullopt;
    return m_groups.at(g).holders.at(h);
}

std::optional<ObjectionTarget> DataHoldersTree::currentTarget() const
{
    const std::optional<DataHolder> holder = currentHolder();
    if (!holder)
        return std::nullopt;
    const int g = currentItem()->data(NameColumn, kGroupRole).toInt();
    return holder->objectionTarget(m_groups.at(g).category);
}

QString DataHoldersTree::categoryTitle(const QString &category)
{
    if (category.isEmpty())
        return tr("Categories not stated");
    // The server's words ("personal data"), as a heading.
    QString title = DisplayText::bounded(category);
    title[0] = title.at(0).toUpper();
    return title;
}

QString DataHoldersTree::roleText(ObjectionTarget::Kind kind)
{
    return kind == ObjectionTarget::Kind::Processor ? tr("Processor") : tr("Recipient");
}

QString DataHoldersTree::whereText(const DataHolder &holder)
{
    QStringList places = holder.regionNames;
    for (const QString &code : holder.countries)
        places.append(PlaceFormat::country(code));
    if (places.isEmpty())
        return tr("Not known in advance");
    return places.join(tr(", ", "between place names"));
}

QString DataHoldersTree::sinceText(const DataHolder &holder)
{
    if (holder.since.isValid())
        return QLocale().toString(holder.since, QLocale::ShortFormat);
    // A recipient without a date has not received anything yet: it would
    // only in its situation (a court order, a business transfer).
    return holder.kind == ObjectionTarget::Kind::Recipient ? tr("Only if needed")
                                                           : tr("Not recorded");
}

QSize DataHoldersTree::sizeHint() const
{
    // As tall as every row (all branches are expanded), so the page scrolls
    // rather than the tree.
    int rows = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        rows += 1 + topLevelItem(i)->childCount();
    const int rowHeight =
        rows > 0 ? qMax(indexRowSizeHint(indexFromItem(topLevelItem(0))), fontMetrics().height())
                 : 0;
    const int height = header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth();
    return {QTreeWidget::sizeHint().width(), height};
}

} // namespace pd
