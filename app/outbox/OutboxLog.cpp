#include "outbox/OutboxLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcOutbox, "pd.outbox", QtInfoMsg)
} // namespace pd
