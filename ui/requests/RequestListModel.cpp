#include "requests/RequestListModel.h"

#include "requests/RequestText.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainToolTip.h"

#include <QApplication>
#include <QStyle>

namespace pd {

RequestListModel::RequestListModel(QObject *parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{}

QDateTime RequestListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void RequestListModel::setServerRecords(const QList<RequestRecord> &records)
{
    beginResetModel();
    m_server = records;
    endResetModel();
}

void RequestListModel::setWaitingRecords(const QList<RequestRecord> &records)
{
    beginResetModel();
    m_waiting = records;
    endResetModel();
}

void RequestListModel::upsert(const RequestRecord &record)
{
    for (qsizetype i = 0; i < m_server.size(); ++i) {
        if (m_server.at(i).id == record.id) {
            m_server[i] = record;
            const int row = int(m_waiting.size() + i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_waiting.size());
    beginInsertRows({}, row, row);
    m_server.prepend(record);
    endInsertRows();
}

const RequestRecord *RequestListModel::record(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < m_waiting.size())
        return &m_waiting.at(row);
    row -= int(m_waiting.size());
    return row < m_server.size() ? &m_server.at(row) : nullptr;
}

int RequestListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (record(row)->key() == key)
            return row;
    }
    return -1;
}

const RequestRecord *RequestListModel::recordByKey(const QString &key) const
{
    return record(rowOf(key));
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_waiting.size() + m_server.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord &item = *record(index.row());
    if (role == KeyRole)
        return item.key();
    if (role == Qt::DecorationRole && index.column() == Due && item.isOverdue(now()))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // The overdue warning is also spoken and shown on hover, not only drawn.
    if (role == Qt::AccessibleTextRole && index.column() == Due && item.isOverdue(now()))
        return RequestText::overdue(item);
    if (role == Qt::ToolTipRole && index.column() == Due && item.isOverdue(now()))
        return PlainToolTip::from(RequestText::overdue(item));
    if (role == Qt::ToolTipRole)
        return PlainToolTip::from(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Type:
        return RequestText::type(item);
    case Status:
        return RequestText::status(item);
    case Created:
        return FieldFormat::dateTime(item.createdAt);
    case Due:
        return RequestText::due(item, now());
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Request");
    case Status:
        return tr("Status");
    case Created:
        return tr("Made");
    case Due:
        return tr("Expected by");
    default:
        return {};
    }
}

} // namespace pd
