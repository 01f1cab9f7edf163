#include "net/NetLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcNet, "pd.net", QtInfoMsg)
} // namespace pd
