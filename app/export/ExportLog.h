#pragma once

#include <QLoggingCategory>

namespace pd {
Q_DECLARE_LOGGING_CATEGORY(lcExport)
} // namespace pd
