#include "export/CsvTable.h"

#include <QIODevice>

namespace pd {

CsvTable::CsvTable(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device))
    , m_reader(m_device.get())
{}

CsvTable::~CsvTable() = default;

bool CsvTable::load(QString *error)
{
    m_columns.clear();
    m_index.clear();
    m_rows = 0;
    // A UTF-8 byte order mark is tolerated.
    const bool bom = m_device->peek(3) == QByteArrayLiteral("\xEF\xBB\xBF");
    m_reader.seek(bom ? 3 : 0);
    CsvReader::Status status = m_reader.readRecord(&m_columns);
    for (;;) {
        if (status == CsvReader::Status::Error) {
            if (error)
                *error = m_reader.errorString();
            return false;
        }
        if (status == CsvReader::Status::End)
            return true;
        const qint64 start = m_reader.position();
        status = m_reader.skipRecord();
        if (status == CsvReader::Status::Record) {
            if (m_rows % kStride == 0)
                m_index.append(start);
            ++m_rows;
        }
    }
}

bool CsvTable::readRows(qint64 first, int count, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    if (first < 0 || first >= m_rows || count <= 0)
        return true;
    m_reader.seek(m_index.at(first / kStride));
    for (qint64 skip = first % kStride; skip > 0; --skip) {
        if (m_reader.skipRecord() != CsvReader::Status::Record) {
            if (error)
                *error = m_reader.errorString();
            return false;
        }
    }
    QStringList fields;
    while (rows->size() < count) {
        const CsvReader::Status status = m_reader.readRecord(&fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            if (error)
                *error = m_reader.errorString();
            return false;
        }
        rows->append(fields);
    }
    return true;
}

} // namespace pd
