#include "common/JsonCount.h"

#include <QJsonValue>

#include <cmath>

namespace pd {

qint64 jsonCount(const QJsonValue &value)
{
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > kMaxExact)
        return 0;
    return static_cast<qint64>(number);
}

} // namespace pd
