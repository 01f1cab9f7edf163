#include "auth/AuthService.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthLog.h"
#include "auth/TokenStore.h"
#include "net/TimerSource.h"

#include <QJsonObject>

#include <utility>

namespace pd {

namespace {

// The access token is treated as expired this long before the server says.
constexpr std::chrono::milliseconds kExpiryMargin{30000};
constexpr std::chrono::milliseconds kSignOutTimeout{10000};

ApiRequest postJson(const QString &path, const QJsonObject &body)
{
    return ApiRequest::post(path, QJsonDocument(body)).withoutAuth();
}

} // namespace

AuthService::AuthService(ApiClient *client, TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_client->setAccessTokenProvider(this);
    connect(m_client, &ApiClient::signInRequired, this, [this] {
        if (m_state == State::SignedIn)
            expireSession(ApiError::problem(401, QStringLiteral("unauthenticated"),
                                            QStringLiteral("rejected after refresh")));
    });
}

AuthService::~AuthService()
{
    if (m_client && m_client->accessTokenProvider() == this)
        m_client->setAccessTokenProvider(nullptr);
}

QString AuthService::storeKey() const
{
    return QStringLiteral("refresh-token/") + m_client->profile().id;
}

void AuthService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthService::signInWithPassword(const QString &email, const QString &password,
                                     const QString &deviceName)
{
    if (m_state == State::SigningIn || m_state == State::SigningOut)
        return;
    setState(State::SigningIn);
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!deviceName.isEmpty())
        body.insert(QStringLiteral("device_name"), deviceName);
    ApiJob *job = m_client->send(postJson(QStringLiteral("/auth/password"), body));
    connect(job, &ApiJob::finished, this,
            [this, generation = m_generation](const ApiResult &result) {
                if (generation == m_generation)
                    onSignInAnswer(result, true, false);
            });
}

void AuthService::signInWithIdToken(const QString &issuer, const QByteArray &idToken,
                                    const QString &deviceName, const QUrl &providerSignOutUrl)
{
    if (m_state == State::SigningIn || m_state == State::SigningOut)
        return;
    setState(State::SigningIn);
    m_pendingProviderSignOutUrl = providerSignOutUrl;
    QJsonObject body{{QStringLiteral("issuer"), issuer},
                     {QStringLiteral("id_token"), QString::fromLatin1(idToken)}};
    if (!deviceName.isEmpty())
        body.insert(QStringLiteral("device_name"), deviceName);
    ApiJob *job = m_client->send(postJson(QStringLiteral("/auth/oidc"), body));
    connect(job, &ApiJob::finished, this,
            [this, generation = m_generation](const ApiResult &result) {
                if (generation == m_generation)
                    onSignInAnswer(result, true, true);
            });
}

void AuthService::submitTotp(const QString &code)
{
    if (m_state != State::TwoFactorRequired)
        return;
    setState(State::SigningIn);
    const QJsonObject body{{QStringLiteral("challenge_id"), m_challengeId},
                           {QStringLiteral("code"), code}};
    ApiJob *job = m_client->send(postJson(QStringLiteral("/auth/totp"), body));
    connect(job, &ApiJob::finished, this,
            [this, generation = m_generation](const ApiResult &result) {
                if (generation == m_generation)
                    onSignInAnswer(result, false, m_pendingWithProvider);
            });
}

