#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pd::server {

std::optional<QJsonObject> parseJsonObject(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpResponse::problem(Problem::BadRequest,
                                       QStringLiteral("The body is not valid JSON."));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = HttpResponse::problem(Problem::BadRequest,
                                       QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

QString FieldReader::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
}

void FieldReader::fail(const QString &name, const QString &message)
{
    m_errors.append({path(name), message});
}

void FieldReader::rejectUnknown(const QStringList &allowed)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            fail(it.key(), QStringLiteral("%1 is not a known member").arg(path(it.key())));
    }
}

QString FieldReader::sixDigitCode(const QString &name)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    const QString code = requiredString(name, 6);
    if (!code.isEmpty() && !sixDigits.match(code).hasMatch()) {
        fail(name, QStringLiteral("%1 must be six digits").arg(name));
        return {};
    }
    return code;
}

QString FieldReader::requiredString(const QString &name, int maxLength)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(name, QStringLiteral("%1 is required and must be a non-empty string").arg(path(name)));
        return {};
    }
    if (value.toString().size() > maxLength) {
        fail(name,
             QStringLiteral("%1 must be at most %2 characters").arg(path(name)).arg(maxLength));
        return {};
    }
    return value.toString();
}

QString FieldReader::optionalString(const QString &name, int maxLength)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(name, QStringLiteral("%1 must be a string").arg(path(name)));
        return {};
    }
    if (value.toString().size() > maxLength) {
        fail(name,
             QStringLiteral("%1 must be at most %2 characters").arg(path(name)).arg(maxLength));
        return {};
    }
    return value.toString();
}

bool FieldReader::requiredBool(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isBool()) {
        fail(name, QStringLiteral("%1 is required and must be true or false").arg(path(name)));
        return false;
    }
    return value.toBool();
}

QJsonObject FieldReader::requiredObject(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isObject()) {
        fail(name, QStringLiteral("%1 is required and must be an object").arg(path(name)));
        return {};
    }
    return value.toObject();
}

QStringList FieldReader::stringList(const QString &name, const QStringList &allowed, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isArray() || (required && value.toArray().isEmpty())) {
        fail(name, QStringLiteral("%1 must be a non-empty array").arg(path(name)));
        return {};
    }
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || (!allowed.isEmpty() && !allowed.contains(item.toString()))) {
            fail(name, QStringLiteral("%1 may only contain: %2")
                           .arg(path(name), allowed.join(QStringLiteral(", "))));
            return {};
        }
        if (!list.contains(item.toString()))
            list.append(item.toString());
    }
    return list;
}

} // namespace pd::server
