#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthService.h"
#include "auth/MemoryTokenStore.h"

#include "FakeAuthServer.h"
#include "FakeNetwork.h"
#include "HeldTokenStore.h"
#include "ManualTimerSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestAuthService : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager *network = nullptr;
    ManualTimerSource *timers = nullptr;
    MemoryTokenStore *store = nullptr;
    ApiClient *client = nullptr;
    AuthService *auth = nullptr;
    FakeAuthServer server;

    void build(TokenStore *tokenStore) { auth = new AuthService(client, tokenStore, this); }

    QList<FakeRequest> requestsTo(const QString &path) const
    {
        QList<FakeRequest> result;
        for (const FakeRequest &request : network->requests()) {
            if (request.url.path() == path)
                result.append(request);
        }
        return result;
    }

    bool signIn(const QString &email = QStringLiteral("user@example.com"))
    {
        QSignalSpy signedIn(auth, &AuthService::signedIn);
        auth->signInWithPassword(email, QStringLiteral("pw"), QStringLiteral("Laptop"));
        return signedIn.wait(5000);
    }

    using Outcome = AccessTokenProvider::RefreshOutcome;

    std::optional<Outcome> refreshNow()
    {
        std::optional<Outcome> outcome;
        auth->refreshAccessToken(
            this, [&](Outcome result, const std::optional<ApiError> &) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return std::nullopt;
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
    }

    void init()
    {
        server = FakeAuthServer();
        network = new FakeNetworkAccessManager(this);
        network->setHandler([this](const FakeRequest &request) { return server.answer(request); });
        timers = new ManualTimerSource;
        store = new MemoryTokenStore;
        client = new ApiClient(ServerProfile::forUrl(QUrl(QStringLiteral("https://api.test"))),
                               ApiClient::Dependencies{network, timers, nullptr}, this);
        build(store);
        server.storeHasToken = [this] { return store->contents().contains(auth->storeKey()); };
    }

    void cleanup()
    {
        delete auth;
        delete client;
        delete network;
        delete store;
        delete timers;
    }

    void passwordSignInKeepsAccessInMemoryRefreshInStore()
    {
        QVERIFY(signIn());
        QCOMPARE(auth->state(), AuthService::State::SignedIn);
        QCOMPARE(auth->accessToken(), QStringLiteral("a1"));
        QCOMPARE(auth->sessionId(), QStringLiteral("s1"));
        QCOMPARE(store->contents(),
                 (QHash<QString, QString>{{auth->storeKey(), QStringLiteral("r1")}}));
        QVERIFY(auth->storeKey().endsWith(client->profile().id));
        const FakeRequest request =
            requestsTo(QStringLiteral("/api/v1/auth/password")).constFirst();
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("user@example.com"));
        QCOMPARE(body.value(QLatin1String("device_name")).toString(), QStringLiteral("Laptop"));
        QVERIFY(request.header("Authorization").isEmpty());
    }

    void wrongPasswordFails()
    {
        QSignalSpy failed(auth, &AuthService::signInFailed);
        auth->signInWithPassword(QStringLiteral("user@example.com"), QStringLiteral("nope"));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.constFirst().constFirst().value<ApiError>().isProblem(
            QLatin1String("invalid-credentials")));
        QCOMPARE(auth->state(), AuthService::State::SignedOut);
        QVERIFY(store->contents().isEmpty());
    }

    void twoFactorChallengeThenTotp()
    {
        QSignalSpy challenge(auth, &AuthService::twoFactorRequired);
        QSignalSpy failed(auth, &AuthService::signInFailed);
        QSignalSpy signedIn(auth, &AuthService::signedIn);
        auth->signInWithPassword(QStringLiteral("mfa@example.com"), QStringLiteral("pw"));
        QVERIFY(challenge.wait(5000));
        QCOMPARE(challenge.constFirst().at(0).toStringList(), QStringList{QStringLiteral("totp")});
        QCOMPARE(challenge.constFirst().at(1).toInt(), 300);
        QCOMPARE(auth->state(), AuthService::State::TwoFactorRequired);
        QVERIFY(auth->accessToken().isEmpty());

        auth->submitTotp(QStringLiteral("000000"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(auth->state(), AuthService::State::TwoFactorRequired); // may try again

        auth->submitTotp(QStringLiteral("123456"));
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(auth->accessToken(), QStringLiteral("a1"));
        const QJsonObject body =
            QJsonDocument::fromJson(
                requestsTo(QStringLiteral("/api/v1/auth/totp")).constLast().body)
                .object();
        QCOMPARE(body.value(QLatin1String("challenge_id")).toString(), QStringLiteral("c1"));
    }

    void singleSignOnSendsTheIdTokenAndRemembersTheProvider()
    {
        const QUrl providerSignOut(QStringLiteral("https://idp.test/session/end?client_id=app"));
        QSignalSpy signedIn(auth, &AuthService::signedIn);
        auth->signInWithIdToken(QStringLiteral("https://idp.test"), "header.payload.sig",
                                QStringLiteral("Laptop"), providerSignOut);
        QVERIFY(signedIn.wait(5000));
        const QJsonObject body =
            QJsonDocument::fromJson(
                requestsTo(QStringLiteral("/api/v1/auth/oidc")).constFirst().body)
                .object();
        QCOMPARE(body.value(QLatin1String("issuer")).toString(),
                 QStringLiteral("https://idp.test"));
        QCOMPARE(body.value(QLatin1String("id_token")).toString(),
                 QStringLiteral("header.payload.sig"));
        QCOMPARE(body.value(QLatin1String("device_name")).toString(), QStringLiteral("Laptop"));
        QVERIFY(auth->signedInWithProvider());
        QCOMPARE(auth->providerSignOutUrl(), providerSignOut);

        QSignalSpy signedOut(auth, &AuthService::signedOut);
        auth->signOut();
        QVERIFY(signedOut.wait(5000));
        QVERIFY(!auth->signedInWithProvider());
        QVERIFY(auth->providerSignOutUrl().isEmpty());

        // A password sign-in afterwards is not a provider's.
        QVERIFY(signIn());
        QVERIFY(!auth->signedInWithProvider());
        QVERIFY(auth->providerSignOutUrl().isEmpty());
    }

    void singleSignOnWithTwoFactorGoesThroughTheTotpStep()
    {
        QSignalSpy challenge(auth, &AuthService::twoFactorRequired);
        QSignalSpy signedIn(auth, &AuthService::signedIn);
        auth->signInWithIdToken(QStringLiteral("https://idp.test"), "mfa", {},
                                QUrl(QStringLiteral("https://idp.test/end")));
        QVERIFY(challenge.wait(5000));
        QCOMPARE(auth->state(), AuthService::State::TwoFactorRequired);
        QVERIFY(auth->accessToken().isEmpty());
        auth->submitTotp(QStringLiteral("123456"));
        QVERIFY(signedIn.wait(5000));
        QVERIFY(auth->signedInWithProvider());
        QCOMPARE(auth->providerSignOutUrl(), QUrl(QStringLiteral("https://idp.test/end")));
    }

    void unlinkedIdentityFailsWithItsProblem()
    {
        QSignalSpy failed(auth, &AuthService::signInFailed);
        auth->signInWithIdToken(QStringLiteral("https://idp.test"), "unlinked");
        QVERIFY(failed.wait(5000));
        const ApiError error = failed.constFirst().constFirst().value<ApiError>();
        QVERIFY(error.isProblem(QLatin1String("identity-not-linked")));
        QVERIFY(error.userMessage().contains(QStringLiteral("Security page")));
        QCOMPARE(auth->state(), AuthService::State::SignedOut);
        QVERIFY(!auth->signedInWithProvider());
    }

    void refreshStoresNewRefreshTokenBeforeUsingNewAccessToken()
    {
        delete auth;
        HeldTokenStore held;
        build(&held);
        QVERIFY(signIn());
        held.holdWrites = true;
        std::optional<Outcome> outcome;
        auth->refreshAccessToken(
            this, [&](Outcome result, const std::optional<ApiError> &) { outcome = result; });
        QTRY_COMPARE(held.pending.size(), 1);
        // The server has rotated to a2/r2, but r2 is not stored yet: a2 must not be used.
        QCOMPARE(server.access(), QStringLiteral("a2"));
        QCOMPARE(auth->accessToken(), QStringLiteral("a1"));
        QCoreApplication::processEvents();
        QVERIFY(!outcome);
        held.release();
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(*outcome, Outcome::Refreshed);
        QCOMPARE(auth->accessToken(), QStringLiteral("a2"));
        QCOMPARE(held.secrets.value(auth->storeKey()), QStringLiteral("r2"));
        const QJsonObject body =
            QJsonDocument::fromJson(
                requestsTo(QStringLiteral("/api/v1/auth/refresh")).constFirst().body)
                .object();
        QCOMPARE(body.value(QLatin1String("refresh_token")).toString(), QStringLiteral("r1"));
        delete auth;
        auth = nullptr;
    }

    void concurrentRefreshesShareOneRequest()
    {
        QVERIFY(signIn());
        int refreshed = 0;
        for (int i = 0; i < 3; ++i) {
            auth->refreshAccessToken(this, [&](Outcome result, const std::optional<ApiError> &) {
                refreshed += result == Outcome::Refreshed;
            });
        }
        QTRY_COMPARE(refreshed, 3);
        QCOMPARE(requestsTo(QStringLiteral("/api/v1/auth/refresh")).size(), 1);
    }

    void refusedRefreshEndsTheSession()
    {
        QVERIFY(signIn());
        QSignalSpy expired(auth, &AuthService::sessionExpired);
        server.generation = 7; // our r1 is now "already used"
        QCOMPARE(refreshNow(), std::optional<Outcome>(Outcome::SignInRequired));
        QCOMPARE(expired.count(), 1);
        QVERIFY(expired.constFirst().constFirst().value<ApiError>().isProblem(
            QLatin1String("refresh-token-reused")));
        QCOMPARE(auth->state(), AuthService::State::SignedOut);
        QVERIFY(auth->accessToken().isEmpty());
        QTRY_VERIFY(store->contents().isEmpty());
    }

    void signOutTellsServerThenForgetsLocally()
    {
        QVERIFY(signIn());
        QSignalSpy signedOut(auth, &AuthService::signedOut);
        auth->signOut();
        QVERIFY(auth->accessToken().isEmpty()); // unusable at once
        QVERIFY(signedOut.wait(5000));
        const FakeRequest request =
            requestsTo(QStringLiteral("/api/v1/auth/sign-out")).constFirst();
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer a1"));
        QVERIFY(server.storeHadTokenAtSignOut);
        QVERIFY(store->contents().isEmpty());
        QCOMPARE(auth->state(), AuthService::State::SignedOut);
    }

    void signOutForgetsLocallyWhenServerUnreachable()
    {
        QVERIFY(signIn());
        server.unreachableSignOut = true;
        QSignalSpy signedOut(auth, &AuthService::signedOut);
        auth->signOut();
        QVERIFY(signedOut.wait(5000));
        QCOMPARE(requestsTo(QStringLiteral("/api/v1/auth/sign-out")).size(), 1);
        QVERIFY(store->contents().isEmpty());
        QVERIFY(auth->accessToken().isEmpty());
        QCOMPARE(auth->state(), AuthService::State::SignedOut);
    }

    void signOutAfterAccessExpiryRefreshesToEndTheSession()
    {
        QVERIFY(signIn());
        timers->advance(20min);
        QVERIFY(auth->accessToken().isEmpty());
        QSignalSpy signedOut(auth, &AuthService::signedOut);
        auth->signOut();
        QVERIFY(signedOut.wait(5000));
        QCOMPARE(requestsTo(QStringLiteral("/api/v1/auth/refresh")).size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("/api/v1/auth/sign-out"))
                     .constFirst()
                     .header("Authorization"),
                 QByteArray("Bearer a2"));
        QVERIFY(store->contents().isEmpty());
    }

    void accessTokenExpiresWithTheClock()
    {
        QVERIFY(signIn());
        timers->advance(870s - 1ms); // 900 s minus the 30 s margin
        QCOMPARE(auth->accessToken(), QStringLiteral("a1"));
        timers->advance(1ms);
        QVERIFY(auth->accessToken().isEmpty());
    }

    void restoresSessionFromStoredRefreshToken()
    {
        bool written = false;
        store->write(auth->storeKey(), QStringLiteral("r1"), this,
                     [&](const TokenStore::Result &) { written = true; });
        QTRY_VERIFY(written);
        QSignalSpy signedIn(auth, &AuthService::signedIn);
        auth->restoreSession();
        QVERIFY(signedIn.wait(5000));
        QCOMPARE(auth->accessToken(), QStringLiteral("a2"));
        QCOMPARE(store->contents().value(auth->storeKey()), QStringLiteral("r2"));
    }

    void restoreWithoutStoredTokenStaysSignedOut()
    {
        QSignalSpy signedOut(auth, &AuthService::signedOut);
        auth->restoreSession();
        QVERIFY(signedOut.wait(5000));
        QVERIFY(network->requests().isEmpty());
        QCOMPARE(auth->state(), AuthService::State::SignedOut);
    }

    void apiClientRefreshesThroughTheService()
    {
        QVERIFY(signIn());
        // The server then turns a2 down (e.g. revoked early): the next call gets 401.
        QCOMPARE(refreshNow(), std::optional<Outcome>(Outcome::Refreshed)); // a2/r2
        network->setHandler([this](const FakeRequest &request) {
            if (request.url.path() == QLatin1String("/api/v1/profile") &&
                request.header("Authorization") == "Bearer a2")
                return FakeResponse::problem(401, QStringLiteral("unauthenticated"));
            return server.answer(request);
        });
        QSignalSpy finished(client->send(ApiRequest::get(QStringLiteral("/profile"))),
                            &ApiJob::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.constFirst().constFirst().value<ApiResult>().ok());
        const QList<FakeRequest> profile = requestsTo(QStringLiteral("/api/v1/profile"));
        QCOMPARE(profile.size(), 2);
        QCOMPARE(profile.at(1).header("Authorization"), QByteArray("Bearer a3"));
        QCOMPARE(store->contents().value(auth->storeKey()), QStringLiteral("r3"));
    }

    void keychainFailureIsReported()
    {
        store->setFailure(QStringLiteral("The keychain is locked."));
        QSignalSpy storeFailed(auth, &AuthService::tokenStoreFailed);
        QVERIFY(signIn());
        QCOMPARE(storeFailed.count(), 1);
        QCOMPARE(storeFailed.constFirst().constFirst().toString(),
                 QStringLiteral("The keychain is locked."));
        QCOMPARE(auth->accessToken(), QStringLiteral("a1")); // this run goes on, from memory
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
