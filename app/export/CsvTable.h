#pragma once

#include "export/CsvReader.h"
#include "export/TabularFile.h"

#include <QList>

#include <memory>

class QIODevice;

namespace pd {

// A CSV file (header row, then records) as a TabularFile: load() walks it
// once, keeping the offset of every kStride-th record; readRows() seeks to the
// nearest indexed record and reads forward. Memory: 8 bytes per kStride rows.
class CsvTable : public TabularFile
{
public:
    static constexpr int kStride = 64;

    explicit CsvTable(std::unique_ptr<QIODevice> device);
    ~CsvTable() override;

    // Reads the header and indexes the records; false and *error (translated)
    // when the file is not valid CSV.
    bool load(QString *error);

    QStringList columns() const override { return m_columns; }
    qint64 rowCount() const override { return m_rows; }
    bool readRows(qint64 first, int count, QList<QStringList> *rows, QString *error) override;

private:
    std::unique_ptr<QIODevice> m_device;
    CsvReader m_reader;
    QStringList m_columns;
    QList<qint64> m_index;
    qint64 m_rows = 0;
};

} // namespace pd
