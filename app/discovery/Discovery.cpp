#include "discovery/Discovery.h"

#include "common/JsonReader.h"

namespace pd {

namespace {

QUrl readUrl(JsonReader &reader, QStringView key)
{
    const QString text = reader.string(key);
    if (!reader.ok())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        reader.fail(key, QStringLiteral("not an absolute URL"));
        return {};
    }
    return url;
}

} // namespace

std::optional<Discovery> Discovery::fromJson(const QJsonDocument &document, ApiError *error)
{
    JsonReader reader = JsonReader::fromDocument(document, QStringLiteral("discovery"));
    Discovery d;
    d.providerName = reader.string(u"provider_name");
    d.apiBaseUrl = readUrl(reader, u"api_base_url");
    d.apiVersion = reader.string(u"api_version");
    d.privacyPolicyUrl = readUrl(reader, u"privacy_policy_url");
    d.passwordResetUrl = readUrl(reader, u"password_reset_url");
    d.supportEmail = reader.string(u"support_email");
    d.securityEmail = reader.string(u"security_email");
    for (JsonReader issuer : reader.objects(u"oidc_issuers")) {
        Discovery::OidcIssuer parsed{readUrl(issuer, u"issuer"), issuer.string(u"client_id"),
                                     issuer.string(u"display_name")};
        if (issuer.json().contains(u"scopes"))
            parsed.scopes = issuer.strings(u"scopes");
        if (issuer.ok() && !parsed.scopes.contains(QLatin1String("openid")))
            issuer.fail(u"scopes", QStringLiteral("lacks openid"));
        if (issuer.ok() && parsed.issuer.scheme() != QLatin1String("https"))
            issuer.fail(u"issuer", QStringLiteral("not https"));
        d.oidcIssuers.append(parsed);
    }
    d.requestTypes = reader.strings(u"request_types");
    JsonReader deadlines = reader.object(u"request_deadline_days");
    for (auto it = deadlines.json().constBegin(); it != deadlines.json().constEnd(); ++it) {
        d.requestDeadlineDays.insert(it.key(), int(deadlines.integer(it.key(), 1)));
    }
    d.backupRetentionDays = int(reader.integer(u"backup_retention_days", 0));
    d.deletionGraceDays = int(reader.integer(u"deletion_grace_days", 0));
    for (JsonReader region : reader.objects(u"storage_regions")) {
        d.storageRegions.append(
            {region.string(u"id"), region.string(u"name"), region.string(u"country")});
    }
    // Optional: older servers sign no receipts. A key of another kind is
    // skipped (a newer server may add one), not an error.
    if (reader.json().contains(u"receipt_keys")) {
        for (JsonReader key : reader.objects(u"receipt_keys")) {
            if (key.json().value(QLatin1String("kty")) != QLatin1String("OKP") ||
                key.json().value(QLatin1String("crv")) != QLatin1String("Ed25519"))
                continue;
            const QByteArray x = QByteArray::fromBase64(
                key.string(u"x").toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            const QString kid = key.string(u"kid");
            if (key.ok() && (x.size() != 32 || kid.isEmpty()))
                key.fail(u"x", QStringLiteral("not an Ed25519 public key"));
            d.receiptKeys.append({kid, x});
        }
    }
    if (reader.ok() && d.providerName.isEmpty())
        reader.fail(u"provider_name", QStringLiteral("empty"));
    if (reader.ok() && d.requestTypes.isEmpty())
        reader.fail(u"request_types", QStringLiteral("empty"));
    if (!reader.ok()) {
        if (error)
            *error = reader.apiError();
        return std::nullopt;
    }
    return d;
}

} // namespace pd
