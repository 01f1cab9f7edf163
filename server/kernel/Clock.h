#pragma once

#include <QDateTime>

namespace pd::server {

// The server's notion of "now". Injected everywhere time matters (tokens,
// TOTP, request schedules) so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    // offsetMs lets a test server run "in the future" (--clock-offset).
    explicit SystemClock(qint64 offsetMs = 0)
        : m_offsetMs(offsetMs)
    {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

private:
    qint64 m_offsetMs;
};

// RFC 3339 UTC with milliseconds, the only timestamp format of the API.
inline QString toApiTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Parses an RFC 3339 timestamp; returns -1 when it is not one.
inline qint64 fromApiTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return -1;
    return time.toMSecsSinceEpoch();
}

} // namespace pd::server
