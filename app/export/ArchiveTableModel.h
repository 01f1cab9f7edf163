#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QStringList>

#include <memory>

namespace pd {

class TabularFile;

// The rows of one exported file for the archive viewer, read lazily: only
// the TabularFile's index stays in memory, plus at most kCachedBlocks blocks
// of kBlockRows decoded rows (the ones the view last showed), so a file of a
// million rows opens at once and scrolls in constant memory. Display and
// tooltip roles give the value as text; the vertical header numbers rows from 1.
class ArchiveTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kBlockRows = 256;
    static constexpr int kCachedBlocks = 16;

    explicit ArchiveTableModel(std::unique_ptr<TabularFile> table, QObject *parent = nullptr);
    ~ArchiveTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QStringList columnNames() const { return m_columns; }
    // Rows decoded and held in memory right now.
    int cachedRowCount() const;
    // The last read failure (translated), empty when none.
    QString errorString() const { return m_error; }

private:
    const QStringList *row(int row) const;

    std::unique_ptr<TabularFile> m_table;
    QStringList m_columns;
    int m_rows = 0;
    mutable QCache<int, QList<QStringList>> m_blocks;
    mutable QString m_error;
};

} // namespace pd
