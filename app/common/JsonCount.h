#pragma once

#include <QtGlobal>

class QJsonValue;

namespace pd {

// A count (rows, bytes, sessions) from a JSON number the server sent. JSON
// numbers are doubles: casting one outside qint64's range (1e300) is
// undefined behaviour, so anything that is not a finite, non-negative
// number up to 2^53 (where doubles stop being exact) reads as 0, and a
// fraction is truncated.
qint64 jsonCount(const QJsonValue &value);

} // namespace pd
