#pragma once

#include "models/CacheTableModel.h"
#include "widgets/TableColumnsModel.h"
#include "widgets/ValueLabels.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableView;

namespace pd {

class ColumnFilterCombo;
class DateRangeEdit;
class DetailPane;
class SearchField;

// A large cached table to look through: a search box (Ctrl+F; Esc clears),
// filters on enumerated columns, a date range, sortable columns, the number
// of matching rows and a pane with every field of the selected row. Rows come
// in windows from the cache model as the user scrolls; nothing here walks all
// rows, so it stays fluid with a million of them.
class DataTableView : public QWidget
{
    Q_OBJECT
public:
    // How many matching rows, for the count label ("12,345 visits").
    using CountText = std::function<QString(qint64 count)>;

    DataTableView(CacheTableModel *model, QList<ViewColumn> columns, QWidget *parent = nullptr);

    void setFormatter(int sourceColumn, TableColumnsModel::Formatter formatter);
    void setCountText(CountText text);
    // A filter combo box labelled `label` (with a mnemonic) for `sourceColumn`.
    ColumnFilterCombo *addColumnFilter(int sourceColumn, const QString &label,
                                       const QString &anyText, ValueLabels::Choices known);
    // The columns' widths as the user left them (empty while they were sized
    // to their contents), and the same restored: then they are no longer
    // fitted to the rows.
    QList<int> userColumnWidths() const;
    void restoreColumnWidths(const QList<int> &widths);
    // Sizes the columns to the header and the rows in view (never more), the
    // elastic ones narrowed to fit the table; done by itself when the first
    // rows show and when the table's width changes, until the user sizes a
    // column.
    void fitColumns();

    // Right of the count: e.g. when the data was last synced.
    void setNote(const QString &text);

    // Offers in the filters the values the table now holds (after a sync);
    // read in the background, filterValuesRefreshed() follows.
    void refreshFilterValues();
    bool filterValuesPending() const;
    bool hasActiveFilters() const;
    qint64 matchCount() const { return m_count; }

    TableColumnsModel *columnsModel() const { return m_columns; }
    QTableView *table() const { return m_table; }
    SearchField *searchField() const { return m_search; }
    DateRangeEdit *dateRange() const { return m_dateRange; }
    DetailPane *detailPane() const { return m_detail; }
    QLabel *countLabel() const { return m_countLabel; }
    // Shown beside the search box while the full-text index catches up.
    QLabel *searchIndexingLabel() const { return m_searchIndexing; }
    // Shown beside the dates while the order asked for waits for its index
    // (CacheTableModel::sortPending()).
    QLabel *sortPendingLabel() const { return m_sortPending; }
    QList<ColumnFilterCombo *> filters() const { return m_filters; }

Q_SIGNALS:
    void countChanged(qint64 count);
    void filterValuesRefreshed();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void buildTable(const QList<ViewColumn> &columns);
    void scheduleFit();
    void scheduleCount();
    void updateCount();
    void showCount(qint64 count);
    void showSortPending();
    void showDetails(const QModelIndex &current);
    void showFilterValues(const QHash<int, QStringList> &values);

    QPointer<CacheTableModel> m_model;
    TableColumnsModel *m_columns;
    QTableView *m_table;
    SearchField *m_search;
    DateRangeEdit *m_dateRange;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    QHBoxLayout *m_filterBar;
    QLabel *m_countLabel;
    QLabel *m_noteLabel;
    QLabel *m_searchIndexing;
    QLabel *m_sortPending;
    QList<ColumnFilterCombo *> m_filters;
    QList<bool> m_elastic;
    bool m_userSized = false;
    bool m_fitted = false; // to rows, at least once
    bool m_fitting = false;
    bool m_fitPending = false;
    CountText m_countText;
    qint64 m_count = -1;
    bool m_countPending = false;
};

} // namespace pd
