#include "export/JsonRecordScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

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

const StopSet kStructureStops{'"', '{', '}', '[', ']'};
const StopSet kStringStops{'"', '\\'};

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

JsonRecordScanner::JsonRecordScanner(QIODevice *device, qint64 maxRecordBytes)
    : m_cursor(device)
    , m_maxRecordBytes(maxRecordBytes)
{}

JsonRecordScanner::Status JsonRecordScanner::fail(const QString &message, qint64 offset)
{
    m_failed = true;
    m_error = tr("Malformed JSON at byte %1: %2").arg(offset).arg(message);
    return Status::Error;
}

void JsonRecordScanner::skipWhitespace()
{
    while (!m_cursor.atEnd() && isWhitespace(m_cursor.peek()))
        m_cursor.skip();
}

bool JsonRecordScanner::begin()
{
    m_failed = false;
    m_afterElement = false;
    if (!m_cursor.seek(0)) {
        fail(tr("cannot read the file"), 0);
        return false;
    }
    // A UTF-8 byte order mark is tolerated.
    if (!m_cursor.atEnd() && m_cursor.peek() == '\xEF') {
        for (int i = 0; i < 3 && !m_cursor.atEnd(); ++i)
            m_cursor.skip();
    }
    skipWhitespace();
    if (m_cursor.atEnd() || m_cursor.get() != '[') {
        fail(tr("the file is not a JSON array"), m_cursor.position());
        return false;
    }
    m_inArray = true;
    return true;
}

bool JsonRecordScanner::seek(qint64 offset)
{
    m_failed = false;
    m_error.clear();
    m_inArray = true;
    m_afterElement = false;
    return m_cursor.seek(offset);
}

JsonRecordScanner::Status JsonRecordScanner::next(QByteArray *record)
{
    if (record)
        record->clear();
    if (m_failed || !m_inArray)
        return Status::Error;
    skipWhitespace();
    if (!m_cursor.atEnd() && m_afterElement && m_cursor.peek() == ',') {
        m_cursor.skip();
        skipWhitespace();
        m_afterElement = false;
        if (!m_cursor.atEnd() && m_cursor.peek() == ']')
            return fail(tr("a comma before the closing bracket"), m_cursor.position());
    }
    if (m_cursor.atEnd())
        return fail(tr("the array is not closed"), m_cursor.position());
    if (m_cursor.peek() == ']') {
        m_cursor.skip();
        return Status::End;
    }
    if (m_afterElement)
        return fail(tr("a comma is missing between elements"), m_cursor.position());
    if (m_cursor.peek() != '{')
        return fail(tr("an element of the array is not an object"), m_cursor.position());
    m_recordStart = m_cursor.position();
    int depth = 0;
    for (;;) {
        m_cursor.scanUntil(kStructureStops.stops, record);
        if (m_cursor.atEnd())
            return fail(tr("an object is not closed"), m_recordStart);
        const char c = m_cursor.get();
        if (record)
            record->append(c);
        if (c == '"') {
            for (;;) {
                m_cursor.scanUntil(kStringStops.stops, record);
                if (m_cursor.atEnd())
                    return fail(tr("a string is not closed"), m_recordStart);
                const char s = m_cursor.get();
                if (record)
                    record->append(s);
                if (s == '"')
                    break;
                if (!m_cursor.atEnd()) { // the escaped character
                    const char escaped = m_cursor.get();
                    if (record)
                        record->append(escaped);
                }
            }
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (--depth == 0) {
            break;
        }
        if (m_cursor.position() - m_recordStart > m_maxRecordBytes)
            return fail(tr("an object is longer than %1 bytes").arg(m_maxRecordBytes),
                        m_recordStart);
    }
    m_afterElement = true;
    return Status::Record;
}

QStringList JsonRecordScanner::keysInOrder(const QByteArray &object)
{
    QStringList keys;
    int depth = 0;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const char c = object.at(i);
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < object.size() && object.at(i) != '"'; ++i) {
                if (object.at(i) == '\\')
                    ++i;
            }
            if (depth != 1)
                continue;
            qsizetype after = i + 1;
            while (after < object.size() && isWhitespace(object.at(after)))
                ++after;
            if (after >= object.size() || object.at(after) != ':')
                continue;
            const QByteArray text = '[' + object.mid(start, i - start + 1) + ']';
            keys.append(QJsonDocument::fromJson(text).array().at(0).toString());
        }
    }
    return keys;
}

} // namespace pd
