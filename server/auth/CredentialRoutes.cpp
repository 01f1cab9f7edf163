#include "CredentialRoutes.h"

#include "auth/AccountStore.h"
#include "auth/AuthReplies.h"
#include "auth/PasswordHasher.h"
#include "auth/SecurityLog.h"
#include "auth/SessionStore.h"
#include "auth/SignInThrottle.h"
#include "auth/Totp.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"

namespace pd::server {

namespace {

constexpr int kMinPasswordLength = 12;
constexpr int kMaxPasswordLength = 1024;

} // namespace

CredentialRoutes::CredentialRoutes(const AuthServices &services)
    : m_services(services)
{}

void CredentialRoutes::registerRoutes(HttpRouter &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/reauthenticate"), Access::Authenticated,
               [this](const HttpRequest &request) { return reauthenticate(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/password/change"), Access::Authenticated,
               [this](const HttpRequest &request) { return changePassword(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/totp/enrol"), Access::Authenticated,
               [this](const HttpRequest &request) { return enrolTotp(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/totp/confirm"), Access::Authenticated,
               [this](const HttpRequest &request) { return confirmTotp(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/totp/disable"), Access::Authenticated,
               [this](const HttpRequest &request) { return disableTotp(request); });
}

bool CredentialRoutes::recentlyReauthenticated(const AuthContext &caller) const
{
    return Lifetime::recent(m_services.context.clock.nowMs(), caller.reauthenticatedAt,
                            kReauthenticationWindowMs);
}

QString CredentialRoutes::sessionDevice(const AuthContext &caller) const
{
    const std::optional<SessionRecord> session =
        m_services.sessions.find(caller.accountId, caller.sessionId);
    return session && !session->deviceName.isEmpty() ? session->deviceName
                                                     : QStringLiteral("Unknown device");
}

std::optional<HttpResponse> CredentialRoutes::throttledFor(const AccountRecord &account,
                                                           const ClientInfo &client) const
{
    if (const int wait = m_services.throttle.retryAfterSeconds(account.email, client.ipAddress))
        return AuthReplies::throttled(wait);
    return std::nullopt;
}

HttpResponse CredentialRoutes::rejectProof(const AccountRecord &account, const ClientInfo &client,
                                           const char *event, const QString &what) const
{
    m_services.throttle.recordFailure(account.email, client.ipAddress);
    m_services.log.write(
        account.id, event,
        QStringLiteral("Wrong %1 when confirming it is you on %2").arg(what, client.deviceLabel()),
        client.ipAddress);
    return AuthReplies::unauthorized(Problem::InvalidCredentials);
}

HttpResponse CredentialRoutes::reauthenticate(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("password"), QStringLiteral("totp_code")});
    const bool withPassword = reader.has(QStringLiteral("password"));
    if (withPassword == reader.has(QStringLiteral("totp_code")))
        reader.fail(QStringLiteral("password"),
                    QStringLiteral("Give exactly one of password or totp_code."));
    const QString password =
        withPassword ? reader.requiredString(QStringLiteral("password"), kMaxPasswordLength)
                     : QString();
    const QString code =
        withPassword ? QString() : reader.sixDigitCode(QStringLiteral("totp_code"));
    const AuthContext &caller = request.caller();
    const std::optional<AccountRecord> account = m_services.accounts.findById(caller.accountId);
    if (!account)
        return AuthReplies::unauthorized(Problem::Unauthenticated);
    if (reader.ok() && !withPassword && !account->totpEnabled)
        reader.fail(QStringLiteral("totp_code"),
                    QStringLiteral("Two-factor authentication is not enabled; use the password."));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const ClientInfo client = ClientInfo::fromRequest(request, sessionDevice(caller));
    if (auto throttled = throttledFor(*account, client))
        return *throttled;
    const qint64 now = m_services.context.clock.nowMs();
    const bool proven =
        withPassword ? PasswordHasher::verify(password, account->passwordHash)
                     : m_services.accounts.acceptTotp(account->id, account->totpSecret, code, now);
    if (!proven)
        return withPassword ? rejectProof(*account, client, SecurityLog::kPasswordFailed,
                                          QStringLiteral("password"))
                            : rejectProof(*account, client, SecurityLog::kTotpFailed,
                                          QStringLiteral("two-factor code"));
    m_services.sessions.markReauthenticated(caller.sessionId, now);
    return HttpResponse::noContent();
}

HttpResponse CredentialRoutes::changePassword(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("current_password"), QStringLiteral("new_password")});
    const QString current =
        reader.requiredString(QStringLiteral("current_password"), kMaxPasswordLength);
    const QString next = reader.requiredString(QStringLiteral("new_password"), kMaxPasswordLength);
    if (!next.isEmpty() && next.size() < kMinPasswordLength)
        reader.fail(QStringLiteral("new_password"),
                    QStringLiteral("new_password must have at least %1 characters")
                        .arg(kMinPasswordLength));
    if (!next.isEmpty() && next == current)
        reader.fail(QStringLiteral("new_password"),
                    QStringLiteral("new_password must differ from the current password"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const AuthContext &caller = request.caller();
    if (!recentlyReauthenticated(caller))
        return HttpResponse::problem(Problem::ReauthenticationRequired);
    const std::optional<AccountRecord> account = m_services.accounts.findById(caller.accountId);
    if (!account)
        return AuthReplies::unauthorized(Problem::Unauthenticated);
    const ClientInfo client = ClientInfo::fromRequest(request, sessionDevice(caller));
    if (auto throttled = throttledFor(*account, client))
        return *throttled;
    if (!PasswordHasher::verify(current, account->passwordHash))
        return rejectProof(*account, client, SecurityLog::kPasswordFailed,
                           QStringLiteral("current password"));

    const qint64 now = m_services.context.clock.nowMs();
    const QString hash = PasswordHasher::hash(next);
    Transaction transaction(m_services.context.db);
    m_services.accounts.setPassword(account->id, hash, now);
    const int revoked = m_services.sessions.revokeAll(account->id, caller.sessionId, now);
    m_services.log.write(account->id, SecurityLog::kPasswordChanged,
                         QStringLiteral("Password changed on %1; %2 other sessions were signed out")
                             .arg(client.deviceLabel())
                             .arg(revoked),
                         client.ipAddress);
    transaction.commit();
    return HttpResponse::noContent();
}

HttpResponse CredentialRoutes::enrolTotp(const HttpRequest &request)
{
    const AuthContext &caller = request.caller();
    // A stolen access token alone must not bind two-factor to a thief's app.
    if (!recentlyReauthenticated(caller))
        return HttpResponse::problem(Problem::ReauthenticationRequired);
    const std::optional<AccountRecord> account = m_services.accounts.findById(caller.accountId);
    if (!account)
        return AuthReplies::unauthorized(Problem::Unauthenticated);
    if (account->totpEnabled)
        return HttpResponse::problem(
            Problem::Conflict, QStringLiteral("Two-factor authentication is already enabled."));
    const QString secret = Totp::generateSecret();
    m_services.accounts.setPendingTotp(account->id, secret);
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("secret"), secret},
        {QStringLiteral("otpauth_uri"),
         Totp::otpauthUri(m_services.context.config.providerName, account->email, secret)}});
}

HttpResponse CredentialRoutes::confirmTotp(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("code")});
    const QString code = reader.sixDigitCode(QStringLiteral("code"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const AuthContext &caller = request.caller();
    if (!recentlyReauthenticated(caller))
        return HttpResponse::problem(Problem::ReauthenticationRequired);
    const std::optional<AccountRecord> account = m_services.accounts.findById(caller.accountId);
    if (!account)
        return AuthReplies::unauthorized(Problem::Unauthenticated);
    if (account->totpEnabled || account->totpPendingSecret.isEmpty())
        return HttpResponse::problem(
            Problem::Conflict, account->totpEnabled
                                   ? QStringLiteral("Two-factor authentication is already enabled.")
                                   : QStringLiteral("Start the enrolment first."));
    const ClientInfo client = ClientInfo::fromRequest(request, sessionDevice(caller));
    if (auto throttled = throttledFor(*account, client))
        return *throttled;
    const qint64 now = m_services.context.clock.nowMs();
    if (!m_services.accounts.acceptTotp(account->id, account->totpPendingSecret, code, now))
        return rejectProof(*account, client, SecurityLog::kTotpFailed,
                           QStringLiteral("two-factor code"));
    if (!m_services.accounts.enableTotp(account->id, account->totpPendingSecret))
        return HttpResponse::problem(Problem::Conflict);
    m_services.log.write(
        account->id, SecurityLog::kTotpEnabled,
        QStringLiteral("Two-factor authentication turned on from %1").arg(client.deviceLabel()),
        client.ipAddress);
    return HttpResponse::noContent();
}

HttpResponse CredentialRoutes::disableTotp(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("code")});
    const QString code = reader.sixDigitCode(QStringLiteral("code"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const AuthContext &caller = request.caller();
    if (!recentlyReauthenticated(caller))
        return HttpResponse::problem(Problem::ReauthenticationRequired);
    const std::optional<AccountRecord> account = m_services.accounts.findById(caller.accountId);
    if (!account)
        return AuthReplies::unauthorized(Problem::Unauthenticated);
    if (!account->totpEnabled)
        return HttpResponse::problem(Problem::Conflict,
                                     QStringLiteral("Two-factor authentication is not enabled."));
    const ClientInfo client = ClientInfo::fromRequest(request, sessionDevice(caller));
    if (auto throttled = throttledFor(*account, client))
        return *throttled;
    const qint64 now = m_services.context.clock.nowMs();
    if (!m_services.accounts.acceptTotp(account->id, account->totpSecret, code, now))
        return rejectProof(*account, client, SecurityLog::kTotpFailed,
                           QStringLiteral("two-factor code"));
    if (!m_services.accounts.disableTotp(account->id))
        return HttpResponse::problem(Problem::Conflict);
    m_services.log.write(
        account->id, SecurityLog::kTotpDisabled,
        QStringLiteral("Two-factor authentication turned off from %1").arg(client.deviceLabel()),
        client.ipAddress);
    return HttpResponse::noContent();
}

} // namespace pd::server
