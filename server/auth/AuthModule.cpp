#include "AuthModule.h"

#include "auth/AccountStore.h"
#include "auth/AuthServices.h"
#include "auth/CredentialRoutes.h"
#include "auth/MfaChallengeStore.h"
#include "auth/OidcRoutes.h"
#include "auth/OidcVerifier.h"
#include "auth/PasswordChecks.h"
#include "auth/SecurityLog.h"
#include "auth/SessionRoutes.h"
#include "auth/SessionStore.h"
#include "auth/SignInRoutes.h"
#include "auth/SignInThrottle.h"
#include "auth/TokenService.h"
#include "http/HttpRouter.h"
#include "kernel/Clock.h"

#include <QTimer>

namespace pd::server {

namespace {
// Opaque tokens are 43 characters; anything far longer is not ours and is
// not worth hashing.
constexpr qsizetype kMaxTokenLength = 512;
} // namespace

AuthModule::AuthModule(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_accounts(std::make_unique<AccountStore>(context.db))
    , m_sessions(std::make_unique<SessionStore>(context.db,
                                                qint64(context.config.accessTokenSeconds) * 1000))
    , m_tokens(
          std::make_unique<TokenService>(context.db, *m_sessions, context.config, context.secret))
    , m_challenges(std::make_unique<MfaChallengeStore>(context.db))
    , m_log(std::make_unique<SecurityLog>(context.db, context.clock))
    , m_throttle(std::make_unique<SignInThrottle>(context.db, context.clock, context.secret))
    , m_oidc(new OidcVerifier(context.config, context.clock, this))
{
    if (!context.passwordChecks)
        m_ownPasswords = std::make_unique<PasswordChecks>(context.config.holdPasswordChecks);
    PasswordChecks &passwords = context.passwordChecks ? *context.passwordChecks : *m_ownPasswords;
    m_services.reset(new AuthServices{m_context, *m_accounts, *m_sessions, *m_tokens, *m_challenges,
                                      *m_log, *m_throttle, *m_oidc, passwords});
    m_signIn = std::make_unique<SignInRoutes>(*m_services);
    m_oidcRoutes = std::make_unique<OidcRoutes>(*m_services);
    m_sessionRoutes = std::make_unique<SessionRoutes>(*m_services);
    m_credentialRoutes = std::make_unique<CredentialRoutes>(*m_services);
    // Once the event loop runs, so that the keys are on their way before the
    // first sign-in needs them.
    QTimer::singleShot(0, m_oidc, &OidcVerifier::start);
}

AuthModule::~AuthModule() = default;

void AuthModule::registerRoutes(HttpRouter &router)
{
    m_signIn->registerRoutes(router);
    m_oidcRoutes->registerRoutes(router);
    m_sessionRoutes->registerRoutes(router);
    m_credentialRoutes->registerRoutes(router);
}

std::optional<AuthContext> AuthModule::authenticate(const QByteArray &accessToken)
{
    if (accessToken.isEmpty() || accessToken.size() > kMaxTokenLength)
        return std::nullopt;
    return m_sessions->authenticate(TokenService::hash(QString::fromLatin1(accessToken)),
                                    m_context.clock.nowMs());
}

} // namespace pd::server
