#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace pd::server {

// Parses a request body that must be a JSON object; on failure fills *error
// with a 400 problem naming what was wrong.
std::optional<QJsonObject> parseJsonObject(const HttpRequest &request, HttpResponse *error);

// Field checks shared by the handlers. Each appends to `errors` and returns
// the value (or a default) so a handler can validate everything at once and
// answer one 422 listing every problem.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object, QString prefix = {})
        : m_object(object)
        , m_prefix(std::move(prefix))
    {}

    QString requiredString(const QString &name, int maxLength = 1000);
    QString optionalString(const QString &name, int maxLength = 1000);
    bool requiredBool(const QString &name);
    QJsonObject requiredObject(const QString &name);
    QStringList stringList(const QString &name, const QStringList &allowed, bool required);
    // A required code of exactly six digits (TOTP, a mailed confirmation).
    QString sixDigitCode(const QString &name);
    void fail(const QString &name, const QString &message);
    // One error per member of the object that is not in `allowed`: bodies
    // are closed, so a misspelt field is reported instead of ignored.
    void rejectUnknown(const QStringList &allowed);

    bool has(const QString &name) const { return m_object.contains(name); }
    const QList<FieldError> &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }

private:
    QString path(const QString &name) const;
    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> m_errors;
};

} // namespace pd::server
