#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace pd::test {

// `size` bytes that do not compress, the same for the same `seed` (so that a
// failure replays).
inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace pd::test
