#include "auth/OidcProviderMetadata.h"

#include "common/JsonReader.h"

namespace pd {

namespace {

QUrl httpsUrl(JsonReader &reader, QStringView key, bool required)
{
    const std::optional<QString> text =
        required ? std::optional<QString>(reader.string(key)) : reader.optionalString(key);
    if (!reader.ok() || !text)
        return {};
    const QUrl url(*text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        reader.fail(key, QStringLiteral("not an https URL"));
        return {};
    }
    return url;
}

} // namespace

QUrl OidcProviderMetadata::documentUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

std::optional<OidcProviderMetadata> OidcProviderMetadata::fromJson(const QJsonDocument &document,
                                                                   const QUrl &expectedIssuer,
                                                                   ApiError *error)
{
    JsonReader reader = JsonReader::fromDocument(document, QStringLiteral("openid-configuration"));
    OidcProviderMetadata metadata;
    const QString issuer = reader.string(u"issuer");
    metadata.issuer = QUrl(issuer);
    // Compared as text: a provider that answers for another issuer (a
    // mix-up) must not be used, and neither may one that differs by a slash.
    if (reader.ok() && issuer != expectedIssuer.toString())
        reader.fail(u"issuer", QStringLiteral("names another issuer"));
    metadata.authorizationEndpoint = httpsUrl(reader, u"authorization_endpoint", true);
    metadata.tokenEndpoint = httpsUrl(reader, u"token_endpoint", true);
    metadata.endSessionEndpoint = httpsUrl(reader, u"end_session_endpoint", false);
    if (reader.json().contains(u"code_challenge_methods_supported"))
        metadata.codeChallengeMethods = reader.strings(u"code_challenge_methods_supported");
    if (reader.json().contains(u"authorization_response_iss_parameter_supported"))
        metadata.issParameterSupported =
            reader.boolean(u"authorization_response_iss_parameter_supported");
    // A provider that lists its PKCE methods without S256 would ignore ours.
    if (reader.ok() && !metadata.codeChallengeMethods.isEmpty() &&
        !metadata.codeChallengeMethods.contains(QLatin1String("S256")))
        reader.fail(u"code_challenge_methods_supported", QStringLiteral("lacks S256"));
    if (!reader.ok()) {
        if (error)
            *error = reader.apiError();
        return std::nullopt;
    }
    return metadata;
}

} // namespace pd
