#include "OidcRoutes.h"

#include "auth/AccountStore.h"
#include "auth/AuthReplies.h"
#include "auth/OidcVerifier.h"
#include "core/Clock.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"

#include <QSqlQuery>

namespace pd {

OidcRoutes::OidcRoutes(const AuthServices &services)
    : m_services(services)
    , m_opener(services)
{}

void OidcRoutes::registerRoutes(HttpRouter &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/oidc"), Access::Public,
               [this](const HttpRequest &request) { return exchange(request); });
}

std::optional<AccountRecord> OidcRoutes::resolveAccount(const QString &issuer,
                                                        const QString &subject,
                                                        const QString &email) const
{
    const Database &db = m_services.context.db;
    QSqlQuery linked = db.run(
        QStringLiteral("SELECT account_id FROM oidc_identities WHERE issuer = ? AND subject = ?"),
        {issuer, subject});
    if (linked.next())
        return m_services.accounts.findById(linked.value(0).toString());
    std::optional<AccountRecord> account = m_services.accounts.findByEmail(email);
    if (account) {
        db.run(QStringLiteral("INSERT INTO oidc_identities (issuer, subject, account_id, linked_at)"
                              " VALUES (?, ?, ?, ?) ON CONFLICT (issuer, subject) DO NOTHING"),
               {issuer, subject, account->id, m_services.context.clock.nowMs()});
    }
    return account;
}

HttpResponse OidcRoutes::exchange(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown(
        {QStringLiteral("issuer"), QStringLiteral("id_token"), QStringLiteral("device_name")});
    const QString issuer = reader.requiredString(QStringLiteral("issuer"), 2000);
    const QString idToken = reader.requiredString(QStringLiteral("id_token"), 16 * 1024);
    const QString deviceName = reader.optionalString(QStringLiteral("device_name"), 100);
    if (reader.has(QStringLiteral("device_name")) && deviceName.trimmed().isEmpty())
        reader.fail(QStringLiteral("device_name"),
                    QStringLiteral("device_name must not be empty when given"));
    const QList<OidcIssuerConfig> &issuers = m_services.context.config.oidcIssuers;
    const auto configured = std::find_if(issuers.begin(), issuers.end(),
                                         [&](const auto &known) { return known.issuer == issuer; });
    if (!issuer.isEmpty() && configured == issuers.end())
        reader.fail(QStringLiteral("issuer"),
                    QStringLiteral("issuer is not a configured provider"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    // Not counted towards sign-in throttling: a signed token cannot be
    // guessed, and polling while keys are fetched must not lock anyone out.
    const ClientInfo client = ClientInfo::fromRequest(request, deviceName);
    const OidcVerifier::Result verified = m_services.oidc.verify(*configured, idToken.toLatin1());
    if (verified.status == OidcVerifier::Result::Status::Unavailable) {
        return HttpResponse::retryLater(
            Problem::Unavailable, 1,
            QStringLiteral("The identity provider's keys are being fetched. Try again shortly."));
    }
    if (verified.status == OidcVerifier::Result::Status::Invalid)
        return AuthReplies::unauthorized(Problem::OidcTokenInvalid);
    const std::optional<AccountRecord> account =
        resolveAccount(issuer, verified.claims.subject, verified.claims.email);
    if (!account)
        return AuthReplies::unauthorized(Problem::InvalidCredentials,
                                         QStringLiteral("No account uses this email address."));
    return m_opener.open(*account, client, QStringLiteral("oidc"));
}

} // namespace pd
