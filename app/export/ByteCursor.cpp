#include "export/ByteCursor.h"

#include <QIODevice>

namespace pd {

ByteCursor::ByteCursor(QIODevice *device, qint64 chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize)
{
    if (m_device)
        m_bufferStart = m_device->pos();
}

bool ByteCursor::atEnd()
{
    if (m_pos < m_buffer.size())
        return false;
    m_bufferStart += m_buffer.size();
    m_pos = 0;
    m_buffer.resize(m_chunkSize);
    const qint64 count = m_device ? m_device->read(m_buffer.data(), m_chunkSize) : -1;
    m_buffer.resize(qMax<qint64>(count, 0));
    return m_buffer.isEmpty();
}

bool ByteCursor::seek(qint64 offset)
{
    m_buffer.clear();
    m_pos = 0;
    m_bufferStart = offset;
    return m_device && m_device->seek(offset);
}

qint64 ByteCursor::scanUntil(const bool (&stops)[256], QByteArray *out)
{
    qint64 passed = 0;
    while (!atEnd()) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype end = m_pos;
        while (end < size && !stops[static_cast<unsigned char>(data[end])])
            ++end;
        if (out)
            out->append(data + m_pos, end - m_pos);
        passed += end - m_pos;
        m_pos = end;
        if (end < size)
            break;
    }
    return passed;
}

} // namespace pd
