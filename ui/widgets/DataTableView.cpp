#include "widgets/DataTableView.h"

#include "models/CacheTableModel.h"
#include "widgets/CellTextDelegate.h"
#include "widgets/ColumnFilterCombo.h"
#include "widgets/DateRangeEdit.h"
#include "widgets/DetailPane.h"
#include "widgets/SearchField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace pd {

DataTableView::DataTableView(CacheTableModel *model, QList<ViewColumn> columns, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_columns(new TableColumnsModel(model, columns, this))
    , m_table(new QTableView(this))
    , m_search(new SearchField(this))
    , m_dateRange(new DateRangeEdit(this))
    , m_detail(new DetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filterBar(new QHBoxLayout)
    , m_countLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_searchIndexing(new QLabel(tr("Search is still indexing: some rows may be missing."), this))
    , m_sortPending(new QLabel(this))
{
    m_countText = [](qint64 count) {
        return tr("%Ln row(s)", nullptr, int(qMin<qint64>(count, INT_MAX)));
    };
    buildTable(columns);
    if (model) {
        // A jump of the scrollbar shows "Loading…" rows rather than wait
        // for the disk on this thread; they fill in when read.
        model->setWaitsForRows(false);
        connect(model, &CacheTableModel::matchCountReady, this, &DataTableView::showCount);
        connect(model, &CacheTableModel::distinctValuesReady, this,
                &DataTableView::showFilterValues);
        connect(model, &CacheTableModel::searchIndexingChanged, m_searchIndexing,
                &QLabel::setVisible);
        connect(model, &CacheTableModel::sortPendingChanged, this, &DataTableView::showSortPending);
        // From one waiting order to another: the same state, another name.
        connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::showSortPending);
    }

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_filterBar->addWidget(searchLabel);
    m_filterBar->addWidget(m_search, 1);
    m_searchIndexing->setTextFormat(Qt::PlainText);
    m_searchIndexing->setAccessibleName(tr("Search status"));
    m_searchIndexing->setVisible(model && model->searchIndexing());
    m_filterBar->addWidget(m_searchIndexing);

    auto *rangeBar = new QHBoxLayout;
    rangeBar->addWidget(m_dateRange);
    m_sortPending->setTextFormat(Qt::PlainText);
    m_sortPending->setAccessibleName(tr("Sort status"));
    // Wrapped: a long column name must not widen the page.
    m_sortPending->setWordWrap(true);
    rangeBar->addWidget(m_sortPending, 1);
    rangeBar->addStretch();
    showSortPending();

    for (QLabel *label : {m_countLabel, m_noteLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_countLabel->setAccessibleName(tr("Number of matching rows"));
    m_noteLabel->setAccessibleName(tr("Sync status"));
    auto *statusBar = new QHBoxLayout;
    statusBar->addWidget(m_countLabel);
    statusBar->addStretch();
    statusBar->addWidget(m_noteLabel);

    setObjectName(QStringLiteral("dataTable"));
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(m_filterBar);
    layout->addLayout(rangeBar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusBar);

    // Window-wide: Ctrl+F searches the page that is showing (hidden pages'
    // shortcuts are inactive).
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &SearchField::searchChanged, this, [this](const QString &text) {
        if (m_model)
            m_model->setSearchText(text);
    });
    connect(m_dateRange, &DateRangeEdit::rangeChanged, this,
            [this](const QDateTime &from, const QDateTime &until) {
                if (m_model)
                    m_model->setDateRange(from, until);
            });
    connect(m_columns, &QAbstractItemModel::modelReset, this, &DataTableView::scheduleCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DataTableView::showDetails);
    // The current row's values arrived after it became current.
    connect(m_columns, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row())
                    showDetails(current);
            });
    connect(m_columns, &QAbstractItemModel::modelReset, m_detail, &DetailPane::clear);
    // New filters show their first rows; staying scrolled down would make
    // the view fetch window after window to fill the same position.
    connect(m_columns, &QAbstractItemModel::modelReset, m_table, &QTableView::scrollToTop);

    setTabOrder(m_search, m_dateRange->presetBox());
    setTabOrder(m_dateRange->presetBox(), m_dateRange->fromEdit());
    setTabOrder(m_dateRange->fromEdit(), m_dateRange->toEdit());
    setTabOrder(m_dateRange->toEdit(), m_table);
    updateCount();
}

