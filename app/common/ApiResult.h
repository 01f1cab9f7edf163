#pragma once

#include "common/ApiError.h"

#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <optional>

namespace pd {

// What came back: the parsed JSON (empty for 204) or an error.
struct ApiResult {
    int httpStatus = 0;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers; // as sent, in order
    QString requestId;                            // the X-Request-ID this client sent
    int attempts = 0;
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ApiResult)
