#include "OidcRoutes.h"

#include "auth/AccountStore.h"
#include "auth/AuthReplies.h"
#include "auth/ClientInfo.h"
#include "auth/CredentialRoutes.h"
#include "auth/MfaChallengeStore.h"
#include "auth/OidcIdentityStore.h"
#include "auth/OidcNonceStore.h"
#include "auth/SecurityLog.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"

#include <QJsonArray>

namespace pd::server {

namespace {

const OidcIssuerConfig *configuredIssuer(const ServerConfig &config, const QString &issuer)
{
    for (const OidcIssuerConfig &known : config.oidcIssuers) {
        if (known.issuer == issuer)
            return &known;
    }
    return nullptr;
}

} // namespace

OidcRoutes::OidcRoutes(const AuthServices &services)
    : m_services(services)
    , m_opener(services)
    , m_failures(services.context.db, services.context.clock, services.context.secret,
                 QStringLiteral("oidc"))
{}

void OidcRoutes::registerRoutes(HttpRouter &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/oidc/nonce"), Access::Public,
               [this](const HttpRequest &request) { return nonce(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/oidc"), Access::Public,
               [this](const HttpRequest &request) { return exchange(request); });
    const QString identitiesPath = QStringLiteral("/api/v1/auth/oidc/identities");
    router.add("GET", identitiesPath, Access::Authenticated,
               [this](const HttpRequest &request) { return identities(request); });
    router.add("POST", identitiesPath, Access::Authenticated,
               [this](const HttpRequest &request) { return link(request); });
    router.add("DELETE", identitiesPath + QStringLiteral("/{id}"), Access::Authenticated,
               [this](const HttpRequest &request) { return unlink(request); });
}

bool OidcRoutes::recentlyReauthenticated(const HttpRequest &request) const
{
    return Lifetime::recent(m_services.context.clock.nowMs(), request.caller().reauthenticatedAt,
                            CredentialRoutes::kReauthenticationWindowMs);
}

HttpResponse OidcRoutes::nonce(const HttpRequest &)
{
    const QString value =
        OidcNonceStore(m_services.context.db).issue(m_services.context.clock.nowMs());
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("nonce"), value},
                    {QStringLiteral("expires_in"), OidcNonceStore::kLifetimeSeconds}});
}

OidcRoutes::Checked OidcRoutes::checkToken(const HttpRequest &request, bool withDeviceName)
{
    Checked checked;
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body) {
        checked.error = error;
        return checked;
    }
    FieldReader reader(*body);
    QStringList allowed{QStringLiteral("issuer"), QStringLiteral("id_token")};
    if (withDeviceName)
        allowed << QStringLiteral("device_name");
    reader.rejectUnknown(allowed);
    const QString issuer = reader.requiredString(QStringLiteral("issuer"), 2000);
    const QString idToken = reader.requiredString(QStringLiteral("id_token"), 16 * 1024);
    checked.deviceName = reader.optionalString(QStringLiteral("device_name"), 100);
    if (reader.has(QStringLiteral("device_name")) && checked.deviceName.trimmed().isEmpty())
        reader.fail(QStringLiteral("device_name"),
                    QStringLiteral("device_name must not be empty when given"));
    checked.issuer = configuredIssuer(m_services.context.config, issuer);
    if (!issuer.isEmpty() && !checked.issuer)
        reader.fail(QStringLiteral("issuer"),
                    QStringLiteral("issuer is not a configured provider"));
    if (!reader.ok()) {
        checked.error = HttpResponse::validationFailed(reader.errors());
        return checked;
    }

    const QString address = ClientInfo::fromRequest(request).ipAddress;
    if (const int wait = m_failures.retryAfterSeconds(QString(), address)) {
        checked.error = AuthReplies::throttled(wait);
        return checked;
    }
    const OidcVerifier::Result verified =
        m_services.oidc.verify(*checked.issuer, idToken.toLatin1());
    if (verified.status == OidcVerifier::Result::Status::Unavailable) {
        // Not a failure: the client retries while the keys are fetched.
        checked.error = HttpResponse::retryLater(
            Problem::Unavailable, 1,
            QStringLiteral("The identity provider's keys are being fetched. Try again shortly."));
        return checked;
    }
    if (verified.status == OidcVerifier::Result::Status::Invalid) {
        // A token for a key we do not know cost no signature check; it is
        // also what a client sees while a rotated key is being fetched.
        if (!verified.unknownKey)
            m_failures.recordFailure(QString(), address);
        checked.error = AuthReplies::unauthorized(Problem::OidcTokenInvalid);
        return checked;
    }
    // The nonce is spent now, whatever follows: a token works once.
    if (!OidcNonceStore(m_services.context.db)
             .consume(verified.claims.nonce, m_services.context.clock.nowMs())) {
        m_failures.recordFailure(QString(), address);
        checked.error = AuthReplies::unauthorized(
            Problem::OidcTokenInvalid,
            QStringLiteral("This sign-in was already used or has expired. Start it again."));
        return checked;
    }
    checked.claims = verified.claims;
    return checked;
}

