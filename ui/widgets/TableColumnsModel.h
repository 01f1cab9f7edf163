#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace pd {

class CacheTableModel;

// What a table shows in one column: one or more fields of the cache model
// ("city, region, country" as one Location column), the first of which is
// what the column sorts by.
struct ViewColumn {
    QString header;
    QList<int> sourceColumns;
    QString separator = QStringLiteral(" ");
    int widthChars = 16; // width before there are rows, in average characters
    // A long free text (a page title, a message): narrowed, and its values
    // elided, when the columns do not all fit; the others never are.
    bool elastic = false;
};

// Presents a CacheTableModel with the columns a page chooses and its values
// written for people (translated enum values, local times, durations). Rows,
// windowed fetching and sorting are the cache model's: this model only maps
// columns, so it stays as cheap as its source with a million rows.
class TableColumnsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Writes one field's value; `detailed` for the detail pane (long dates).
    using Formatter = std::function<QString(const QVariant &value, bool detailed)>;

    TableColumnsModel(CacheTableModel *source, QList<ViewColumn> columns,
                      QObject *parent = nullptr);

    // Overrides how the source's `sourceColumn` is written.
    void setFormatter(int sourceColumn, Formatter formatter);
    // Overrides the name of a source field in the detail pane.
    void setFieldName(int sourceColumn, const QString &name);
    QString fieldName(int sourceColumn) const;

    CacheTableModel *source() const { return m_source; }
    int sourceSortColumn(int column) const;
    int columnForSourceColumn(int sourceColumn) const;
    // The source field `sourceColumn` of `row`, written for people.
    // Bounded as DisplayText says (shorter in the table than in the detail
    // pane).
    QString fieldText(int row, int sourceColumn, bool detailed) const;
    // Whether the detail pane shows only the start of the field.
    bool isCut(int row, int sourceColumn) const;
    // Whether `row` is being read (CacheTableModel::LoadingRole): it shows
    // "Loading…", greyed, until the source's dataChanged().
    bool isLoading(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void forwardSignals();

    QPointer<CacheTableModel> m_source;
    QList<ViewColumn> m_columns;
    QHash<int, Formatter> m_formatters;
    QHash<int, QString> m_fieldNames;
};

} // namespace pd
