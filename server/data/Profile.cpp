#include "Profile.h"

#include "DataJson.h"
#include "kernel/Clock.h"

namespace pd::server {

QJsonObject Profile::toJson() const
{
    QJsonValue address(QJsonValue::Null);
    if (hasAddress()) {
        address = QJsonObject{
            {QStringLiteral("line1"), line1},
            {QStringLiteral("line2"), DataJson::text(line2)},
            {QStringLiteral("city"), city},
            {QStringLiteral("region"), DataJson::text(region)},
            {QStringLiteral("postal_code"), DataJson::text(postalCode)},
            {QStringLiteral("country"), country},
        };
    }
    return QJsonObject{
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("email"), email},
        {QStringLiteral("email_verified"), emailVerified},
        {QStringLiteral("mailing_address"), address},
        {QStringLiteral("phone"), DataJson::text(phone)},
        {QStringLiteral("website"), DataJson::text(website)},
        {QStringLiteral("updated_at"), toApiTime(updatedAt)},
    };
}

QByteArray Profile::etag() const
{
    return "\"p-" + QByteArray::number(version) + '"';
}

} // namespace pd::server
