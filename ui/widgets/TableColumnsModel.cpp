#include "widgets/TableColumnsModel.h"

#include "common/DisplayText.h"
#include "models/CacheTableModel.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainToolTip.h"

#include <QGuiApplication>
#include <QPalette>

namespace pd {

TableColumnsModel::TableColumnsModel(CacheTableModel *source, QList<ViewColumn> columns,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_columns(std::move(columns))
{
    if (m_source)
        forwardSignals();
}

void TableColumnsModel::forwardSignals()
{
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { beginResetModel(); });
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(m_source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(m_source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(m_source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { beginResetModel(); });
    connect(m_source, &QAbstractItemModel::layoutChanged, this, [this] { endResetModel(); });
    connect(m_source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                Q_EMIT dataChanged(index(topLeft.row(), 0),
                                   index(bottomRight.row(), columnCount() - 1));
            });
}

void TableColumnsModel::setFormatter(int sourceColumn, Formatter formatter)
{
    m_formatters.insert(sourceColumn, std::move(formatter));
}

void TableColumnsModel::setFieldName(int sourceColumn, const QString &name)
{
    m_fieldNames.insert(sourceColumn, name);
}

QString TableColumnsModel::fieldName(int sourceColumn) const
{
    if (const auto it = m_fieldNames.constFind(sourceColumn); it != m_fieldNames.cend())
        return *it;
    return m_source ? m_source->headerData(sourceColumn, Qt::Horizontal).toString() : QString();
}

int TableColumnsModel::sourceSortColumn(int column) const
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sourceColumns.isEmpty())
        return -1;
    return m_columns.at(column).sourceColumns.constFirst();
}

int TableColumnsModel::columnForSourceColumn(int sourceColumn) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (!m_columns.at(i).sourceColumns.isEmpty() &&
            m_columns.at(i).sourceColumns.constFirst() == sourceColumn)
            return i;
    }
    return -1;
}

QString TableColumnsModel::fieldText(int row, int sourceColumn, bool detailed) const
{
    if (!m_source)
        return {};
    const QModelIndex index = m_source->index(row, sourceColumn);
    const CacheColumn::Kind kind = m_source->spec().columns.at(sourceColumn).kind;
    const auto formatter = m_formatters.constFind(sourceColumn);
    if (kind == CacheColumn::Kind::Text) {
        // The held start of the value: the formatter names known values,
        // and whatever it returns is shown bounded, as any server text.
        const QVariant value = m_source->data(index, CacheTableModel::RawValueRole);
        if (value.isNull())
            return {};
        const QString text =
            formatter != m_formatters.cend() ? (*formatter)(value, detailed) : value.toString();
        const qsizetype length =
            m_source->data(index, CacheTableModel::FullLengthRole).toLongLong();
        return detailed ? DisplayText::paragraph(text, DisplayText::kDetailChars, length)
                        : DisplayText::bounded(text, DisplayText::kCellChars, length);
    }
    const QVariant value = m_source->data(index);
    if (value.isNull())
        return {};
    // A number or a time that is not one: the model says so.
    if (value.userType() == QMetaType::QString)
        return value.toString();
    if (formatter != m_formatters.cend())
        return (*formatter)(value, detailed);
    if (value.userType() == QMetaType::QDateTime)
        return FieldFormat::dateTime(value.toDateTime(),
                                     detailed ? QLocale::LongFormat : QLocale::ShortFormat);
    if (value.userType() == QMetaType::LongLong || value.userType() == QMetaType::Int)
        return FieldFormat::number(value.toLongLong());
    return value.toString();
}

bool TableColumnsModel::isCut(int row, int sourceColumn) const
{
    if (!m_source)
        return false;
    const QVariant length =
        m_source->data(m_source->index(row, sourceColumn), CacheTableModel::FullLengthRole);
    return !length.isNull() && DisplayText::isCut(length.toLongLong(), DisplayText::kDetailChars);
}

bool TableColumnsModel::isLoading(int row) const
{
    // Asking the source for the row asks it to read the row's window.
    return m_source &&
           m_source->data(m_source->index(row, 0), CacheTableModel::LoadingRole).toBool();
}

int TableColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int TableColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ViewColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (isLoading(index.row())) {
            // Once in the row: the view fills it in when its window arrives.
            return role == Qt::DisplayRole && index.column() == 0 ? tr("Loading…") : QString();
        }
        QStringList parts;
        for (const int sourceColumn : column.sourceColumns) {
            const QString text = fieldText(index.row(), sourceColumn, false);
            if (!text.isEmpty())
                parts << text;
        }
        const QString text = parts.join(column.separator);
        return role == Qt::ToolTipRole ? PlainToolTip::from(text) : text;
    }
    case Qt::ForegroundRole:
        if (isLoading(index.row()))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (column.sourceColumns.size() == 1)
            return m_source->data(m_source->index(index.row(), column.sourceColumns.constFirst()),
                                  role);
        return {};
    default:
        return {};
    }
}

QVariant TableColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool TableColumnsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_source->canFetchMore({});
}

void TableColumnsModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_source)
        m_source->fetchMore({});
}

void TableColumnsModel::sort(int column, Qt::SortOrder order)
{
    const int sourceColumn = sourceSortColumn(column);
    if (m_source && sourceColumn >= 0 &&
        (sourceColumn != m_source->sortColumn() || order != m_source->sortOrder()))
        m_source->sort(sourceColumn, order);
}

} // namespace pd
