#include "ByteRange.h"

namespace pd::server {

namespace {

bool parseDigits(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = text.toLongLong();
    return true;
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty()) {
        range.m_kind = Kind::Whole;
        range.m_last = size - 1;
        return range;
    }
    const qsizetype equals = trimmed.indexOf('=');
    if (equals < 0 || trimmed.left(equals).trimmed().toLower() != "bytes")
        return range;
    const QByteArray spec = trimmed.mid(equals + 1).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return range;
    const QByteArray start = spec.left(dash).trimmed();
    const QByteArray end = spec.mid(dash + 1).trimmed();
    qint64 first = 0;
    qint64 last = 0;
    if (start.isEmpty()) {
        // Suffix range: the last `n` bytes.
        qint64 suffix = 0;
        if (!parseDigits(end, &suffix) || suffix == 0 || size == 0)
            return range;
        first = qMax<qint64>(0, size - suffix);
        last = size - 1;
    } else {
        if (!parseDigits(start, &first) || first >= size)
            return range;
        last = size - 1;
        if (!end.isEmpty()) {
            qint64 requestedLast = 0;
            if (!parseDigits(end, &requestedLast) || requestedLast < first)
                return range;
            last = qMin(requestedLast, size - 1);
        }
    }
    range.m_kind = Kind::Partial;
    range.m_first = first;
    range.m_last = last;
    return range;
}

} // namespace pd::server
