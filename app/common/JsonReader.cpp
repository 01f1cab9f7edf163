#include "common/JsonReader.h"

#include <cmath>

namespace pd {

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : JsonReader(object, path, std::make_shared<QString>())
{}

JsonReader::JsonReader(const QJsonObject &object, const QString &path,
                       std::shared_ptr<QString> error)
    : m_object(object)
    , m_path(path)
    , m_error(std::move(error))
{}

JsonReader JsonReader::fromDocument(const QJsonDocument &document, const QString &path)
{
    JsonReader reader(document.object(), path);
    if (!document.isObject())
        reader.failPath(path.isEmpty() ? QStringLiteral("(document)") : path,
                        QStringLiteral("expected an object"));
    return reader;
}

QString JsonReader::pathOf(QStringView key) const
{
    if (m_path.isEmpty())
        return key.toString();
    return m_path + QLatin1Char('.') + key.toString();
}

void JsonReader::failPath(const QString &path, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = path + QStringLiteral(": ") + problem;
}

void JsonReader::fail(QStringView key, const QString &problem)
{
    failPath(pathOf(key), problem);
}

QString JsonReader::typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return {};
}

std::optional<QJsonValue> JsonReader::required(QStringView key, QJsonValue::Type type)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (it->type() != type) {
        fail(key, QStringLiteral("expected %1, got %2").arg(typeName(type), typeName(it->type())));
        return std::nullopt;
    }
    return *it;
}

QString JsonReader::string(QStringView key)
{
    const auto value = required(key, QJsonValue::String);
    return value ? value->toString() : QString();
}

std::optional<QString> JsonReader::optionalString(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, QStringLiteral("expected string or null, got %1").arg(typeName(value.type())));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> JsonReader::toInteger(QStringView key, const QJsonValue &value, qint64 min,
                                            qint64 max)
{
    const double number = value.toDouble();
    double integral = 0;
    if (!std::isfinite(number) || std::modf(number, &integral) != 0.0) {
        fail(key, QStringLiteral("expected an integer"));
        return std::nullopt;
    }
    // double(max) rounds INT64_MAX up to 2^63, which passes `> double(max)`
    // yet overflows qint64 (undefined; INT64_MIN in practice), so 2^63 and
    // above are refused before the range test.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    if (number < double(min) || number > double(max) || number >= kTwoTo63) {
        fail(key, QStringLiteral("%1 is outside %2..%3").arg(number).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max)
{
    const auto value = required(key, QJsonValue::Double);
    if (!value)
        return 0;
    return toInteger(key, *value, min, max).value_or(0);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(key, QStringLiteral("expected integer or null, got %1").arg(typeName(value.type())));
        return std::nullopt;
    }
    return toInteger(key, value, min, max);
}

bool JsonReader::boolean(QStringView key)
{
    const auto value = required(key, QJsonValue::Bool);
    return value ? value->toBool() : false;
}

QJsonArray JsonReader::array(QStringView key)
{
    const auto value = required(key, QJsonValue::Array);
    return value ? value->toArray() : QJsonArray();
}

QStringList JsonReader::strings(QStringView key)
{
    QStringList result;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            failPath(pathOf(key) + QStringLiteral("[%1]").arg(i),
                     QStringLiteral("expected string, got %1").arg(typeName(items.at(i).type())));
            return {};
        }
        result.append(items.at(i).toString());
    }
    return result;
}

JsonReader JsonReader::object(QStringView key)
{
    const auto value = required(key, QJsonValue::Object);
    return JsonReader(value ? value->toObject() : QJsonObject(), pathOf(key), m_error);
}

QList<JsonReader> JsonReader::objects(QStringView key)
{
    QList<JsonReader> result;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            failPath(itemPath,
                     QStringLiteral("expected object, got %1").arg(typeName(items.at(i).type())));
            return {};
        }
        result.append(JsonReader(items.at(i).toObject(), itemPath, m_error));
    }
    return result;
}

QString JsonReader::oneOf(QStringView key, const QStringList &allowed)
{
    const auto value = required(key, QJsonValue::String);
    if (!value)
        return {};
    if (!allowed.contains(value->toString())) {
        fail(key, QStringLiteral("unexpected value"));
        return {};
    }
    return value->toString();
}

} // namespace pd
