#pragma once

#include <QByteArray>

namespace pd::server {

// A `Range` header resolved against a representation of `size` bytes
// (RFC 9110 §14.1.2), restricted to what the archive route supports: one
// `bytes` range.
class ByteRange
{
public:
    enum class Kind {
        Whole,         // no Range header
        Partial,       // one satisfiable range: first..last
        Unsatisfiable, // anything else: 416
    };

    static ByteRange parse(const QByteArray &header, qint64 size);

    Kind kind() const { return m_kind; }
    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }
    qint64 length() const { return m_last - m_first + 1; }

private:
    Kind m_kind = Kind::Unsatisfiable;
    qint64 m_first = 0;
    qint64 m_last = -1;
};

} // namespace pd::server
