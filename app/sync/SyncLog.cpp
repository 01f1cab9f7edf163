#include "sync/SyncLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcSync, "pd.sync", QtInfoMsg)
} // namespace pd
