#include "SignInRoutes.h"

#include "auth/AccountStore.h"
#include "auth/AuthReplies.h"
#include "auth/MfaChallengeStore.h"
#include "auth/PasswordChecks.h"
#include "auth/PasswordHasher.h"
#include "auth/SecurityLog.h"
#include "auth/SignInThrottle.h"
#include "auth/TokenService.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"

#include <QJsonArray>

namespace pd::server {

SignInRoutes::SignInRoutes(const AuthServices &services)
    : m_services(services)
    , m_opener(services)
    , m_dummyHash(std::async(std::launch::async,
                             [] { return PasswordHasher::hash(TokenService::randomToken()); }))
{}

void SignInRoutes::registerRoutes(HttpRouter &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/password"), Access::Public,
               [this](const HttpRequest &request) { return password(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/totp"), Access::Public,
               [this](const HttpRequest &request) { return totp(request); });
    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), Access::Public,
               [this](const HttpRequest &request) { return refresh(request); });
}

HttpResponse SignInRoutes::password(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown(
        {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("device_name")});
    const QString email = reader.requiredString(QStringLiteral("email"), 320);
    const QString password = reader.requiredString(QStringLiteral("password"), 1024);
    const QString deviceName = reader.optionalString(QStringLiteral("device_name"), 100);
    if (!email.isEmpty() && !AuthReplies::isValidEmail(email))
        reader.fail(QStringLiteral("email"), QStringLiteral("email must be an email address"));
    if (reader.has(QStringLiteral("device_name")) && deviceName.trimmed().isEmpty())
        reader.fail(QStringLiteral("device_name"),
                    QStringLiteral("device_name must not be empty when given"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const ClientInfo client = ClientInfo::fromRequest(request, deviceName);
    if (const int wait = m_services.throttle.retryAfterSeconds(email, client.ipAddress))
        return AuthReplies::throttled(wait);

    const std::optional<AccountRecord> account = m_services.accounts.findByEmail(email);
    const QFuture<bool> check =
        m_services.passwords.verify(password, account ? account->passwordHash : m_dummyHash.get());
    // The rest runs on the server's thread once PBKDF2 is done; the account
    // is read again there, so a change meanwhile (a new password, deletion)
    // is seen.
    QString accountId;
    QString checkedHash;
    if (account) {
        accountId = account->id;
        checkedHash = account->passwordHash;
    }
    return HttpResponse::after(
        QFuture<void>(check), [this, check, email, client, accountId, checkedHash] {
            return passwordChecked(check.result(), accountId, checkedHash, email, client);
        });
}

HttpResponse SignInRoutes::passwordChecked(bool passwordOk, const QString &accountId,
                                           const QString &checkedHash, const QString &email,
                                           const ClientInfo &client)
{
    std::optional<AccountRecord> account =
        accountId.isEmpty() ? std::nullopt : m_services.accounts.findById(accountId);
    // A password changed during the check was checked against the old one.
    if (account && account->passwordHash != checkedHash)
        passwordOk = false;
    if (!account || !passwordOk) {
        m_services.throttle.recordFailure(email, client.ipAddress);
        if (account) {
            m_services.log.write(
                account->id, SecurityLog::kPasswordFailed,
                QStringLiteral("Wrong password when signing in on %1").arg(client.deviceLabel()),
                client.ipAddress);
        }
        return AuthReplies::unauthorized(Problem::InvalidCredentials,
                                         QStringLiteral("The email or password is not correct."));
    }
    if (!account->totpEnabled)
        return m_opener.open(*account, client, QStringLiteral("password"));

    const QString challengeId =
        m_services.challenges.create(account->id, client, m_services.context.clock.nowMs());
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("mfa_required")},
                    {QStringLiteral("challenge_id"), challengeId},
                    {QStringLiteral("methods"), QJsonArray{QStringLiteral("totp")}},
                    {QStringLiteral("expires_in"), MfaChallengeStore::kLifetimeSeconds}});
}

HttpResponse SignInRoutes::totp(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("challenge_id"), QStringLiteral("code")});
    const QString challengeId = reader.requiredString(QStringLiteral("challenge_id"), 128);
    const QString code = reader.sixDigitCode(QStringLiteral("code"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const qint64 now = m_services.context.clock.nowMs();
    const std::optional<MfaChallenge> challenge = m_services.challenges.open(challengeId, now);
    const std::optional<AccountRecord> account =
        challenge ? m_services.accounts.findById(challenge->accountId) : std::nullopt;
    if (!challenge || !account || !account->totpEnabled) {
        return AuthReplies::unauthorized(Problem::MfaChallengeInvalid,
                                         QStringLiteral("Sign in with your password again."));
    }
    const ClientInfo client = ClientInfo::fromRequest(request, challenge->client.deviceName);
    if (const int wait = m_services.throttle.retryAfterSeconds(account->email, client.ipAddress))
        return AuthReplies::throttled(wait);

    if (!m_services.accounts.acceptTotp(account->id, account->totpSecret, code, now)) {
        m_services.challenges.recordFailure(challenge->id);
        m_services.throttle.recordFailure(account->email, client.ipAddress);
        m_services.log.write(account->id, SecurityLog::kTotpFailed,
                             QStringLiteral("Wrong or reused two-factor code when signing in on %1")
                                 .arg(client.deviceLabel()),
                             client.ipAddress);
        return AuthReplies::unauthorized(
            Problem::InvalidCredentials,
            QStringLiteral("The code is not correct or was already used."));
    }
    if (!m_services.challenges.consume(challenge->id, now)) {
        return AuthReplies::unauthorized(Problem::MfaChallengeInvalid,
                                         QStringLiteral("Sign in with your password again."));
    }
    return m_opener.open(*account, client,
                         challenge->authMethod == QLatin1String("oidc")
                             ? QStringLiteral("oidc+totp")
                             : QStringLiteral("password+totp"));
}

HttpResponse SignInRoutes::refresh(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("refresh_token")});
    const QString refreshToken = reader.requiredString(QStringLiteral("refresh_token"), 1024);
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const TokenService::RefreshResult result = m_services.tokens.refresh(
        refreshToken, m_services.context.clock.nowMs(), ClientInfo::fromRequest(request).ipAddress);
    switch (result.outcome) {
    case TokenService::RefreshOutcome::Rotated:
        return HttpResponse::json(result.tokens.toJson());
    case TokenService::RefreshOutcome::Reused:
        if (result.sessionEnded) {
            m_services.log.write(
                result.accountId, SecurityLog::kSessionRevoked,
                QStringLiteral("A session was signed out because an old refresh token of it "
                               "was used again"),
                ClientInfo::fromRequest(request).ipAddress);
        }
        return AuthReplies::unauthorized(
            Problem::RefreshTokenReused,
            QStringLiteral("The session was ended for safety. Sign in again."));
    case TokenService::RefreshOutcome::Invalid:
        break;
    }
    return AuthReplies::unauthorized(Problem::RefreshTokenInvalid,
                                     QStringLiteral("Sign in again."));
}

} // namespace pd::server
