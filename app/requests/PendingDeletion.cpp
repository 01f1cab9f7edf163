#include "requests/PendingDeletion.h"

#include "discovery/Discovery.h"

namespace pd {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
// The server's day (server/requests/RequestProcessor): 24 hours, whatever
// the calendar of any time zone says.
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

TimeLeft TimeLeft::between(const QDateTime &now, const QDateTime &end)
{
    TimeLeft left;
    if (!now.isValid() || !end.isValid())
        return left;
    const qint64 ms = now.msecsTo(end);
    if (ms <= 0)
        return left;
    left.over = false;
    left.days = ms / kDayMs;
    left.hours = int(ms % kDayMs / kHourMs);
    left.minutes = int(ms % kHourMs / kMinuteMs);
    left.seconds = int(ms % kMinuteMs / kSecondMs);
    return left;
}

std::optional<PendingDeletion> PendingDeletion::of(const RequestRecord &record,
                                                   const Discovery &discovery)
{
    if (!record.is(RequestType::Delete) || record.id.isEmpty() || record.waiting ||
        record.isFinal() || !record.createdAt.isValid() || discovery.deletionGraceDays <= 0)
        return std::nullopt;
    PendingDeletion pending;
    pending.requestId = record.id;
    pending.filedAt = record.createdAt.toUTC();
    pending.carriedOutAt = pending.filedAt.addMSecs(discovery.deletionGraceDays * kDayMs);
    pending.backupRetentionDays = discovery.backupRetentionDays;
    return pending;
}

std::optional<PendingDeletion> PendingDeletion::among(const QList<RequestRecord> &records,
                                                      const Discovery &discovery)
{
    std::optional<PendingDeletion> newest;
    for (const RequestRecord &record : records) {
        const std::optional<PendingDeletion> pending = of(record, discovery);
        if (pending && (!newest || pending->filedAt > newest->filedAt))
            newest = pending;
    }
    return newest;
}

std::optional<std::chrono::milliseconds>
PendingDeletion::nextChangeAfter(const QDateTime &now) const
{
    if (!now.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(carriedOutAt);
    if (ms <= 0)
        return std::nullopt;
    // The shown value drops when the time left falls below the next whole
    // unit: one millisecond after the remainder has run out.
    const qint64 unit = ms > kMinuteMs ? kMinuteMs : kSecondMs;
    return std::chrono::milliseconds(ms % unit + 1);
}

} // namespace pd
