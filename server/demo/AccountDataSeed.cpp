#include "AccountDataSeed.h"

#include "ConsentSeed.h"
#include "LogSeed.h"
#include "MessageSeed.h"
#include "ProfileSeed.h"
#include "VisitSeed.h"
#include "kernel/Clock.h"

namespace pd::server {

void AccountDataSeed::seed(const Database &db, const Clock &clock, const QString &accountId,
                           int variant, int visits)
{
    // One "now" for every row, so the seeded history is self-consistent.
    const qint64 now = clock.nowMs();
    ProfileSeed::seed(db, now, accountId, variant);
    ConsentSeed::seed(db, now, accountId, variant);
    MessageSeed::seed(db, now, accountId, variant);
    LogSeed::seed(db, now, accountId, variant);
    VisitSeed::seed(db, now, accountId, variant,
                    visits > 0 ? visits : (variant % 2 == 0 ? 5000 : 300));
}

} // namespace pd::server