void AuthService::onSignInAnswer(const ApiResult &result, bool allowChallenge, bool withProvider)
{
    m_pendingWithProvider = withProvider;
    ApiError error;
    std::optional<SignInResult> answer;
    if (!result.ok())
        error = *result.error;
    else
        answer = SignInResult::fromJson(result.json, allowChallenge, &error);
    if (!answer) {
        // A wrong code (or a network failure) leaves the challenge open.
        const bool challengeOpen = !allowChallenge && !m_challengeId.isEmpty() &&
                                   !error.isProblem(QLatin1String("mfa-challenge-invalid")) &&
                                   error.kind() != ApiError::Kind::Malformed;
        if (!challengeOpen)
            m_challengeId.clear();
        setState(challengeOpen ? State::TwoFactorRequired : State::SignedOut);
        qCInfo(lcAuth).noquote() << "sign-in failed:" << error.logSummary();
        Q_EMIT signInFailed(error);
        return;
    }
    if (answer->status == SignInResult::Status::MfaRequired) {
        m_challengeId = answer->challengeId;
        setState(State::TwoFactorRequired);
        Q_EMIT twoFactorRequired(answer->methods, answer->expiresIn);
        return;
    }
    m_challengeId.clear();
    m_withProvider = withProvider;
    m_providerSignOutUrl = withProvider ? m_pendingProviderSignOutUrl : QUrl();
    m_pendingProviderSignOutUrl.clear();
    acceptTokens(*answer, [this] {
        qCInfo(lcAuth) << "signed in";
        setState(State::SignedIn);
        Q_EMIT signedIn();
    });
}

void AuthService::acceptTokens(const SignInResult &tokens, std::function<void()> then)
{
    m_refreshToken = tokens.refreshToken;
    m_sessionId = tokens.sessionId;
    m_accountId = tokens.accountId;
    // The new refresh token is stored before the new access token is used.
    m_store->write(storeKey(), tokens.refreshToken, this,
                   [this, tokens, then = std::move(then),
                    generation = m_generation](const TokenStore::Result &stored) {
                       if (generation != m_generation)
                           return;
                       if (!stored.ok()) {
                           qCWarning(lcAuth) << "refresh token not stored; session kept in memory";
                           Q_EMIT tokenStoreFailed(stored.errorMessage);
                       }
                       m_accessToken = tokens.accessToken;
                       const std::chrono::milliseconds lifetime =
                           std::chrono::seconds(tokens.expiresIn);
                       m_accessExpiry =
                           m_client->timers().now() +
                           (lifetime > 2 * kExpiryMargin ? lifetime - kExpiryMargin : lifetime / 2);
                       then();
                   });
}

QString AuthService::accessToken() const
{
    if (m_accessToken.isEmpty() || m_client->timers().now() >= m_accessExpiry)
        return {};
    return m_accessToken;
}

