#include "api/ApiLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcApi, "pd.api", QtInfoMsg)
} // namespace pd
