#include "SessionOpener.h"

#include "auth/AccountStore.h"
#include "auth/SecurityLog.h"
#include "auth/SessionStore.h"
#include "auth/SignInThrottle.h"
#include "auth/TokenService.h"
#include "db/Database.h"
#include "kernel/Clock.h"

namespace pd::server {

namespace {

QString describeMethod(const QString &authMethod)
{
    if (authMethod == QLatin1String("password+totp"))
        return QStringLiteral("password and two-factor code");
    if (authMethod == QLatin1String("oidc"))
        return QStringLiteral("single sign-on");
    if (authMethod == QLatin1String("oidc+totp"))
        return QStringLiteral("single sign-on and two-factor code");
    return QStringLiteral("password");
}

} // namespace

SessionOpener::SessionOpener(const AuthServices &services)
    : m_services(services)
{}

HttpResponse SessionOpener::open(const AccountRecord &account, const ClientInfo &client,
                                 const QString &authMethod) const
{
    const qint64 now = m_services.context.clock.nowMs();
    m_services.throttle.clearAccount(account.email);
    TokenSet tokens;
    {
        Transaction transaction(m_services.context.db);
        const QString sessionId = m_services.sessions.create(account.id, client, authMethod, now);
        tokens = m_services.tokens.issue(sessionId, now);
        m_services.log.write(account.id, SecurityLog::kSessionCreated,
                             QStringLiteral("Signed in with %1 on %2")
                                 .arg(describeMethod(authMethod), client.deviceLabel()),
                             client.ipAddress);
        transaction.commit();
    }
    return HttpResponse::json(tokens.toJson());
}

} // namespace pd::server
