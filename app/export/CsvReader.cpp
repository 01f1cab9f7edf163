#include "export/CsvReader.h"

namespace pd {

namespace {

struct StopSet {
    bool stops[256] = {};
    StopSet(std::initializer_list<char> chars)
    {
        for (const char c : chars)
            stops[static_cast<unsigned char>(c)] = true;
    }
};

const StopSet kUnquotedStops{',', '\r', '\n', '"'};
const StopSet kQuotedStops{'"'};

} // namespace

CsvReader::CsvReader(QIODevice *device, qint64 maxRecordBytes)
    : m_cursor(device)
    , m_maxRecordBytes(maxRecordBytes)
{}

bool CsvReader::seek(qint64 offset)
{
    m_failed = false;
    m_error.clear();
    return m_cursor.seek(offset);
}

CsvReader::Status CsvReader::fail(const QString &message, qint64 offset)
{
    m_failed = true;
    m_error = tr("Malformed CSV at byte %1: %2").arg(offset).arg(message);
    return Status::Error;
}

bool CsvReader::readQuoted(QByteArray *field, qint64 recordStart)
{
    m_cursor.skip(); // the opening quote
    for (;;) {
        m_cursor.scanUntil(kQuotedStops.stops, field);
        if (m_cursor.atEnd()) {
            fail(tr("a quoted field is not closed"), recordStart);
            return false;
        }
        m_cursor.skip(); // a quote: closing, or the first of ""
        if (!m_cursor.atEnd() && m_cursor.peek() == '"') {
            m_cursor.skip();
            if (field)
                field->append('"');
            continue;
        }
        return true;
    }
}

CsvReader::Status CsvReader::readRecord(QStringList *fields)
{
    if (fields)
        fields->clear();
    if (m_failed)
        return Status::Error;
    if (m_cursor.atEnd())
        return Status::End;
    const qint64 start = m_cursor.position();
    QByteArray field;
    QByteArray *target = fields ? &field : nullptr;
    for (;;) {
        field.clear();
        if (!m_cursor.atEnd() && m_cursor.peek() == '"') {
            if (!readQuoted(target, start))
                return Status::Error;
            if (!m_cursor.atEnd()) {
                const char next = m_cursor.peek();
                if (next != ',' && next != '\r' && next != '\n')
                    return fail(tr("text follows a closing quote"), m_cursor.position());
            }
        } else {
            m_cursor.scanUntil(kUnquotedStops.stops, target);
            if (!m_cursor.atEnd() && m_cursor.peek() == '"')
                return fail(tr("a quote inside an unquoted field"), m_cursor.position());
        }
        if (m_cursor.position() - start > m_maxRecordBytes)
            return fail(tr("the record is longer than %1 bytes").arg(m_maxRecordBytes), start);
        if (fields)
            fields->append(QString::fromUtf8(field));
        if (m_cursor.atEnd())
            return Status::Record; // the last record needs no line break
        const char separator = m_cursor.get();
        if (separator == ',')
            continue;
        if (separator == '\r' && !m_cursor.atEnd() && m_cursor.peek() == '\n')
            m_cursor.skip();
        return Status::Record;
    }
}

} // namespace pd
