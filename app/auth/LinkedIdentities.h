#pragma once

#include "api/ApiRequest.h"
#include "common/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

// A sign-in at an identity provider that the account holder linked to
// their account (GET /auth/oidc/identities).
struct LinkedIdentity {
    QString id;
    QString issuer;
    QString subject;      // the provider's opaque id of the user
    QString providerName; // empty when the server no longer lists the provider
    QDateTime linkedAt;
};

// The linked identities resource: its requests and the parser of its list.
// Linking and unlinking need a recently re-authenticated session (the server
// answers 403 reauthentication-required otherwise).
class LinkedIdentities
{
public:
    static ApiRequest listRequest();
    static ApiRequest linkRequest(const QString &issuer, const QByteArray &idToken);
    static ApiRequest unlinkRequest(const QString &id);
    static std::optional<QList<LinkedIdentity>> parse(const QJsonDocument &document,
                                                      ApiError *error);
};

} // namespace pd
