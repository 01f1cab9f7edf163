#include "export/ExportLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcExport, "pd.export", QtInfoMsg)
} // namespace pd
