#pragma once

#include "export/ByteCursor.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace pd {

// Reads RFC 4180 CSV record by record from a device, in constant memory:
// fields separated by ',', records by CRLF (a bare LF or CR is accepted too),
// a field in double quotes may hold ',', line breaks and "" for a quote. A
// quote inside an unquoted field, text after a closing quote or an unclosed
// quote is an error. Text is UTF-8. Positions are absolute device offsets,
// so a caller can index record starts and seek back to them.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(pd::CsvReader)
public:
    enum class Status { Record, End, Error };
    static constexpr qint64 kDefaultMaxRecordBytes = 16 * 1024 * 1024;

    explicit CsvReader(QIODevice *device, qint64 maxRecordBytes = kDefaultMaxRecordBytes);

    // The next record's fields (nothing is decoded when `fields` is null).
    Status readRecord(QStringList *fields);
    Status skipRecord() { return readRecord(nullptr); }
    // Offset of the next record.
    qint64 position() const { return m_cursor.position(); }
    // Continues at `offset` (a record start), clearing an error.
    bool seek(qint64 offset);

    // Translated, with the offset where the problem is.
    QString errorString() const { return m_error; }

private:
    Status fail(const QString &message, qint64 offset);
    bool readQuoted(QByteArray *field, qint64 recordStart);

    ByteCursor m_cursor;
    qint64 m_maxRecordBytes;
    QString m_error;
    bool m_failed = false;
};

} // namespace pd
