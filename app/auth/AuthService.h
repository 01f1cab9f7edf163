#pragma once

#include "api/AccessTokenProvider.h"
#include "auth/SignInResult.h"
#include "common/ApiResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace pd {

class ApiClient;
class TokenStore;

// Signs the user in and out of one server profile and keeps the session
// alive. The access token lives in memory only; the refresh token is kept in
// the TokenStore (the keychain) under "refresh-token/<profile id>" and
// rotated on every refresh, the new one stored before the new access token
// is used. Serves as the ApiClient's AccessTokenProvider.
class AuthService : public QObject, public AccessTokenProvider
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, TwoFactorRequired, SignedIn, SigningOut };
    Q_ENUM(State)

    // Registers itself as `client`'s token provider. Neither is owned.
    AuthService(ApiClient *client, TokenStore *store, QObject *parent = nullptr);
    ~AuthService() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString sessionId() const { return m_sessionId; }
    // The signed-in account's opaque id (empty if the server does not say).
    QString accountId() const { return m_accountId; }
    QString storeKey() const;
    // How this session was signed in: single sign-on (in this run of the
    // app), else false (a password, or a session resumed from an earlier run).
    bool signedInWithProvider() const { return m_withProvider; }
    // The identity provider's sign-out page for this session, if it has one
    // (held in memory only). Read it before signOut(), which forgets it.
    QUrl providerSignOutUrl() const { return m_providerSignOutUrl; }

    void signInWithPassword(const QString &email, const QString &password,
                            const QString &deviceName = {});
    // Signs in with an ID token from an OpenID Provider (OidcAuthorization);
    // the two-factor step follows as after a password when the account has
    // it on. `providerSignOutUrl` is offered after this session's sign-out.
    void signInWithIdToken(const QString &issuer, const QByteArray &idToken,
                           const QString &deviceName = {}, const QUrl &providerSignOutUrl = {});
    // Answers the two-factor challenge of the last password or single sign-on.
    void submitTotp(const QString &code);
    // Resumes the session of an earlier run from the stored refresh token.
    void restoreSession();
    // Ends the session on the server, then forgets it locally (also when the
    // server cannot be reached).
    void signOut();

    // AccessTokenProvider
    QString accessToken() const override;
    void refreshAccessToken(QObject *context, RefreshCallback done) override;

Q_SIGNALS:
    void stateChanged(pd::AuthService::State state);
    void signedIn();
    void twoFactorRequired(const QStringList &methods, int expiresInSeconds);
    void signInFailed(const pd::ApiError &error);
    void signedOut();
    // The server ended the session (refresh refused): sign in again.
    void sessionExpired(const pd::ApiError &error);
    // The keychain failed; the message is for the user.
    void tokenStoreFailed(const QString &message);

private:
    struct Waiter {
        QPointer<QObject> context;
        RefreshCallback done;
    };

    void setState(State state);
    void onSignInAnswer(const ApiResult &result, bool allowChallenge, bool withProvider);
    void acceptTokens(const SignInResult &tokens, std::function<void()> then);
    void onRefreshAnswer(const ApiResult &result);
    void finishRefresh(RefreshOutcome outcome, const std::optional<ApiError> &error);
    void expireSession(const ApiError &error);
    void sendSignOut(const QString &accessToken);
    void forgetLocally();
    void clearMemory();

    ApiClient *m_client;
    TokenStore *m_store;
    State m_state = State::SignedOut;
    QString m_accessToken;
    std::chrono::milliseconds m_accessExpiry{0};
    QString m_refreshToken;
    QString m_sessionId;
    QString m_accountId;
    QString m_challengeId;
    bool m_withProvider = false;
    bool m_pendingWithProvider = false;
    QUrl m_providerSignOutUrl;
    QUrl m_pendingProviderSignOutUrl;
    QList<Waiter> m_refreshWaiters;
    bool m_refreshing = false;
    // Bumped on every sign-out: answers meant for an older session are dropped.
    quint64 m_generation = 0;
};

} // namespace pd
