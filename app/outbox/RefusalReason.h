#pragma once

#include <QCoreApplication>
#include <QString>

namespace pd {

struct OutboxItem;

// Why the server refused a queued request for good, in words a user can act
// on: a correction refused with 412 `precondition-failed` means the profile
// changed elsewhere after the correction was prepared, so nothing was
// overwritten and the correction can be re-applied to the current profile.
class RefusalReason
{
    Q_DECLARE_TR_FUNCTIONS(pd::RefusalReason)
public:
    // The problem slug of a refused item (from its lastError, which holds
    // ApiError::logSummary()); empty when there is none.
    static QString slugOf(const OutboxItem &item);
    // For users; empty when nothing more specific than the generic message of
    // the slug can be said.
    static QString explain(const QString &type, const QString &slug);
    // explain(), else the generic message of the slug, else `fallback`.
    static QString message(const QString &type, const QString &slug, const QString &fallback);
    // A correction refused because the profile changed in the meantime.
    static bool isStaleCorrection(const OutboxItem &item);
};

} // namespace pd
