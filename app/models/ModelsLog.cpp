#include "models/ModelsLog.h"

namespace pd {
Q_LOGGING_CATEGORY(lcModels, "pd.models", QtInfoMsg)
} // namespace pd
