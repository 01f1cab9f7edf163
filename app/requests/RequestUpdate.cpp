#include "requests/RequestUpdate.h"

namespace pd {

QJsonObject RequestUpdate::toJson() const
{
    return {{QStringLiteral("sequence"), sequence},
            {QStringLiteral("request_id"), requestId},
            {QStringLiteral("type"), type},
            {QStringLiteral("previous_status"), previousStatus},
            {QStringLiteral("status"), status},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("notified"), notified}};
}

std::optional<RequestUpdate> RequestUpdate::fromJson(const QJsonObject &json)
{
    RequestUpdate update;
    update.sequence = json.value(QStringLiteral("sequence")).toInteger();
    update.requestId = json.value(QStringLiteral("request_id")).toString();
    update.type = json.value(QStringLiteral("type")).toString();
    update.previousStatus = json.value(QStringLiteral("previous_status")).toString();
    update.status = json.value(QStringLiteral("status")).toString();
    update.at =
        QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    update.notified = json.value(QStringLiteral("notified")).toBool();
    if (update.sequence <= 0 || update.requestId.isEmpty() || update.status.isEmpty())
        return std::nullopt;
    return update;
}

} // namespace pd
