#pragma once

#include "requests/RequestRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace pd {

struct Discovery;

// What is left of a deletion's grace period, in the units it is read in
// ("6 days 4 hours"). Whole units rounded down, so a countdown never
// promises more time than there is. Computed between two instants, so
// neither the time zone nor a daylight-saving change moves it.
struct TimeLeft {
    qint64 days = 0;
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    bool over = true; // `end` is not after `now` (or either is invalid)

    static TimeLeft between(const QDateTime &now, const QDateTime &end);
    bool operator==(const TimeLeft &) const = default;
};

// A deletion the server holds for its grace period (discovery's
// deletion_grace_days), during which the user can cancel it. The server
// carries it out once the grace has run from the moment the request was
// filed, counting days of 24 hours: that instant is carriedOutAt.
struct PendingDeletion {
    QString requestId;
    QDateTime filedAt;      // UTC
    QDateTime carriedOutAt; // UTC
    int backupRetentionDays = 0;

    // nullopt unless `record` is an open deletion the server has accepted
    // (with the time it was filed) and `discovery` gives a grace period.
    static std::optional<PendingDeletion> of(const RequestRecord &record,
                                             const Discovery &discovery);
    // The newest pending deletion among `records`, if any.
    static std::optional<PendingDeletion> among(const QList<RequestRecord> &records,
                                                const Discovery &discovery);

    TimeLeft timeLeft(const QDateTime &now) const { return TimeLeft::between(now, carriedOutAt); }
    // How long until the countdown reads differently at its resolution:
    // minutes, then seconds in the last minute. nullopt once it is over.
    std::optional<std::chrono::milliseconds> nextChangeAfter(const QDateTime &now) const;
};

} // namespace pd
