#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::server {

// Strict reader for request payloads. Bodies are closed and echoed back in
// the request representation, so unlike FieldReader it rejects what the
// schema rejects (nulls where a string is due, duplicate list items, unknown
// members) and names list items by index (`payload.categories[1]`).
class PayloadReader
{
public:
    PayloadReader(const QJsonObject &object, QString prefix, QList<FieldError> *errors);

    // One error per member that is not in `allowed`.
    void rejectUnknown(const QStringList &allowed);
    // A non-blank string of at most maxLength characters; empty when absent or bad.
    QString text(const QString &name, int maxLength, bool required);
    // One of `allowed`.
    QString choice(const QString &name, const QStringList &allowed, bool required);
    // A non-empty array of distinct non-blank strings (from `allowed` unless it is empty).
    QStringList textList(const QString &name, const QStringList &allowed, int maxItems,
                         int maxItemLength);
    std::optional<QJsonObject> object(const QString &name, bool required);

    bool has(const QString &name) const { return m_object.contains(name); }
    QJsonValue value(const QString &name) const { return m_object.value(name); }
    QString path(const QString &name) const;
    void fail(const QString &name, const QString &message);

private:
    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> *m_errors;
};

} // namespace pd::server
