#pragma once

#include "data/Profile.h"
#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd::server {

// What validation needs to know about the account filing the request.
struct RequestAccountFacts {
    QString email;
    std::optional<Profile> profile;
};

// Validates the body of POST /requests, `{type, payload}`, against the
// payload schema of its type; every problem is reported at once.
class RequestValidator
{
public:
    static QList<FieldError> validate(const QJsonObject &body, const RequestAccountFacts &account);
    static const QStringList &exportCategories();
    static const QStringList &marketingChannels();

private:
    static void validateEdit(const QJsonObject &payload, const RequestAccountFacts &account,
                             QList<FieldError> *errors);
    static void validateExport(const QJsonObject &payload, QList<FieldError> *errors);
    static void validateDelete(const QJsonObject &payload, const RequestAccountFacts &account,
                               QList<FieldError> *errors);
    static void validateUnsubscribe(const QJsonObject &payload, QList<FieldError> *errors);
    // `objection`: an "object" request, which may name its target.
    static void validateProcessing(const QJsonObject &payload, bool objection,
                                   QList<FieldError> *errors);
    static void validateGuardianRemoval(const QJsonObject &payload, QList<FieldError> *errors);
    static void validateSecurityReport(const QJsonObject &payload, QList<FieldError> *errors);
};

} // namespace pd::server
