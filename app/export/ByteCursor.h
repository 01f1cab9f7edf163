#pragma once

#include <QByteArray>

class QIODevice;

namespace pd {

// A forward reader over a QIODevice through one fixed-size buffer, with
// absolute positions and seeking: the shared base of the CSV and JSON
// record readers, which never hold more than a buffer and one record.
class ByteCursor
{
public:
    explicit ByteCursor(QIODevice *device, qint64 chunkSize = 64 * 1024);

    // False when no byte is left (reads the next chunk when needed).
    bool atEnd();
    // The next byte; only after atEnd() returned false.
    char peek() const { return m_buffer.at(m_pos); }
    char get() { return m_buffer.at(m_pos++); }
    void skip() { ++m_pos; }
    qint64 position() const { return m_bufferStart + m_pos; }
    bool seek(qint64 offset);

    // Moves past every byte that is not in `stops`, stopping before the
    // first one that is (or at the end); appends what it passed to *out
    // unless out is null. Returns the number of bytes passed.
    qint64 scanUntil(const bool (&stops)[256], QByteArray *out);

private:
    QIODevice *m_device;
    qint64 m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0;
};

} // namespace pd
