// The two discovery documents the app reads before sign-in: the server's
// /.well-known/privacy-dashboard and an OpenID Provider's
// openid-configuration (which must name the issuer asked for).
#include "FuzzTargets.h"

#include "auth/OidcProviderMetadata.h"
#include "common/JsonGuard.h"
#include "discovery/Discovery.h"

namespace pd::fuzz {

void discovery(QByteArrayView input)
{
    ApiError error;
    const std::optional<QJsonDocument> document = JsonGuard::parse(input.toByteArray(), &error);
    if (!document)
        return;
    ApiError discoveryError;
    const std::optional<Discovery> server = Discovery::fromJson(*document, &discoveryError);
    require(server || !discoveryError.developerDetail().isEmpty(),
            "a refused discovery document says why");

    const QUrl issuer(QStringLiteral("https://id.example.com"));
    ApiError providerError;
    const std::optional<OidcProviderMetadata> provider =
        OidcProviderMetadata::fromJson(*document, issuer, &providerError);
    require(!provider || provider->issuer == issuer, "the provider is the issuer asked for");
    require(!provider || provider->authorizationEndpoint.scheme() == QLatin1String("https"),
            "the provider's endpoints are HTTPS");
}

} // namespace pd::fuzz
