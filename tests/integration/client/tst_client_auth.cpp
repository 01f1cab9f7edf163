#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthService.h"
#include "auth/MemoryTokenStore.h"
#include "common/JsonReader.h"
#include "discovery/DiscoveryClient.h"
#include "net/ServerProfileStore.h"
#include "net/TlsPolicy.h"

#include "TestServer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

// The client core against the real reference backend over TLS.
class TestClientAuth : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ServerProfile m_profile;

    struct Session {
        std::unique_ptr<MemoryTokenStore> store = std::make_unique<MemoryTokenStore>();
        std::unique_ptr<ApiClient> client;
        std::unique_ptr<AuthService> auth;
    };

    std::unique_ptr<Session> newSession()
    {
        auto session = std::make_unique<Session>();
        session->client = std::make_unique<ApiClient>(m_profile);
        session->auth = std::make_unique<AuthService>(session->client.get(), session->store.get());
        return session;
    }

    static ApiResult get(ApiClient &client, const QString &path)
    {
        QSignalSpy finished(client.send(ApiRequest::get(path)), &ApiJob::finished);
        if (!finished.wait(30000))
            return {};
        return finished.constFirst().constFirst().value<ApiResult>();
    }

    bool signInWithoutTwoFactor(Session &session)
    {
        const DemoAccount account = m_server.accounts().at(1);
        QSignalSpy signedIn(session.auth.get(), &AuthService::signedIn);
        session.auth->signInWithPassword(account.email, account.password,
                                         QStringLiteral("tst_client_auth"));
        return signedIn.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<ServerProfile>();
        qRegisterMetaType<Discovery>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QCOMPARE(m_server.accounts().size(), 2);
        m_profile = ServerProfile::forUrl(m_server.origin());
        m_profile.caBundlePath = m_server.caCertificatePath();
    }

    void discoveryAddsTheServer()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerProfileStore store(settings);
        DiscoveryClient discovery(&store);
        QSignalSpy added(&discovery, &DiscoveryClient::serverAdded);
        QSignalSpy failed(&discovery, &DiscoveryClient::failed);
        discovery.addServer(m_profile);
        QVERIFY(QTest::qWaitFor([&] { return !added.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(1).value<ApiError>().developerDetail()));
        const auto profile = added.constFirst().at(0).value<ServerProfile>();
        const auto document = added.constFirst().at(1).value<Discovery>();
        QVERIFY(!profile.name.isEmpty());
        QCOMPARE(profile.name, document.providerName);
        QCOMPARE(ServerProfile::originOf(document.apiBaseUrl),
                 ServerProfile::originOf(m_server.origin()));
        QCOMPARE(document.apiVersion, QStringLiteral("1"));
        QVERIFY(!document.requestTypes.isEmpty());
        QCOMPARE(store.profiles(), QList<ServerProfile>{profile});
    }

    void discoveryNeedsTheServersCa()
    {
        DiscoveryClient discovery(nullptr);
        QSignalSpy failed(&discovery, &DiscoveryClient::failed);
        discovery.fetch(ServerProfile::forUrl(m_server.origin()));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind(), ApiError::Kind::Tls);
    }

    void pinnedProfileOnAKeptAliveConnection()
    {
        // The server's own certificate, as a TLS client sees it.
        QSslSocket socket;
        socket.setSslConfiguration(m_server.sslConfiguration());
        socket.connectToHostEncrypted(m_server.origin().host(), quint16(m_server.origin().port()));
        QVERIFY2(socket.waitForEncrypted(30000), qPrintable(socket.errorString()));
        ServerProfile pinned = m_profile;
        pinned.pinSha256 = TlsPolicy::publicKeyPin(socket.peerCertificate());
        socket.disconnectFromHost();

        ApiClient client(pinned);
        for (int i = 0; i < 3; ++i) {
            QSignalSpy finished(
                client.send(ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                                .withRoot(ApiRequest::Root::Origin)
                                .withoutAuth()),
                &ApiJob::finished);
            QVERIFY(finished.wait(30000));
            const auto result = finished.constFirst().constFirst().value<ApiResult>();
            QVERIFY2(result.ok(),
                     qPrintable(result.ok() ? QString() : result.error->userMessage()));
        }
    }

    void passwordSignIn()
    {
        auto session = newSession();
        QVERIFY(signInWithoutTwoFactor(*session));
        QCOMPARE(session->auth->state(), AuthService::State::SignedIn);
        QVERIFY(!session->auth->sessionId().isEmpty());
        QVERIFY(!session->store->contents().value(session->auth->storeKey()).isEmpty());
        const ApiResult security = get(*session->client, QStringLiteral("/auth/security"));
        QVERIFY2(security.ok(),
                 qPrintable(security.error ? security.error->developerDetail() : QString()));
        JsonReader reader = JsonReader::fromDocument(security.json);
        QCOMPARE(reader.boolean(u"two_factor_enabled"), false);
        QVERIFY(reader.ok());
    }

    void wrongPasswordRejected()
    {
        auto session = newSession();
        QSignalSpy failed(session->auth.get(), &AuthService::signInFailed);
        session->auth->signInWithPassword(m_server.accounts().at(1).email,
                                          QStringLiteral("not the password"));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.constFirst().constFirst().value<ApiError>().isProblem(
            QLatin1String("invalid-credentials")));
        QVERIFY(session->store->contents().isEmpty());
    }

    void totpSignIn()
    {
        const DemoAccount account = m_server.accounts().at(0);
        auto session = newSession();
        QSignalSpy challenge(session->auth.get(), &AuthService::twoFactorRequired);
        QSignalSpy signedIn(session->auth.get(), &AuthService::signedIn);
        QSignalSpy failed(session->auth.get(), &AuthService::signInFailed);
        session->auth->signInWithPassword(account.email, account.password);
        QVERIFY(challenge.wait(30000));
        QCOMPARE(challenge.constFirst().constFirst().toStringList(),
                 QStringList{QStringLiteral("totp")});
        session->auth->submitTotp(TestServer::totpCode(account.totpSecret));
        QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000));
        if (!failed.isEmpty()) {
            // This 30 s step's code was already used: the next one is in the window.
            QCOMPARE(session->auth->state(), AuthService::State::TwoFactorRequired);
            session->auth->submitTotp(TestServer::totpCode(account.totpSecret, 1));
            QVERIFY(signedIn.wait(30000));
        }
        QCOMPARE(session->auth->state(), AuthService::State::SignedIn);
        const ApiResult security = get(*session->client, QStringLiteral("/auth/security"));
        QVERIFY(security.ok());
        QCOMPARE(security.json.object().value(QLatin1String("two_factor_enabled")).toBool(), true);
    }

    void refreshRotatesAndReuseEndsTheSession()
    {
        auto session = newSession();
        QVERIFY(signInWithoutTwoFactor(*session));
        const QString key = session->auth->storeKey();
        const QString firstRefresh = session->store->contents().value(key);
        const QString firstAccess = session->auth->accessToken();

        using Outcome = AccessTokenProvider::RefreshOutcome;
        std::optional<Outcome> outcome;
        session->auth->refreshAccessToken(
            this, [&](Outcome result, const std::optional<ApiError> &) { outcome = result; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
        QCOMPARE(*outcome, Outcome::Refreshed);
        const QString secondRefresh = session->store->contents().value(key);
        QVERIFY(!secondRefresh.isEmpty());
        QVERIFY(secondRefresh != firstRefresh);
        QVERIFY(session->auth->accessToken() != firstAccess);
        QVERIFY(get(*session->client, QStringLiteral("/auth/security")).ok());
        // The app moves on once more, so the first token's 30-second grace
        // for a lost answer (same client, successor unused) is over.
        outcome.reset();
        session->auth->refreshAccessToken(
            this, [&](Outcome result, const std::optional<ApiError> &) { outcome = result; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
        QCOMPARE(*outcome, Outcome::Refreshed);

        // Someone replays the old refresh token: the server revokes the family...
        const Reply replay =
            m_server.postJson(QStringLiteral("/api/v1/auth/refresh"),
                              QJsonObject{{QStringLiteral("refresh_token"), firstRefresh}});
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.problemSlug(), QStringLiteral("refresh-token-reused"));
        // ...and the app's next refresh learns the session is over.
        QSignalSpy expired(session->auth.get(), &AuthService::sessionExpired);
        outcome.reset();
        session->auth->refreshAccessToken(
            this, [&](Outcome result, const std::optional<ApiError> &) { outcome = result; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
        QCOMPARE(*outcome, Outcome::SignInRequired);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(session->auth->state(), AuthService::State::SignedOut);
        QTRY_VERIFY(session->store->contents().isEmpty());
    }

    void signOutEndsTheSessionOnTheServer()
    {
        auto session = newSession();
        QVERIFY(signInWithoutTwoFactor(*session));
        const QString access = session->auth->accessToken();
        QVERIFY(m_server.get(QStringLiteral("/api/v1/auth/security"), access).status == 200);
        QSignalSpy signedOut(session->auth.get(), &AuthService::signedOut);
        session->auth->signOut();
        QVERIFY(signedOut.wait(30000));
        QVERIFY(session->store->contents().isEmpty());
        QVERIFY(session->auth->accessToken().isEmpty());
        const Reply after = m_server.get(QStringLiteral("/api/v1/auth/security"), access);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.problemSlug(), QStringLiteral("unauthenticated"));
    }
};

QTEST_GUILESS_MAIN(TestClientAuth)
#include "tst_client_auth.moc"
