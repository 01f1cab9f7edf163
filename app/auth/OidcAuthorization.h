#pragma once

#include "auth/OidcProviderMetadata.h"
#include "auth/PkceChallenge.h"
#include "common/ApiError.h"
#include "discovery/Discovery.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace pd {

class ApiClient;
class ApiJob;
class LoopbackReceiver;
class OneShotTimer;
class ProviderRequest;

// One sign-in at an OpenID Provider in the system browser, as RFC 8252 and
// RFC 9700 ask of a native app: the authorization code flow with PKCE
// (S256), a `state` of 32 bytes from the system's generator compared
// exactly, the `iss` of the response checked (RFC 9207), a nonce issued by
// our backend, the redirect received on 127.0.0.1 only, and the code
// redeemed by this app itself. The outcome is an ID token for the backend
// (POST /auth/oidc to sign in, /auth/oidc/identities to link), checked to
// belong to this attempt first.
//
// start() → FetchingProvider (nonce + provider metadata) → WaitingForBrowser
// (openBrowser() was emitted; the user signs in there) → Redeeming → done.
// Cancel works at every step; the listener closes at the end of each.
class OidcAuthorization : public QObject
{
    Q_OBJECT
public:
    enum class Step { Idle, FetchingProvider, WaitingForBrowser, Redeeming, Finished };
    Q_ENUM(Step)

    struct Result {
        QString issuer;
        QByteArray idToken;
        // Where the provider's own sign-out is offered, with this app's
        // client id; empty when the provider has none.
        QUrl providerSignOutUrl;
    };

    static constexpr std::chrono::minutes kDefaultBrowserTimeout{5};

    // `client` is not owned and must outlive this object.
    OidcAuthorization(ApiClient *client, Discovery::OidcIssuer issuer, QObject *parent = nullptr);
    ~OidcAuthorization() override;

    // How long the user has to finish in the browser (they may simply close it).
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    const Discovery::OidcIssuer &issuer() const { return m_issuer; }
    Step step() const { return m_step; }
    // Set once WaitingForBrowser is reached.
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const;

    void start();
    // Ends the attempt; failed() follows with a Cancelled error.
    void cancel();

Q_SIGNALS:
    void stepChanged(pd::OidcAuthorization::Step step);
    // Open this URL in the system browser.
    void openBrowser(const QUrl &url);
    // The browser came back to the app (bring its window to the front).
    void browserReturned();
    void succeeded(const pd::OidcAuthorization::Result &result);
    // userMessage() is for the user; Kind::Cancelled after cancel().
    void failed(const pd::ApiError &error);

private:
    void setStep(Step step);
    void onNonce(const QJsonDocument &json);
    void onMetadata(const QJsonDocument &json);
    void openAuthorization();
    void onCallback(const QUrlQuery &query);
    // Empty when the callback may be used; else the user message.
    QString checkCallback(const QUrlQuery &query) const;
    void redeem(const QString &code);
    void onTokens(const QJsonDocument &json);
    void fail(ApiError error, const QString &userMessage = {});
    void finish();
    QString providerName() const;

    ApiClient *m_client;
    Discovery::OidcIssuer m_issuer;
    Step m_step = Step::Idle;
    std::chrono::milliseconds m_browserTimeout = kDefaultBrowserTimeout;
    QPointer<ApiJob> m_nonceJob;
    QPointer<ProviderRequest> m_providerRequest;
    LoopbackReceiver *m_receiver;
    std::unique_ptr<OneShotTimer> m_browserTimer;
    std::optional<OidcProviderMetadata> m_metadata;
    QString m_nonce;
    QByteArray m_state;
    PkceChallenge m_pkce;
    QUrl m_authorizationUrl;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::OidcAuthorization::Result)
