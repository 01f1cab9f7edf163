#pragma once

#include "common/ApiError.h"

#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd {

// The parts of an OpenID Provider's /.well-known/openid-configuration a
// native app's sign-in uses, checked: the document must name the issuer it
// was fetched for (OpenID Connect Discovery §4.3) and its endpoints must be
// HTTPS.
struct OidcProviderMetadata {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl endSessionEndpoint; // empty when the provider has none
    QStringList codeChallengeMethods;
    // RFC 9207: the authorization response then carries `iss`, which must match.
    bool issParameterSupported = false;

    static QUrl documentUrl(const QUrl &issuer);
    static std::optional<OidcProviderMetadata>
    fromJson(const QJsonDocument &document, const QUrl &expectedIssuer, ApiError *error);
};

} // namespace pd
