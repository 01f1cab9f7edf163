#include "auth/AuthLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcAuth, "pd.auth", QtInfoMsg)
} // namespace pd
