#include "cache/CacheLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcDocuments, "pd.documents", QtInfoMsg)
} // namespace pd
