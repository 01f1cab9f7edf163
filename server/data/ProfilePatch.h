#pragma once

#include "Profile.h"
#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pd::server {

// Applies an RFC 7396 JSON merge patch to a profile and validates the result
// against the contract (docs/api/openapi.yaml `ProfilePatch`). Pure: no
// database, so the `edit` request type can reuse it.
class ProfilePatch
{
public:
    struct Result {
        QList<FieldError> errors;  // empty when the patch is valid
        QStringList changedFields; // top-level members whose value changed
        bool emailChanged = false;
    };

    // Patches *profile in place; on errors *profile is unspecified.
    static Result apply(const QJsonObject &patch, Profile *profile);

    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    static bool isValidWebsite(const QString &url);
};

} // namespace pd::server
