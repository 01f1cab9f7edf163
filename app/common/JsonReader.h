#pragma once

#include "common/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace pd {

// Typed field readers over a JSON object. A missing field or one of the wrong
// type records an error naming the field by its path ("issuers[0].client_id");
// the reader then returns an empty value, so callers read everything and
// check ok() once at the end (never a silent default). Nested readers share
// their parent's error.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &path = {});
    // Reads the document's top-level object (an error when it is not one).
    static JsonReader fromDocument(const QJsonDocument &document, const QString &path = {});

    QString string(QStringView key);
    // Missing or null: nullopt. Present and not a string: an error.
    std::optional<QString> optionalString(QStringView key);
    qint64 integer(QStringView key, qint64 min = std::numeric_limits<int>::min(),
                   qint64 max = std::numeric_limits<int>::max());
    std::optional<qint64> optionalInteger(QStringView key,
                                          qint64 min = std::numeric_limits<int>::min(),
                                          qint64 max = std::numeric_limits<int>::max());
    bool boolean(QStringView key);
    QJsonArray array(QStringView key);
    QStringList strings(QStringView key);
    JsonReader object(QStringView key);
    QList<JsonReader> objects(QStringView key);
    // A string that must be one of `allowed`.
    QString oneOf(QStringView key, const QStringList &allowed);

    // Records a custom validation failure for `key`.
    void fail(QStringView key, const QString &problem);
    bool ok() const { return m_error->isEmpty(); }
    // "path.to.field: problem" of the first failure.
    QString error() const { return *m_error; }
    ApiError apiError() const { return ApiError::malformed(*m_error); }
    const QJsonObject &json() const { return m_object; }
    QString pathOf(QStringView key) const;

private:
    JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> error);
    std::optional<QJsonValue> required(QStringView key, QJsonValue::Type type);
    void failPath(const QString &path, const QString &problem);
    static QString typeName(QJsonValue::Type type);
    std::optional<qint64> toInteger(QStringView key, const QJsonValue &value, qint64 min,
                                    qint64 max);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace pd
