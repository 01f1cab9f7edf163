#pragma once

#include "account/DataLocations.h"

#include <QTreeWidget>

#include <optional>

namespace pd {

// Who else has the user's data, by category: one branch per data category
// (DataLocationsState::byCategory()), and under it each processor and
// recipient with its role, purpose, where it works and since when (dates
// in the user's locale). All text is plain and bounded; the tree is as tall
// as its rows, for a scrolled page.
class DataHoldersTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PurposeColumn, WhereColumn, SinceColumn };

    explicit DataHoldersTree(QWidget *parent = nullptr);

    void setGroups(const QList<DataCategoryHolders> &groups);
    // The category branches (top-level items), in order.
    int categoryCount() const { return topLevelItemCount(); }
    // What an objection from the current row is about; nullopt on a
    // category branch or with no current row.
    std::optional<ObjectionTarget> currentTarget() const;
    // The current holder's full purpose and situation, for a detail line.
    std::optional<DataHolder> currentHolder() const;

    // How the tree names a category ("Not stated" for the empty one).
    static QString categoryTitle(const QString &category);
    static QString roleText(ObjectionTarget::Kind kind);
    static QString whereText(const DataHolder &holder);
    static QString sinceText(const DataHolder &holder);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();

    QList<DataCategoryHolders> m_groups;
};

} // namespace pd
