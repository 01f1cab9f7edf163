// Single sign-on through the app's core against a real OpenID Provider
// (node's oidc-provider on loopback) and the reference backend, both over
// verified TLS: OidcAuthorization runs the browser round trip (the browser
// is AuthorizationDriver, which submits the provider's login and consent
// forms and delivers the redirect to the app's loopback listener), then
// AuthService hands the ID token to /auth/oidc.
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthService.h"
#include "auth/LinkedIdentities.h"
#include "auth/MemoryTokenStore.h"
#include "auth/OidcAuthorization.h"
#include "discovery/Discovery.h"

#include "AuthorizationDriver.h"
#include "OidcTestProvider.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace pd;
using namespace pd::test;

namespace {
const QString kPlainLogin = QStringLiteral("app-plain-user");
const QString kTwoFactorLogin = QStringLiteral("app-two-factor-user");

QUrl withQueryItem(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}
} // namespace

class TestClientOidc : public QObject
{
    Q_OBJECT

    OidcTestProvider m_idp;
    TestServer m_server;
    ServerProfile m_profile;
    Discovery::OidcIssuer m_issuer;

    struct Session {
        std::unique_ptr<MemoryTokenStore> store = std::make_unique<MemoryTokenStore>();
        std::unique_ptr<ApiClient> client;
        std::unique_ptr<AuthService> auth;
    };

    // What one browser round trip gave: the ID token, or the failure.
    struct Outcome {
        std::optional<OidcAuthorization::Result> result;
        std::optional<ApiError> error;
        QUrl authorizationUrl;
        QUrl redirectUri;
        AuthorizationDriver::Delivery page;
    };

    using UrlEdit = std::function<QUrl(const QUrl &)>;

    std::unique_ptr<Session> newSession()
    {
        auto session = std::make_unique<Session>();
        session->client = std::make_unique<ApiClient>(m_profile);
        session->auth = std::make_unique<AuthService>(session->client.get(), session->store.get());
        return session;
    }

    static ApiResult send(ApiClient &client, ApiRequest request)
    {
        QSignalSpy finished(client.send(std::move(request)), &ApiJob::finished);
        if (!finished.wait(30000))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    // Runs OidcAuthorization with the driver as the browser. `editAuthorization`
    // changes the URL the "browser" is sent to, `editCallback` the redirect
    // it delivers; `cancelAtLogin` presses the provider's Cancel.
    Outcome browserSignIn(ApiClient &client, const QString &login,
                          const UrlEdit &editAuthorization = {}, const UrlEdit &editCallback = {},
                          bool cancelAtLogin = false)
    {
        Outcome outcome;
        OidcAuthorization flow(&client, m_issuer);
        QSignalSpy opened(&flow, &OidcAuthorization::openBrowser);
        QSignalSpy succeeded(&flow, &OidcAuthorization::succeeded);
        QSignalSpy failed(&flow, &OidcAuthorization::failed);
        flow.start();
        if (!opened.wait(30000)) {
            outcome.error = failed.isEmpty() ? ApiError::timeout(QStringLiteral("no browser"))
                                             : failed.constFirst().constFirst().value<ApiError>();
            return outcome;
        }
        outcome.authorizationUrl = opened.constFirst().constFirst().toUrl();
        outcome.redirectUri = flow.redirectUri();
        const QUrl url = editAuthorization ? editAuthorization(outcome.authorizationUrl)
                                           : outcome.authorizationUrl;
        AuthorizationDriver browser(m_idp);
        const std::optional<QUrl> callback =
            cancelAtLogin ? browser.cancelAtLogin(url) : browser.authorize(url, login);
        if (!callback) {
            outcome.error = ApiError::network(browser.lastError());
            return outcome;
        }
        outcome.page = browser.deliver(editCallback ? editCallback(*callback) : *callback);
        if (succeeded.isEmpty() && failed.isEmpty())
            (void)QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 30000);
        if (!succeeded.isEmpty())
            outcome.result = succeeded.constFirst().constFirst().value<OidcAuthorization::Result>();
        if (!failed.isEmpty())
            outcome.error = failed.constFirst().constFirst().value<ApiError>();
        return outcome;
    }

