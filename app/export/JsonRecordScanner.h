#pragma once

#include "export/ByteCursor.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace pd {

// Walks a JSON document that is one array of objects, object by object, in
// constant memory: finds where each element starts and ends (strings and
// escapes respected) without parsing it. Each element's bytes can then be
// parsed on their own; positions are absolute, so element starts can be
// indexed and sought back to.
class JsonRecordScanner
{
    Q_DECLARE_TR_FUNCTIONS(pd::JsonRecordScanner)
public:
    enum class Status { Record, End, Error };
    static constexpr qint64 kDefaultMaxRecordBytes = 16 * 1024 * 1024;

    explicit JsonRecordScanner(QIODevice *device, qint64 maxRecordBytes = kDefaultMaxRecordBytes);

    // Reads up to and past the array's opening bracket.
    bool begin();
    // The next element's bytes (not copied when `record` is null).
    Status next(QByteArray *record);
    // Offset of the '{' of the element next() returned last.
    qint64 recordStart() const { return m_recordStart; }
    // Continues at an element start found earlier, clearing an error.
    bool seek(qint64 offset);
    QString errorString() const { return m_error; }

    // The member names of one flat JSON object, in the order they appear.
    static QStringList keysInOrder(const QByteArray &object);

private:
    Status fail(const QString &message, qint64 offset);
    void skipWhitespace();

    ByteCursor m_cursor;
    qint64 m_maxRecordBytes;
    qint64 m_recordStart = -1;
    QString m_error;
    bool m_inArray = false;
    bool m_afterElement = false;
    bool m_failed = false;
};

} // namespace pd
