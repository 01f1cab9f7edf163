#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

namespace pd::server {

class FieldReader;

// Conversions between the storage conventions of the data tables (empty
// text and NULL times stand for "absent") and the API's JSON, where absent
// values are null.
class DataJson
{
public:
    // Empty or NULL text is null.
    static QJsonValue text(const QVariant &value);
    // NULL is null, otherwise an RFC 3339 timestamp.
    static QJsonValue time(const QVariant &value);
    static QJsonValue flag(const QVariant &value) { return value.toInt() != 0; }
    // A JSON array stored as TEXT; anything unparsable is an empty array.
    static QJsonArray array(const QVariant &storedJson);
    static QString storeArray(const QStringList &values);
};

} // namespace pd::server