void AuthService::refreshAccessToken(QObject *context, RefreshCallback done)
{
    m_refreshWaiters.append({context, std::move(done)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    if (m_refreshToken.isEmpty()) {
        // Answer on the next turn, like a real refresh would.
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishRefresh(RefreshOutcome::SignInRequired,
                              ApiError::problem(401, QStringLiteral("unauthenticated"),
                                                QStringLiteral("not signed in")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject body{{QStringLiteral("refresh_token"), m_refreshToken}};
    ApiJob *job = m_client->send(postJson(QStringLiteral("/auth/refresh"), body));
    connect(job, &ApiJob::finished, this,
            [this, generation = m_generation](const ApiResult &result) {
                if (generation == m_generation)
                    onRefreshAnswer(result);
            });
}

void AuthService::onRefreshAnswer(const ApiResult &result)
{
    ApiError error;
    std::optional<SignInResult> answer;
    if (!result.ok())
        error = *result.error;
    else
        answer = SignInResult::fromJson(result.json, false, &error);
    if (answer) {
        acceptTokens(*answer, [this] {
            qCInfo(lcAuth) << "access token refreshed";
            const bool wasSignedIn = m_state == State::SignedIn;
            setState(State::SignedIn);
            if (!wasSignedIn)
                Q_EMIT signedIn();
            finishRefresh(RefreshOutcome::Refreshed, std::nullopt);
        });
        return;
    }
    // 400/401 mean the refresh token is no good any more; anything else
    // (network, 5xx) may pass, and the token is kept for a later try.
    const bool rejected = error.httpStatus() == 400 || error.httpStatus() == 401;
    if (rejected) {
        expireSession(error);
        finishRefresh(RefreshOutcome::SignInRequired, error);
    } else {
        if (m_state == State::SigningIn)
            setState(State::SignedOut);
        finishRefresh(RefreshOutcome::Failed, error);
    }
}

void AuthService::finishRefresh(RefreshOutcome outcome, const std::optional<ApiError> &error)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_refreshWaiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(outcome, error);
    }
}

void AuthService::expireSession(const ApiError &error)
{
    qCInfo(lcAuth).noquote() << "session ended by the server:" << error.logSummary();
    ++m_generation;
    clearMemory();
    setState(State::SignedOut);
    m_store->remove(storeKey(), this, [this](const TokenStore::Result &removed) {
        if (!removed.ok())
            Q_EMIT tokenStoreFailed(removed.errorMessage);
    });
    Q_EMIT sessionExpired(error);
    finishRefresh(RefreshOutcome::SignInRequired, error);
}

void AuthService::restoreSession()
{
    if (m_state != State::SignedOut)
        return;
    setState(State::SigningIn);
    m_store->read(storeKey(), this,
                  [this, generation = m_generation](const TokenStore::Result &read) {
                      if (generation != m_generation)
                          return;
                      if (!read.ok() || read.secret.isEmpty()) {
                          if (read.status == TokenStore::Result::Status::Error)
                              Q_EMIT tokenStoreFailed(read.errorMessage);
                          setState(State::SignedOut);
                          Q_EMIT signedOut();
                          return;
                      }
                      m_refreshToken = read.secret;
                      refreshAccessToken(this, [this](RefreshOutcome outcome,
                                                      const std::optional<ApiError> &error) {
                          if (outcome == RefreshOutcome::Failed && error)
                              Q_EMIT signInFailed(*error);
                      });
                  });
}

void AuthService::signOut()
{
    if (m_state == State::SigningOut)
        return;
    const QString accessToken = this->accessToken();
    const QString refreshToken = m_refreshToken;
    // From here on no request can use this session's tokens.
    ++m_generation;
    clearMemory();
    finishRefresh(RefreshOutcome::Failed, ApiError::cancelled());
    setState(State::SigningOut);
    if (!accessToken.isEmpty()) {
        sendSignOut(accessToken);
        return;
    }
    if (refreshToken.isEmpty()) {
        forgetLocally();
        return;
    }
    // The access token has expired: get one to end the session on the server.
    const QJsonObject body{{QStringLiteral("refresh_token"), refreshToken}};
    ApiRequest request =
        postJson(QStringLiteral("/auth/refresh"), body).withTimeout(kSignOutTimeout);
    connect(m_client->send(request), &ApiJob::finished, this, [this](const ApiResult &result) {
        ApiError ignored;
        const auto tokens =
            result.ok() ? SignInResult::fromJson(result.json, false, &ignored) : std::nullopt;
        if (tokens)
            sendSignOut(tokens->accessToken);
        else
            forgetLocally();
    });
}

void AuthService::sendSignOut(const QString &accessToken)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/auth/sign-out");
    request.needsAuth = false; // the token is set here: the session's own, not the provider's
    request.transferTimeout = kSignOutTimeout;
    request.withHeader("Authorization", "Bearer " + accessToken.toUtf8());
    // Best effort: the user is signed out here whatever the server says, so
    // an unreachable server must not hold that up with retries.
    request.withoutRetries();
    connect(m_client->send(request), &ApiJob::finished, this, [this](const ApiResult &result) {
        if (!result.ok())
            qCInfo(lcAuth).noquote() << "server sign-out failed:" << result.error->logSummary();
        forgetLocally();
    });
}

void AuthService::forgetLocally()
{
    m_store->remove(storeKey(), this, [this](const TokenStore::Result &removed) {
        if (!removed.ok())
            Q_EMIT tokenStoreFailed(removed.errorMessage);
        qCInfo(lcAuth) << "signed out";
        setState(State::SignedOut);
        Q_EMIT signedOut();
    });
}

void AuthService::clearMemory()
{
    m_accessToken.clear();
    m_accessExpiry = std::chrono::milliseconds(0);
    m_refreshToken.clear();
    m_sessionId.clear();
    m_accountId.clear();
    m_challengeId.clear();
    m_withProvider = false;
    m_pendingWithProvider = false;
    m_providerSignOutUrl.clear();
    m_pendingProviderSignOutUrl.clear();
}

} // namespace pd
