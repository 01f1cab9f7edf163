#include "Discovery.h"

#include "ReceiptKey.h"
#include "ServerContext.h"

#include <QJsonArray>

namespace pd::server {

QStringList Discovery::requestTypes()
{
    return {QStringLiteral("edit"),
            QStringLiteral("export"),
            QStringLiteral("delete"),
            QStringLiteral("unsubscribe"),
            QStringLiteral("restrict"),
            QStringLiteral("object"),
            QStringLiteral("guardian_removal"),
            QStringLiteral("security_report")};
}

int Discovery::deadlineDays(const QString &requestType)
{
    // Indonesia's Personal Data Protection Law (UU 27/2022) gives the
    // controller 3 x 24 hours for correction, access, restriction and
    // erasure; the rest are answered within 14 days. Unsubscribing is
    // handled "as soon as reasonably practicable" (the policy): 3 days.
    if (requestType == QLatin1String("security_report"))
        return 1;
    if (requestType == QLatin1String("guardian_removal") || requestType == QLatin1String("object"))
        return 14;
    return 3;
}

QJsonObject Discovery::document(const ServerContext &context, const QJsonArray &storageRegions)
{
    const ServerConfig &config = context.config;
    QJsonArray issuers;
    for (const OidcIssuerConfig &issuer : config.oidcIssuers) {
        issuers.append(
            QJsonObject{{QStringLiteral("issuer"), issuer.issuer},
                        {QStringLiteral("client_id"), issuer.clientId},
                        {QStringLiteral("display_name"), issuer.displayName},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(issuer.scopes)}});
    }
    QJsonObject deadlines;
    for (const QString &type : requestTypes())
        deadlines.insert(type, deadlineDays(type));
    // An array with kids, so that a rotated key can be published next to
    // its successor while receipts it signed are still being checked.
    QJsonArray receiptKeys;
    if (context.receiptKey)
        receiptKeys.append(context.receiptKey->publicJwk());
    return QJsonObject{
        {QStringLiteral("provider_name"), config.providerName},
        {QStringLiteral("api_base_url"), context.apiBaseUrl},
        {QStringLiteral("api_version"), QStringLiteral("1")},
        {QStringLiteral("privacy_policy_url"), config.policyUrl},
        {QStringLiteral("password_reset_url"), config.passwordResetUrl},
        {QStringLiteral("support_email"), config.supportEmail},
        {QStringLiteral("security_email"), config.securityEmail},
        {QStringLiteral("oidc_issuers"), issuers},
        {QStringLiteral("request_types"), QJsonArray::fromStringList(requestTypes())},
        {QStringLiteral("request_deadline_days"), deadlines},
        {QStringLiteral("backup_retention_days"), config.backupRetentionDays},
        {QStringLiteral("deletion_grace_days"), config.deletionGraceDays},
        {QStringLiteral("storage_regions"), storageRegions},
        {QStringLiteral("receipt_keys"), receiptKeys},
    };
}

} // namespace pd::server