void DataTableView::buildTable(const QList<ViewColumn> &columns)
{
    m_table->setModel(m_columns);
    // The cells' text laid out once per repaint, where the style lays it out
    // about three times (measuring, eliding, drawing).
    m_table->setItemDelegate(new CellTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAccessibleName(tr("Rows"));
    // Every row has the height of one line of text: the view never measures
    // rows, whatever their number.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    rows->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setTextElideMode(Qt::ElideRight);
    const int charWidth = fontMetrics().averageCharWidth();
    for (int i = 0; i < columns.size(); ++i) {
        m_table->setColumnWidth(i, columns.at(i).widthChars * charWidth);
        m_elastic.append(columns.at(i).elastic);
    }
    // A width the user gives a column stays (fitColumns() no longer runs).
    // (The last column stretches to the table's edge by itself.)
    connect(header, &QHeaderView::sectionResized, this, [this, header](int column) {
        if (!m_fitting && column != header->count() - 1)
            m_userSized = true;
    });
    // Fitted to the first rows shown, and again when the table's width
    // changes; not at each search or scrolled-in window, which would make
    // the columns jump under the user.
    connect(m_columns, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_fitted)
            scheduleFit();
    });
    m_table->installEventFilter(this);
    // The cache model starts sorted by time, newest first (column 0).
    const int sortColumn =
        m_model ? qMax(0, m_columns->columnForSourceColumn(m_model->sortColumn())) : 0;
    header->setSortIndicator(sortColumn, m_model ? m_model->sortOrder() : Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
}

bool DataTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleFit();
    return QWidget::eventFilter(watched, event);
}

void DataTableView::scheduleFit()
{
    // Once per burst of changes, after the view has laid out its rows.
    if (m_userSized || std::exchange(m_fitPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitColumns();
    });
}

void DataTableView::fitColumns()
{
    const int columns = m_columns->columnCount();
    if (m_userSized || !m_table->isVisible() || m_columns->rowCount() == 0 || columns == 0)
        return;
    // The rows in view only: a table of a million rows costs as much as one
    // of forty.
    const int rows = m_columns->rowCount();
    const int top = qMax(0, m_table->rowAt(0));
    int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = rows - 1;
    bottom = qMin(bottom, top + 200);
    QHeaderView *header = m_table->horizontalHeader();
    // A cell is drawn in its column less the grid line.
    const int grid = m_table->showGrid() ? 1 : 0;
    QList<int> widths(columns);
    int total = 0;
    int elasticTotal = 0;
    for (int column = 0; column < columns; ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = top; row <= bottom; ++row)
            width = qMax(width,
                         m_table->sizeHintForIndex(m_columns->index(row, column)).width() + grid);
        widths[column] = width;
        total += width;
        if (m_elastic.value(column))
            elasticTotal += width;
    }
    // Too wide for the table: the elastic columns give up their width in
    // proportion, down to a floor where a few words still show; past that
    // the table scrolls sideways rather than cut a time or a place.
    const int available = m_table->viewport()->width();
    if (total > available && elasticTotal > 0) {
        const int floor = fontMetrics().averageCharWidth() * 14;
        const int excess = total - available;
        for (int column = 0; column < columns; ++column) {
            if (!m_elastic.value(column))
                continue;
            const int share = int(qint64(excess) * widths[column] / elasticTotal);
            widths[column] = qMax(qMin(floor, widths[column]), widths[column] - share);
        }
    }
    m_fitting = true;
    for (int column = 0; column < columns; ++column)
        header->resizeSection(column, widths[column]);
    m_fitting = false;
    m_fitted = true;
}

QList<int> DataTableView::userColumnWidths() const
{
    if (!m_userSized)
        return {};
    QList<int> widths;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        widths.append(header->sectionSize(column));
    return widths;
}

void DataTableView::restoreColumnWidths(const QList<int> &widths)
{
    QHeaderView *header = m_table->horizontalHeader();
    // Saved by another version with other columns: fitted instead.
    if (widths.size() != header->count())
        return;
    m_fitting = true;
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, qMax(widths.at(column), header->minimumSectionSize()));
    m_fitting = false;
    m_userSized = true;
}

void DataTableView::setFormatter(int sourceColumn, TableColumnsModel::Formatter formatter)
{
    m_columns->setFormatter(sourceColumn, std::move(formatter));
}

void DataTableView::setCountText(CountText text)
{
    m_countText = std::move(text);
    updateCount();
}

