#pragma once

#include <QLoggingCategory>

namespace pd {
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
} // namespace pd
