#include "export/ArchiveTableModel.h"

#include "export/ExportLog.h"
#include "export/TabularFile.h"

#include <limits>

namespace pd {

ArchiveTableModel::ArchiveTableModel(std::unique_ptr<TabularFile> table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(std::move(table))
    , m_blocks(kCachedBlocks)
{
    if (m_table) {
        m_columns = m_table->columns();
        m_rows = int(qMin<qint64>(m_table->rowCount(), std::numeric_limits<int>::max()));
    }
}

ArchiveTableModel::~ArchiveTableModel() = default;

int ArchiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ArchiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ArchiveTableModel::cachedRowCount() const
{
    int rows = 0;
    const QList<int> keys = m_blocks.keys();
    for (const int key : keys)
        rows += int(m_blocks.object(key)->size());
    return rows;
}

const QStringList *ArchiveTableModel::row(int row) const
{
    const int block = row / kBlockRows;
    QList<QStringList> *rows = m_blocks.object(block);
    if (!rows) {
        auto loaded = std::make_unique<QList<QStringList>>();
        QString error;
        if (!m_table->readRows(qint64(block) * kBlockRows, kBlockRows, loaded.get(), &error)) {
            if (m_error != error)
                qCWarning(lcExport) << "cannot read rows of an archive file";
            m_error = error;
            return nullptr;
        }
        rows = loaded.get();
        m_blocks.insert(block, loaded.release(), 1);
    }
    const int offset = row - block * kBlockRows;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList *values = row(index.row());
    if (!values)
        return {};
    const QString value = index.column() < values->size() ? values->at(index.column()) : QString();
    if (role == Qt::ToolTipRole && !value.isEmpty()) {
        // Views render a tooltip that looks like HTML as rich text: a cell
        // is escaped and marked rich so it shows exactly as written.
        QString html = value.toHtmlEscaped();
        html.replace(QLatin1String("\r\n"), QLatin1String("<br/>"))
            .replace(QLatin1Char('\n'), QLatin1String("<br/>"));
        return QStringLiteral("<qt>%1</qt>").arg(html);
    }
    return value;
}

QVariant ArchiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section))
                                                          : QVariant();
    return section >= 0 && section < m_rows ? QVariant(section + 1) : QVariant();
}

} // namespace pd
