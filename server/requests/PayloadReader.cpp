#include "PayloadReader.h"

#include <QJsonArray>

namespace pd::server {

PayloadReader::PayloadReader(const QJsonObject &object, QString prefix, QList<FieldError> *errors)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_errors(errors)
{}

QString PayloadReader::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
}

void PayloadReader::fail(const QString &name, const QString &message)
{
    m_errors->append({path(name), message});
}

void PayloadReader::rejectUnknown(const QStringList &allowed)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            fail(it.key(), QStringLiteral("%1 is not a known member").arg(path(it.key())));
    }
}

QString PayloadReader::text(const QString &name, int maxLength, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        if (required)
            fail(name, QStringLiteral("%1 is required").arg(path(name)));
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(name, QStringLiteral("%1 must be a non-empty string").arg(path(name)));
        return {};
    }
    if (value.toString().size() > maxLength) {
        fail(name,
             QStringLiteral("%1 must be at most %2 characters").arg(path(name)).arg(maxLength));
        return {};
    }
    return value.toString();
}

QString PayloadReader::choice(const QString &name, const QStringList &allowed, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString() || !allowed.contains(value.toString())) {
        fail(name, QStringLiteral("%1 must be one of %2")
                       .arg(path(name), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return value.toString();
}

QStringList PayloadReader::textList(const QString &name, const QStringList &allowed, int maxItems,
                                    int maxItemLength)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(name, QStringLiteral("%1 is required and must be a non-empty array").arg(path(name)));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems) {
        fail(name, QStringLiteral("%1 may hold at most %2 items").arg(path(name)).arg(maxItems));
        return {};
    }
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemName = name + QStringLiteral("[%1]").arg(i);
        const QJsonValue item = array.at(i);
        const QString text = item.toString();
        if (!item.isString() || text.trimmed().isEmpty() || text.size() > maxItemLength) {
            fail(itemName, QStringLiteral("%1 must be a non-empty string of at most %2 characters")
                               .arg(path(itemName))
                               .arg(maxItemLength));
            ok = false;
        } else if (!allowed.isEmpty() && !allowed.contains(text)) {
            fail(itemName, QStringLiteral("%1 must be one of %2")
                               .arg(path(itemName), allowed.join(QStringLiteral(", "))));
            ok = false;
        } else if (list.contains(text)) {
            fail(itemName, QStringLiteral("%1 repeats an earlier item").arg(path(itemName)));
            ok = false;
        } else {
            list.append(text);
        }
    }
    return ok ? list : QStringList();
}

std::optional<QJsonObject> PayloadReader::object(const QString &name, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() && !required)
        return std::nullopt;
    if (!value.isObject()) {
        fail(name, QStringLiteral("%1 is required and must be an object").arg(path(name)));
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace pd::server
