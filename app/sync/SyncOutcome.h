#pragma once

#include <QMetaType>

namespace pd {

// How a sync run ended.
enum class SyncOutcome { Completed, Cancelled, Failed };

} // namespace pd

Q_DECLARE_METATYPE(pd::SyncOutcome)