HttpResponse OidcRoutes::exchange(const HttpRequest &request)
{
    const Checked checked = checkToken(request, true);
    if (checked.error)
        return *checked.error;
    const std::optional<QString> accountId =
        OidcIdentityStore(m_services.context.db)
            .accountFor(checked.issuer->issuer, checked.claims.subject);
    const std::optional<AccountRecord> account =
        accountId ? m_services.accounts.findById(*accountId) : std::nullopt;
    if (!account) {
        return AuthReplies::unauthorized(
            Problem::IdentityNotLinked,
            QStringLiteral("This %1 sign-in is not linked to an account. Sign in with your "
                           "password, then link it on the Security page.")
                .arg(checked.issuer->displayName));
    }
    const ClientInfo client = ClientInfo::fromRequest(request, checked.deviceName);
    if (!account->totpEnabled)
        return m_opener.open(*account, client, QStringLiteral("oidc"));
    // The provider vouches for the identity, not for this account's second
    // factor: the TOTP step follows, as after a password.
    const QString challengeId = m_services.challenges.create(
        account->id, client, m_services.context.clock.nowMs(), QStringLiteral("oidc"));
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("mfa_required")},
                    {QStringLiteral("challenge_id"), challengeId},
                    {QStringLiteral("methods"), QJsonArray{QStringLiteral("totp")}},
                    {QStringLiteral("expires_in"), MfaChallengeStore::kLifetimeSeconds}});
}

QJsonObject OidcRoutes::identityJson(const QString &id, const QString &issuer,
                                     const QString &subject, qint64 linkedAt) const
{
    const OidcIssuerConfig *config = configuredIssuer(m_services.context.config, issuer);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("provider_name"),
                        config ? QJsonValue(config->displayName) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("linked_at"), toApiTime(linkedAt)}};
}

HttpResponse OidcRoutes::identities(const HttpRequest &request)
{
    QJsonArray items;
    for (const OidcIdentity &identity :
         OidcIdentityStore(m_services.context.db).list(request.caller().accountId))
        items.append(
            identityJson(identity.id, identity.issuer, identity.subject, identity.linkedAt));
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse OidcRoutes::link(const HttpRequest &request)
{
    if (!recentlyReauthenticated(request)) {
        return HttpResponse::problem(Problem::ReauthenticationRequired,
                                     QStringLiteral("Confirm it is you before linking a sign-in."));
    }
    const Checked checked = checkToken(request, false);
    if (checked.error)
        return *checked.error;
    const QString &accountId = request.caller().accountId;
    const qint64 now = m_services.context.clock.nowMs();
    const OidcIdentityStore store(m_services.context.db);
    const OidcIdentityStore::LinkOutcome outcome =
        store.link(accountId, checked.issuer->issuer, checked.claims.subject, now);
    if (outcome == OidcIdentityStore::LinkOutcome::OtherAccount) {
        return HttpResponse::problem(
            Problem::Conflict,
            QStringLiteral("This sign-in is already linked to another account."));
    }
    if (outcome == OidcIdentityStore::LinkOutcome::Linked) {
        m_services.log.write(accountId, "auth.oidc.linked",
                             QStringLiteral("Linked a %1 sign-in").arg(checked.issuer->displayName),
                             ClientInfo::fromRequest(request).ipAddress);
    }
    for (const OidcIdentity &identity : store.list(accountId)) {
        if (identity.issuer == checked.issuer->issuer && identity.subject == checked.claims.subject)
            return HttpResponse::json(
                outcome == OidcIdentityStore::LinkOutcome::Linked ? 201 : 200,
                identityJson(identity.id, identity.issuer, identity.subject, identity.linkedAt));
    }
    return HttpResponse::problem(Problem::Conflict);
}

HttpResponse OidcRoutes::unlink(const HttpRequest &request)
{
    if (!recentlyReauthenticated(request)) {
        return HttpResponse::problem(
            Problem::ReauthenticationRequired,
            QStringLiteral("Confirm it is you before removing a linked sign-in."));
    }
    const QString &accountId = request.caller().accountId;
    if (!OidcIdentityStore(m_services.context.db)
             .unlink(accountId, request.param(QStringLiteral("id"))))
        return HttpResponse::problem(Problem::NotFound);
    m_services.log.write(accountId, "auth.oidc.unlinked",
                         QStringLiteral("Removed a linked single sign-on"),
                         ClientInfo::fromRequest(request).ipAddress);
    return HttpResponse::noContent();
}

} // namespace pd::server