ColumnFilterCombo *DataTableView::addColumnFilter(int sourceColumn, const QString &label,
                                                  const QString &anyText,
                                                  ValueLabels::Choices known)
{
    auto *combo = new ColumnFilterCombo(sourceColumn, anyText, std::move(known), this);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(combo);
    combo->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_filterBar->addWidget(buddy);
    m_filterBar->addWidget(combo);
    QWidget *previous =
        m_filters.isEmpty() ? static_cast<QWidget *>(m_search) : m_filters.constLast();
    m_filters.append(combo);
    setTabOrder(previous, combo);
    setTabOrder(combo, m_dateRange->presetBox());
    connect(combo, &ColumnFilterCombo::filterChanged, this,
            [this](int column, const QVariant &value) {
                if (m_model)
                    m_model->setColumnFilter(column, value);
            });
    return combo;
}

void DataTableView::setNote(const QString &text)
{
    m_noteLabel->setText(text);
}

void DataTableView::refreshFilterValues()
{
    if (m_filters.isEmpty() || !m_model)
        return;
    QList<int> columns;
    for (const ColumnFilterCombo *combo : std::as_const(m_filters))
        columns << combo->sourceColumn();
    m_model->readDistinctValues(columns); // showFilterValues() follows
}

void DataTableView::showFilterValues(const QHash<int, QStringList> &values)
{
    for (ColumnFilterCombo *combo : std::as_const(m_filters)) {
        if (const auto it = values.constFind(combo->sourceColumn()); it != values.cend())
            combo->setAvailableValues(*it);
    }
    Q_EMIT filterValuesRefreshed();
}

bool DataTableView::filterValuesPending() const
{
    return m_model && m_model->distinctValuesPending();
}

bool DataTableView::hasActiveFilters() const
{
    if (!m_search->appliedText().isEmpty() || m_dateRange->from().isValid())
        return true;
    for (const ColumnFilterCombo *combo : m_filters) {
        if (!combo->value().isNull())
            return true;
    }
    return false;
}

void DataTableView::scheduleCount()
{
    // Counted after the view has its first window, once per burst of changes.
    if (m_countPending)
        return;
    m_countPending = true;
    QTimer::singleShot(0, this, &DataTableView::updateCount);
}

void DataTableView::updateCount()
{
    m_countPending = false;
    if (m_model)
        m_model->countMatches(); // showCount() follows
    else
        showCount(-1);
}

void DataTableView::showCount(qint64 count)
{
    m_count = count;
    if (m_count < 0) {
        m_countLabel->setText(m_model && !m_model->lastError().isEmpty()
                                  ? tr("The search could not run.")
                                  : QString());
    } else if (m_model && m_model->countIsCapped() && m_count > CacheTableModel::kCountCap) {
        // A search with other filters is counted only so far.
        m_countLabel->setText(tr("More than %1").arg(m_countText(CacheTableModel::kCountCap)));
    } else {
        QString text = m_countText(m_count);
        if (m_count == 0 && hasActiveFilters())
            text = tr("%1 — try another search or period").arg(text);
        m_countLabel->setText(text);
    }
    Q_EMIT countChanged(m_count);
}

void DataTableView::showSortPending()
{
    const bool pending = m_model && m_model->sortPending();
    if (pending) {
        const int column = m_columns->columnForSourceColumn(m_model->sortColumn());
        const QString name =
            column >= 0 ? m_columns->headerData(column, Qt::Horizontal).toString()
                        : m_model->headerData(m_model->sortColumn(), Qt::Horizontal).toString();
        m_sortPending->setText(
            tr("Sorting by %1 is still being prepared… Showing the newest first meanwhile.")
                .arg(name));
    }
    m_sortPending->setVisible(pending);
}

void DataTableView::showDetails(const QModelIndex &current)
{
    // A row not read yet shows an empty pane, not "Not recorded" fields, until
    // its values arrive (dataChanged()).
    if (!current.isValid() || !m_model || m_columns->isLoading(current.row())) {
        m_detail->clear();
        return;
    }
    QList<DetailPane::Field> fields;
    QList<int> cut;
    const int row = current.row();
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column) {
        fields.append({m_columns->fieldName(column), m_columns->fieldText(row, column, true)});
        if (m_columns->isCut(row, column))
            cut << column;
    }
    QPointer<CacheTableModel> model = m_model;
    m_detail->setFields(fields, cut, [model, row](int column) {
        return model ? model->wholeText(row, column) : QString();
    });
}

} // namespace pd
