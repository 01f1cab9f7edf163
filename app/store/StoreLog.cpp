#include "store/StoreLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcStore, "pd.store", QtInfoMsg)
} // namespace pd
