#include "SessionRoutes.h"

#include "auth/AccountStore.h"
#include "auth/AuthReplies.h"
#include "auth/ClientInfo.h"
#include "auth/CredentialRoutes.h"
#include "auth/SecurityLog.h"
#include "auth/SessionStore.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"

#include <QJsonArray>

namespace pd::server {

namespace {

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString deviceLabel(const SessionRecord &session)
{
    return session.deviceName.isEmpty() ? QStringLiteral("Unknown device") : session.deviceName;
}

} // namespace

bool SessionRoutes::recentlyReauthenticated(const AuthContext &caller) const
{
    return Lifetime::recent(m_services.context.clock.nowMs(), caller.reauthenticatedAt,
                            CredentialRoutes::kReauthenticationWindowMs);
}

SessionRoutes::SessionRoutes(const AuthServices &services)
    : m_services(services)
{}

void SessionRoutes::registerRoutes(HttpRouter &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/sign-out"), Access::Authenticated,
               [this](const HttpRequest &request) { return signOut(request); });
    router.add("GET", QStringLiteral("/api/v1/auth/sessions"), Access::Authenticated,
               [this](const HttpRequest &request) { return list(request); });
    router.add("DELETE", QStringLiteral("/api/v1/auth/sessions/{id}"), Access::Authenticated,
               [this](const HttpRequest &request) { return revoke(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/sessions/revoke-all"), Access::Authenticated,
               [this](const HttpRequest &request) { return revokeAll(request); });
    router.add("GET", QStringLiteral("/api/v1/auth/security"), Access::Authenticated,
               [this](const HttpRequest &request) { return security(request); });
}

HttpResponse SessionRoutes::signOut(const HttpRequest &request)
{
    const AuthContext &caller = request.caller();
    const std::optional<SessionRecord> session =
        m_services.sessions.find(caller.accountId, caller.sessionId);
    if (m_services.sessions.revoke(caller.accountId, caller.sessionId,
                                   m_services.context.clock.nowMs())) {
        m_services.log.write(caller.accountId, SecurityLog::kSessionEnded,
                             QStringLiteral("Signed out on %1")
                                 .arg(session ? deviceLabel(*session) : QStringLiteral("a device")),
                             ClientInfo::fromRequest(request).ipAddress);
    }
    return HttpResponse::noContent();
}

HttpResponse SessionRoutes::list(const HttpRequest &request)
{
    const AuthContext &caller = request.caller();
    QJsonArray items;
    const QList<SessionRecord> sessions =
        m_services.sessions.active(caller.accountId, m_services.context.clock.nowMs());
    for (const auto &session : sessions) {
        // Sessions keep a coarse text location; the API's structured
        // location is null until a GeoIP source exists.
        items.append(QJsonObject{
            {QStringLiteral("id"), session.id},
            {QStringLiteral("device_name"), nullIfEmpty(session.deviceName)},
            {QStringLiteral("user_agent"), nullIfEmpty(session.userAgent)},
            {QStringLiteral("ip_address"), session.ipAddress},
            {QStringLiteral("location"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("created_at"), toApiTime(session.createdAt)},
            {QStringLiteral("last_seen_at"), toApiTime(session.lastSeenAt)},
            {QStringLiteral("current"), session.id == caller.sessionId},
            {QStringLiteral("sign_in_method"), session.authMethod.startsWith(QLatin1String("oidc"))
                                                   ? QStringLiteral("oidc")
                                                   : QStringLiteral("password")}});
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse SessionRoutes::revoke(const HttpRequest &request)
{
    const AuthContext &caller = request.caller();
    const QString sessionId = request.param(QStringLiteral("id"));
    // Signing oneself out stays easy; ending another device's session (an
    // owner locking out a thief, or a thief locking out the owner) needs the
    // password or a code.
    if (sessionId != caller.sessionId && !recentlyReauthenticated(caller))
        return HttpResponse::problem(Problem::ReauthenticationRequired);
    const std::optional<SessionRecord> session =
        m_services.sessions.find(caller.accountId, sessionId);
    // Another account's session is indistinguishable from a missing one.
    if (!session ||
        !m_services.sessions.revoke(caller.accountId, sessionId, m_services.context.clock.nowMs()))
        return HttpResponse::problem(Problem::NotFound);
    const bool current = sessionId == caller.sessionId;
    m_services.log.write(
        caller.accountId, current ? SecurityLog::kSessionEnded : SecurityLog::kSessionRevoked,
        current ? QStringLiteral("Signed out on %1").arg(deviceLabel(*session))
                : QStringLiteral("The session on %1 was signed out").arg(deviceLabel(*session)),
        ClientInfo::fromRequest(request).ipAddress);
    return HttpResponse::noContent();
}

HttpResponse SessionRoutes::revokeAll(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("include_current")});
    const bool includeCurrent = reader.requiredBool(QStringLiteral("include_current"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const AuthContext &caller = request.caller();
    if (!recentlyReauthenticated(caller))
        return HttpResponse::problem(Problem::ReauthenticationRequired);
    const int count = m_services.sessions.revokeAll(caller.accountId,
                                                    includeCurrent ? QString() : caller.sessionId,
                                                    m_services.context.clock.nowMs());
    if (count > 0) {
        m_services.log.write(
            caller.accountId, SecurityLog::kSessionRevoked,
            includeCurrent ? QStringLiteral("All %1 sessions were signed out").arg(count)
                           : QStringLiteral("All %1 other sessions were signed out").arg(count),
            ClientInfo::fromRequest(request).ipAddress);
    }
    return HttpResponse::noContent();
}

HttpResponse SessionRoutes::security(const HttpRequest &request)
{
    const AuthContext &caller = request.caller();
    const std::optional<AccountRecord> account = m_services.accounts.findById(caller.accountId);
    if (!account)
        return HttpResponse::problem(Problem::NotFound);
    const qint64 sessions =
        m_services.sessions.active(caller.accountId, m_services.context.clock.nowMs()).size();
    // Creation sets password_changed_at too; only a later change counts.
    const QJsonValue changedAt = account->passwordChangedAt > account->createdAt
                                     ? QJsonValue(toApiTime(account->passwordChangedAt))
                                     : QJsonValue(QJsonValue::Null);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("two_factor_enabled"), account->totpEnabled},
                    {QStringLiteral("password_changed_at"), changedAt},
                    {QStringLiteral("active_sessions"), qMax<qint64>(1, sessions)}});
}

} // namespace pd::server
