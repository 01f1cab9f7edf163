#include "DataJson.h"

#include "http/JsonBody.h"
#include "kernel/Clock.h"

#include <QJsonDocument>

namespace pd::server {

QJsonValue DataJson::text(const QVariant &value)
{
    const QString string = value.isNull() ? QString() : value.toString();
    return string.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(string);
}

QJsonValue DataJson::time(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(toApiTime(value.toLongLong()));
}

QJsonArray DataJson::array(const QVariant &storedJson)
{
    return QJsonDocument::fromJson(storedJson.toString().toUtf8()).array();
}

QString DataJson::storeArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace pd::server
