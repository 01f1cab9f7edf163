#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pd::test {

// A discovery document with every field the app reads, its API under
// `origin`: what a well-behaved server publishes.
inline QJsonObject discoveryDocument(const QString &origin = QStringLiteral("https://api.test"))
{
    return QJsonObject{
        {QStringLiteral("provider_name"), QStringLiteral("Qiscus")},
        {QStringLiteral("api_base_url"), QString(origin + QStringLiteral("/api/v1"))},
        {QStringLiteral("api_version"), QStringLiteral("1")},
        {QStringLiteral("privacy_policy_url"), QStringLiteral("https://example.com/policy")},
        {QStringLiteral("password_reset_url"), QStringLiteral("https://example.com/reset")},
        {QStringLiteral("support_email"), QStringLiteral("support@example.com")},
        {QStringLiteral("security_email"), QStringLiteral("security@example.com")},
        {QStringLiteral("oidc_issuers"),
         QJsonArray{
             QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://id.example.com")},
                         {QStringLiteral("client_id"), QStringLiteral("pd")},
                         {QStringLiteral("display_name"), QStringLiteral("Example ID")}}}},
        {QStringLiteral("request_types"),
         QJsonArray{QStringLiteral("export"), QStringLiteral("delete")}},
        {QStringLiteral("request_deadline_days"),
         QJsonObject{{QStringLiteral("export"), 3}, {QStringLiteral("delete"), 3}}},
        {QStringLiteral("backup_retention_days"), 30},
        {QStringLiteral("deletion_grace_days"), 7},
        {QStringLiteral("storage_regions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("id-jkt")},
                                {QStringLiteral("name"), QStringLiteral("Jakarta")},
                                {QStringLiteral("country"), QStringLiteral("ID")}}}},
    };
}

} // namespace pd::test