    bool signInWithPassword(Session &session, const DemoAccount &account, int totpStep = 0)
    {
        QSignalSpy signedIn(session.auth.get(), &AuthService::signedIn);
        QSignalSpy challenge(session.auth.get(), &AuthService::twoFactorRequired);
        session.auth->signInWithPassword(account.email, account.password, u"tst_client_oidc"_qs);
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !challenge.isEmpty(); }, 30000))
            return false;
        if (!challenge.isEmpty())
            session.auth->submitTotp(TestServer::totpCode(account.totpSecret, totpStep));
        return !signedIn.isEmpty() || signedIn.wait(30000);
    }

    bool reauthenticate(Session &session, const DemoAccount &account)
    {
        return send(
                   *session.client,
                   ApiRequest::post(u"/auth/reauthenticate"_qs,
                                    QJsonDocument(QJsonObject{{u"password"_qs, account.password}})))
                   .httpStatus == 204;
    }

    // Links `login` at the provider to `account`, through the app's core.
    bool link(const DemoAccount &account, const QString &login, int totpStep = 0)
    {
        const auto session = newSession();
        if (!signInWithPassword(*session, account, totpStep)) {
            qWarning("password sign-in failed");
            return false;
        }
        if (!reauthenticate(*session, account)) {
            qWarning("re-authentication failed");
            return false;
        }
        const Outcome outcome = browserSignIn(*session->client, login);
        if (!outcome.result) {
            qWarning() << "browser sign-in failed:"
                       << (outcome.error ? outcome.error->developerDetail() : QString());
            return false;
        }
        const ApiResult linked =
            send(*session->client,
                 LinkedIdentities::linkRequest(outcome.result->issuer, outcome.result->idToken));
        if (linked.httpStatus != 201)
            qWarning() << "link answered" << linked.httpStatus;
        return linked.httpStatus == 201;
    }

    // The full sign-in as the app does it; the failure, if any.
    std::optional<ApiError> signInWithProvider(Session &session, const QString &login,
                                               const QString &totpSecret = {},
                                               QByteArray *idToken = nullptr)
    {
        const Outcome outcome = browserSignIn(*session.client, login);
        if (!outcome.result)
            return outcome.error.value_or(ApiError::network(u"no outcome"_qs));
        if (idToken)
            *idToken = outcome.result->idToken;
        QSignalSpy signedIn(session.auth.get(), &AuthService::signedIn);
        QSignalSpy challenge(session.auth.get(), &AuthService::twoFactorRequired);
        QSignalSpy failed(session.auth.get(), &AuthService::signInFailed);
        session.auth->signInWithIdToken(outcome.result->issuer, outcome.result->idToken,
                                        u"SSO laptop"_qs, outcome.result->providerSignOutUrl);
        (void)QTest::qWaitFor(
            [&] { return !signedIn.isEmpty() || !challenge.isEmpty() || !failed.isEmpty(); },
            30000);
        if (!challenge.isEmpty()) {
            if (totpSecret.isEmpty())
                return ApiError::network(u"unexpected two-factor step"_qs);
            session.auth->submitTotp(TestServer::totpCode(totpSecret, 1));
            (void)QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000);
        }
        if (!failed.isEmpty())
            return failed.constLast().constFirst().value<ApiError>();
        if (signedIn.isEmpty())
            return ApiError::timeout(u"no answer"_qs);
        return std::nullopt;
    }

    QString currentSessionMethod(ApiClient &client)
    {
        const ApiResult sessions = send(client, ApiRequest::get(u"/auth/sessions"_qs));
        for (const QJsonValue &item : sessions.json.object().value(u"items"_qs).toArray()) {
            if (item.toObject().value(u"current"_qs).toBool())
                return item.toObject().value(u"sign_in_method"_qs).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<OidcAuthorization::Result>();
        QVERIFY2(m_idp.start(), qPrintable(m_idp.lastError()));
        QVERIFY2(m_server.start(m_idp.serverArguments(u"Test IdP"_qs)),
                 qPrintable(m_server.lastError()));
        m_profile = ServerProfile::forUrl(m_server.origin());
        m_profile.caBundlePath = m_idp.writeCaBundle({m_server.caCertificatePath()});
        QVERIFY2(!m_profile.caBundlePath.isEmpty(), qPrintable(m_idp.lastError()));

        // The issuer, its client id and scopes come from the backend's discovery.
        const auto session = newSession();
        const ApiResult document =
            send(*session->client, ApiRequest::get(u"/.well-known/privacy-dashboard"_qs)
                                       .withRoot(ApiRequest::Root::Origin)
                                       .withoutAuth());
        ApiError error;
        const std::optional<Discovery> discovery = Discovery::fromJson(document.json, &error);
        QVERIFY2(discovery, qPrintable(error.developerDetail()));
        QCOMPARE(discovery->oidcIssuers.size(), 1);
        m_issuer = discovery->oidcIssuers.constFirst();
        QCOMPARE(m_issuer.issuer, QUrl(m_idp.issuer()));
        QCOMPARE(m_issuer.clientId, OidcTestProvider::clientId());
        QVERIFY(m_issuer.scopes.contains(u"openid"_qs));

        QVERIFY(link(m_server.accounts().at(1), kPlainLogin));
        QVERIFY(link(m_server.accounts().at(0), kTwoFactorLogin));
    }

    void signsInWithALinkedIdentity()
    {
        const auto session = newSession();
        const Outcome outcome = browserSignIn(*session->client, kPlainLogin);
        QVERIFY2(outcome.result,
                 qPrintable(outcome.error ? outcome.error->userMessage() : QString()));
        // The browser is told to return to the app, and the listener is gone.
        QCOMPARE(outcome.page.status, 200);
        QVERIFY(outcome.page.body.contains("close this tab"));
        AuthorizationDriver browser(m_idp);
        QVERIFY(!browser.deliver(outcome.redirectUri).networkError.isEmpty());
        const QUrlQuery query(outcome.authorizationUrl);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_qs), u"S256"_qs);
        QCOMPARE(QUrl(query.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded)).host(),
                 u"127.0.0.1"_qs);
        QVERIFY(outcome.result->providerSignOutUrl.isValid());
        QCOMPARE(outcome.result->providerSignOutUrl.host(), QUrl(m_idp.issuer()).host());

        QSignalSpy signedIn(session->auth.get(), &AuthService::signedIn);
        session->auth->signInWithIdToken(outcome.result->issuer, outcome.result->idToken,
                                         u"SSO laptop"_qs, outcome.result->providerSignOutUrl);
        QVERIFY(signedIn.wait(30000));
        QVERIFY(session->auth->signedInWithProvider());
        QCOMPARE(session->auth->providerSignOutUrl(), outcome.result->providerSignOutUrl);
        QCOMPARE(currentSessionMethod(*session->client), u"oidc"_qs);

        // The same ID token a second time (replayed) is refused.
        const auto thief = newSession();
        QSignalSpy failed(thief->auth.get(), &AuthService::signInFailed);
        thief->auth->signInWithIdToken(outcome.result->issuer, outcome.result->idToken);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.constFirst().constFirst().value<ApiError>().isProblem(
            QLatin1String("oidc-token-invalid")));
        QVERIFY(!thief->auth->isSignedIn());
    }

    void twoFactorFollowsSingleSignOn()
    {
        const auto session = newSession();
        QSignalSpy challenge(session->auth.get(), &AuthService::twoFactorRequired);
        const auto error =
            signInWithProvider(*session, kTwoFactorLogin, m_server.accounts().at(0).totpSecret);
        QVERIFY2(!error, qPrintable(error ? error->developerDetail() : QString()));
        QCOMPARE(challenge.size(), 1);
        QVERIFY(session->auth->isSignedIn());
        QVERIFY(currentSessionMethod(*session->client).startsWith(u"oidc"_qs));
    }

    void unlinkedIdentityIsRefusedWithHowToLink()
    {
        const auto session = newSession();
        const auto error = signInWithProvider(*session, u"nobody-linked-me"_qs);
        QVERIFY(error);
        QVERIFY(error->isProblem(QLatin1String("identity-not-linked")));
        QVERIFY(error->userMessage().contains(u"Security page"_qs));
        QVERIFY(!session->auth->isSignedIn());
    }

    void forgedStateIsRefused()
    {
        const auto session = newSession();
        const Outcome outcome =
            browserSignIn(*session->client, kPlainLogin, {}, [](const QUrl &callback) {
                return withQueryItem(callback, u"state"_qs,
                                     QString::fromLatin1(OidcTestProvider::randomToken()));
            });
        QVERIFY(!outcome.result);
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->userMessage().contains(u"does not belong to this sign-in"_qs));
        QVERIFY(outcome.page.body.contains("could not be completed"));
    }

    void nonceOfAnotherAttemptIsRefused()
    {
        // Another attempt's nonce, issued by the backend and still unused:
        // the backend alone would take it; the app refuses the token.
        const auto session = newSession();
        const ApiResult other = send(
            *session->client,
            ApiRequest::post(u"/auth/oidc/nonce"_qs, QJsonDocument(QJsonObject{})).withoutAuth());
        const QString foreignNonce = other.json.object().value(u"nonce"_qs).toString();
        QVERIFY(!foreignNonce.isEmpty());
        const Outcome outcome = browserSignIn(*session->client, kPlainLogin, [&](const QUrl &url) {
            return withQueryItem(url, u"nonce"_qs, foreignNonce);
        });
        QVERIFY(!outcome.result);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->developerDetail().contains(u"nonce"_qs),
                 qPrintable(outcome.error->developerDetail()));
        QVERIFY(outcome.error->userMessage().contains(u"does not belong to this sign-in"_qs));
    }

    void codeOfAnotherAttemptIsUseless()
    {
        // An attacker's code (from their own authorization) injected into the
        // user's attempt: PKCE binds the code to the attempt that asked for it.
        const auto session = newSession();
        OidcAuthorization attackers(session->client.get(), m_issuer);
        QSignalSpy attackerOpened(&attackers, &OidcAuthorization::openBrowser);
        attackers.start();
        QVERIFY(attackerOpened.wait(30000));
        AuthorizationDriver attackerBrowser(m_idp);
        const std::optional<QUrl> stolen =
            attackerBrowser.authorize(attackers.authorizationUrl(), kPlainLogin);
        QVERIFY2(stolen, qPrintable(attackerBrowser.lastError()));
        const QString code = QUrlQuery(*stolen).queryItemValue(u"code"_qs, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        const Outcome outcome =
            browserSignIn(*session->client, kPlainLogin, {}, [&](const QUrl &callback) {
                return withQueryItem(callback, u"code"_qs, code);
            });
        QVERIFY(!outcome.result);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->userMessage().contains(u"expired or was already used"_qs),
                 qPrintable(outcome.error->userMessage()));
        attackers.cancel();
    }

    void expiredIdTokenIsRefused()
    {
        QVERIFY(m_idp.setClockOffset(-7200));
        const auto session = newSession();
        const Outcome outcome = browserSignIn(*session->client, kPlainLogin);
        QVERIFY(m_idp.setClockOffset(0));
        QVERIFY(!outcome.result);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->developerDetail().contains(u"expired"_qs),
                 qPrintable(outcome.error->developerDetail()));
    }

    void declinedAtTheProviderIsShown()
    {
        const auto session = newSession();
        const Outcome outcome = browserSignIn(*session->client, kPlainLogin, {}, {}, true);
        QVERIFY(!outcome.result);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->userMessage().contains(u"declined or cancelled at Test IdP"_qs),
                 qPrintable(outcome.error->userMessage()));
    }

    void closedBrowserTimesOut()
    {
        const auto session = newSession();
        OidcAuthorization flow(session->client.get(), m_issuer);
        flow.setBrowserTimeout(std::chrono::milliseconds(300));
        QSignalSpy opened(&flow, &OidcAuthorization::openBrowser);
        QSignalSpy failed(&flow, &OidcAuthorization::failed);
        flow.start();
        QVERIFY(opened.wait(30000));
        // The user closes the browser: nothing comes back.
        QVERIFY(failed.wait(30000));
        const ApiError error = failed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY(error.userMessage().contains(u"not finished in time"_qs));
        AuthorizationDriver browser(m_idp);
        QVERIFY(!browser.deliver(flow.redirectUri()).networkError.isEmpty());
    }

    void unlinkedIdentityNoLongerSignsIn()
    {
        const QString login = u"to-be-unlinked"_qs;
        const DemoAccount account = m_server.accounts().at(1);
        QVERIFY(link(account, login));
        const auto session = newSession();
        QVERIFY(signInWithPassword(*session, account));
        const ApiResult listed = send(*session->client, LinkedIdentities::listRequest());
        ApiError error;
        const auto identities = LinkedIdentities::parse(listed.json, &error);
        QVERIFY2(identities, qPrintable(error.developerDetail()));
        QCOMPARE(identities->size(), 2);
        QCOMPARE(identities->constFirst().providerName, u"Test IdP"_qs);
        QVERIFY(identities->constFirst().linkedAt.isValid());

        // Unlinking needs a re-authenticated session.
        const auto target =
            std::find_if(identities->cbegin(), identities->cend(),
                         [&](const LinkedIdentity &identity) { return identity.subject == login; });
        QVERIFY(target != identities->cend());
        const auto denied = send(*session->client, LinkedIdentities::unlinkRequest(target->id));
        QVERIFY(denied.error &&
                denied.error->isProblem(QLatin1String("reauthentication-required")));
        QVERIFY(reauthenticate(*session, account));
        QCOMPARE(send(*session->client, LinkedIdentities::unlinkRequest(target->id)).httpStatus,
                 204);
        const auto after = newSession();
        const auto refused = signInWithProvider(*after, login);
        QVERIFY(refused && refused->isProblem(QLatin1String("identity-not-linked")));
        const auto stillLinked = newSession();
        QVERIFY(!signInWithProvider(*stillLinked, kPlainLogin));
    }
};

QTEST_GUILESS_MAIN(TestClientOidc)
#include "tst_client_oidc.moc"
