// One single sign-on in the system browser, end to end in the core: the
// backend and the provider answer from a fake network, the browser's
// redirect reaches the real loopback listener over a real socket.
#include "auth/OidcAuthorization.h"

#include "auth/LoopbackReceiver.h"
#include "auth/OidcProviderMetadata.h"
#include "auth/PkceChallenge.h"
#include "auth/RandomToken.h"
#include "core/ModuleLoader.h"

#include "ApiClientTestBase.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSet>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace pd;
using namespace pd::test;

namespace {

const QString kIssuer = QStringLiteral("https://idp.test");
const QString kClientId = QStringLiteral("dashboard-app");
const QString kNonce = QStringLiteral("n0nce-from-the-backend-0123456789abcdefghijk");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An ID token as a provider shapes it; the app does not check signatures
// (the backend does), so any signature part will do here.
QByteArray idToken(const QJsonObject &claims)
{
    return base64Url(R"({"alg":"RS256","kid":"k1"})") + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           base64Url("signature");
}

QJsonObject goodClaims(const QString &nonce)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("iss"), kIssuer},   {QStringLiteral("sub"), QStringLiteral("user-1")},
        {QStringLiteral("aud"), kClientId}, {QStringLiteral("nonce"), nonce},
        {QStringLiteral("iat"), now},       {QStringLiteral("exp"), now + 600}};
}

} // namespace

class TestOidcAuthorization : public ApiClientTestBase
{
    Q_OBJECT

    QJsonObject m_metadata;
    QJsonObject m_claims;
    FakeResponse m_tokenAnswer;
    bool m_customTokenAnswer = false;
    QList<FakeRequest> m_tokenRequests;
    QNetworkAccessManager *m_browser = nullptr;
    OidcAuthorization *m_flow = nullptr;
    QSignalSpy *m_opened = nullptr;
    QSignalSpy *m_succeeded = nullptr;
    QSignalSpy *m_failed = nullptr;

    FakeResponse answer(const FakeRequest &request)
    {
        const QString url = request.url.toString(QUrl::RemoveQuery);
        if (url == QLatin1String("https://api.test/api/v1/auth/oidc/nonce"))
            return FakeResponse::json(
                200, QJsonDocument(QJsonObject{{QStringLiteral("nonce"), kNonce},
                                               {QStringLiteral("expires_in"), 600}})
                         .toJson());
        if (url == kIssuer + QLatin1String("/.well-known/openid-configuration"))
            return FakeResponse::json(200, QJsonDocument(m_metadata).toJson());
        if (url == kIssuer + QLatin1String("/token")) {
            m_tokenRequests.append(request);
            if (m_customTokenAnswer)
                return m_tokenAnswer;
            return FakeResponse::json(
                200, QJsonDocument(QJsonObject{{QStringLiteral("id_token"),
                                                QString::fromLatin1(idToken(m_claims))},
                                               {QStringLiteral("access_token"), u"at"_qs},
                                               {QStringLiteral("token_type"), u"Bearer"_qs}})
                         .toJson());
        }
        return FakeResponse::problem(404, QStringLiteral("not-found"));
    }

    // Starts an attempt and waits until the browser would open.
    QUrl startAndOpen()
    {
        m_flow->start();
        if (!m_opened->wait(5000))
            return {};
        return m_opened->constFirst().constFirst().toUrl();
    }

    QUrlQuery authorizationQuery() const { return QUrlQuery(m_flow->authorizationUrl()); }

    // What the browser does at the end: a GET of the redirect URI.
    QNetworkReply *deliver(const QList<QPair<QString, QString>> &items, const QUrl &base = {})
    {
        QUrl url = base.isEmpty() ? m_flow->redirectUri() : base;
        QUrlQuery query;
        for (const auto &[key, value] : items)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        return m_browser->get(QNetworkRequest(url));
    }

    static QByteArray pageOf(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(5000))
            return "(no answer)";
        reply->deleteLater();
        return reply->readAll();
    }

    QString state() const { return authorizationQuery().queryItemValue(u"state"_qs); }

    QString failure() const
    {
        if (m_failed->isEmpty())
            return {};
        return m_failed->constFirst().constFirst().value<ApiError>().userMessage();
    }

    bool listenerAccepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(2000);
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        m_metadata = QJsonObject{
            {QStringLiteral("issuer"), kIssuer},
            {QStringLiteral("authorization_endpoint"), QString(kIssuer + u"/auth"_qs)},
            {QStringLiteral("token_endpoint"), QString(kIssuer + u"/token"_qs)},
            {QStringLiteral("end_session_endpoint"), QString(kIssuer + u"/session/end"_qs)},
            {QStringLiteral("code_challenge_methods_supported"), QJsonArray{u"S256"_qs}},
            {QStringLiteral("authorization_response_iss_parameter_supported"), true}};
        m_claims = goodClaims(kNonce);
        m_customTokenAnswer = false;
        m_tokenRequests.clear();
        network->setHandler([this](const FakeRequest &request) { return answer(request); });
        m_browser = new QNetworkAccessManager(this);
        m_flow = new OidcAuthorization(
            client,
            Discovery::OidcIssuer{
                QUrl(kIssuer), kClientId, u"Example ID"_qs, {u"openid"_qs, u"email"_qs}},
            this);
        m_opened = new QSignalSpy(m_flow, &OidcAuthorization::openBrowser);
        m_succeeded = new QSignalSpy(m_flow, &OidcAuthorization::succeeded);
        m_failed = new QSignalSpy(m_flow, &OidcAuthorization::failed);
    }

    void cleanup()
    {
        delete m_opened;
        delete m_succeeded;
        delete m_failed;
        delete m_flow;
        delete m_browser;
        tearDown();
    }

    void pkceMatchesTheRfc7636Example()
    {
        // RFC 7636, Appendix B.
        QCOMPARE(PkceChallenge::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const PkceChallenge pkce = PkceChallenge::generate();
        QCOMPARE(pkce.verifier.size(), 43);
        QCOMPARE(pkce.challenge, PkceChallenge::challengeFor(pkce.verifier));
        QVERIFY(RandomToken::base64Url() != RandomToken::base64Url());
        QCOMPARE(
            QByteArray::fromBase64(RandomToken::base64Url(), QByteArray::Base64UrlEncoding).size(),
            32);
    }

    void providerMetadataIsChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("issuer with a slash")
            << u"issuer"_qs << QJsonValue(QString(kIssuer + u"/"_qs)) << u"another issuer"_qs;
        QTest::newRow("plain-http token endpoint")
            << u"token_endpoint"_qs << QJsonValue(u"http://idp.test/token"_qs) << u"https"_qs;
        QTest::newRow("no S256") << u"code_challenge_methods_supported"_qs
                                 << QJsonValue(QJsonArray{u"plain"_qs}) << u"S256"_qs;
        QTest::newRow("no authorization endpoint")
            << u"authorization_endpoint"_qs << QJsonValue() << u"authorization_endpoint"_qs;
    }

    void providerMetadataIsChecked()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QJsonObject document = m_metadata;
        if (value.isNull() || value.isUndefined())
            document.remove(key);
        else
            document.insert(key, value);
        ApiError error;
        QVERIFY(OidcProviderMetadata::fromJson(QJsonDocument(m_metadata), QUrl(kIssuer), &error));
        QVERIFY(!OidcProviderMetadata::fromJson(QJsonDocument(document), QUrl(kIssuer), &error));
        QVERIFY2(error.developerDetail().contains(problem), qPrintable(error.developerDetail()));
        QCOMPARE(OidcProviderMetadata::documentUrl(QUrl(u"https://idp.test/tenant/"_qs)),
                 QUrl(u"https://idp.test/tenant/.well-known/openid-configuration"_qs));
    }

    void authorizationUrlCarriesPkceStateAndTheBackendsNonce()
    {
        const QUrl url = startAndOpen();
        QCOMPARE(url.toString(QUrl::RemoveQuery), kIssuer + u"/auth"_qs);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"response_type"_qs), u"code"_qs);
        QCOMPARE(query.queryItemValue(u"client_id"_qs), kClientId);
        QCOMPARE(query.queryItemValue(u"scope"_qs, QUrl::FullyDecoded), u"openid email"_qs);
        QCOMPARE(query.queryItemValue(u"nonce"_qs), kNonce);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_qs), u"S256"_qs);
        QCOMPARE(query.queryItemValue(u"code_challenge"_qs).size(), 43);
        // 32 random bytes, base64url: 43 characters, different each time.
        QCOMPARE(state().size(), 43);
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), u"http"_qs);
        QCOMPARE(redirect.host(), u"127.0.0.1"_qs);
        QVERIFY(redirect.port() > 0);
        QCOMPARE(redirect, m_flow->redirectUri());
        QCOMPARE(m_flow->step(), OidcAuthorization::Step::WaitingForBrowser);

        OidcAuthorization other(client, m_flow->issuer());
        QSignalSpy otherOpened(&other, &OidcAuthorization::openBrowser);
        other.start();
        QVERIFY(otherOpened.wait(5000));
        const QUrlQuery otherQuery(other.authorizationUrl());
        QVERIFY(otherQuery.queryItemValue(u"state"_qs) != state());
        QVERIFY(otherQuery.queryItemValue(u"code_challenge"_qs) !=
                query.queryItemValue(u"code_challenge"_qs));
        QVERIFY(other.redirectUri().port() != redirect.port());
    }

    void callbackRedeemsTheCodeWithTheVerifierThenCloses()
    {
        startAndOpen();
        const quint16 port = quint16(m_flow->redirectUri().port());
        const QByteArray page = pageOf(
            deliver({{u"code"_qs, u"the-code"_qs}, {u"state"_qs, state()}, {u"iss"_qs, kIssuer}}));
        QVERIFY2(page.contains("close this tab"), page.constData());
        QTRY_COMPARE(m_succeeded->size(), 1);
        QVERIFY(m_failed->isEmpty());
        const auto result =
            m_succeeded->constFirst().constFirst().value<OidcAuthorization::Result>();
        QCOMPARE(result.issuer, kIssuer);
        QCOMPARE(result.idToken, idToken(m_claims));
        QCOMPARE(QUrlQuery(result.providerSignOutUrl).queryItemValue(u"client_id"_qs), kClientId);

        QCOMPARE(m_tokenRequests.size(), 1);
        const QUrlQuery form(QString::fromLatin1(m_tokenRequests.constFirst().body));
        QCOMPARE(form.queryItemValue(u"grant_type"_qs), u"authorization_code"_qs);
        QCOMPARE(form.queryItemValue(u"code"_qs), u"the-code"_qs);
        QCOMPARE(form.queryItemValue(u"client_id"_qs), kClientId);
        // The very redirect URI of the authorization, though its listener closed.
        QCOMPARE(form.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded),
                 authorizationQuery().queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
        QCOMPARE(QUrl(form.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded)).port(), port);
        const QByteArray verifier = form.queryItemValue(u"code_verifier"_qs).toLatin1();
        QCOMPARE(PkceChallenge::challengeFor(verifier),
                 authorizationQuery().queryItemValue(u"code_challenge"_qs).toLatin1());
        QVERIFY(m_tokenRequests.constFirst()
                    .header("Content-Type")
                    .startsWith("application/x-www-form-urlencoded"));
        // One callback only: the listener is gone.
        QVERIFY(!listenerAccepts(port));
    }

    void requestsWithoutAnAnswerAreIgnored()
    {
        startAndOpen();
        QUrl favicon = m_flow->redirectUri();
        favicon.setPath(u"/favicon.ico"_qs);
        pageOf(m_browser->get(QNetworkRequest(favicon)));
        QCOMPARE(m_flow->step(), OidcAuthorization::Step::WaitingForBrowser);
        QVERIFY(m_failed->isEmpty());
    }

    void stateMismatchIsRefusedAndNothingIsRedeemed()
    {
        startAndOpen();
        const quint16 port = quint16(m_flow->redirectUri().port());
        QString forged = state();
        forged[0] = forged.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QByteArray page = pageOf(
            deliver({{u"code"_qs, u"stolen"_qs}, {u"state"_qs, forged}, {u"iss"_qs, kIssuer}}));
        QVERIFY2(page.contains("could not be completed"), page.constData());
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY(failure().contains(u"does not belong to this sign-in"_qs));
        QVERIFY(m_tokenRequests.isEmpty());
        QVERIFY(m_succeeded->isEmpty());
        QVERIFY(!listenerAccepts(port));
    }

    void refusalPageReachesTheBrowserThoughTheAttemptIsDeleted()
    {
        startAndOpen();
        // A dialog that lets go of a failed attempt at once.
        connect(m_flow, &OidcAuthorization::failed, m_flow, &QObject::deleteLater);
        QPointer<OidcAuthorization> flow = m_flow;
        const QByteArray page = pageOf(
            deliver({{u"code"_qs, u"c"_qs}, {u"state"_qs, u"forged"_qs}, {u"iss"_qs, kIssuer}}));
        QVERIFY2(page.contains("could not be completed"), page.constData());
        QTRY_VERIFY(flow.isNull());
        m_flow = nullptr;
    }

    // The listener of an attempt let go of keeps answering for a grace
    // period, held by the application meanwhile: quitting within it must
    // not leak it (the asan preset's LeakSanitizer caught that).
    void listenerOfADeletedAttemptBelongsToTheApplication()
    {
        const auto listeners = [] {
            QSet<QObject *> found;
            for (QObject *child : QCoreApplication::instance()->children()) {
                if (child->inherits("QOAuthHttpServerReplyHandler"))
                    found.insert(child);
            }
            return found;
        };
        const QSet<QObject *> earlier = listeners();
        startAndOpen();
        delete m_flow;
        m_flow = nullptr;
        QCOMPARE(listeners().subtract(earlier).size(), 1);
    }

    void issuerOfTheResponseMustMatch_data()
    {
        QTest::addColumn<QString>("iss");
        QTest::addColumn<bool>("advertised");
        QTest::newRow("another issuer") << u"https://evil.test"_qs << true;
        QTest::newRow("missing though advertised") << QString() << true;
        QTest::newRow("another issuer, not advertised") << u"https://evil.test"_qs << false;
    }

    void issuerOfTheResponseMustMatch()
    {
        QFETCH(QString, iss);
        QFETCH(bool, advertised);
        m_metadata.insert(u"authorization_response_iss_parameter_supported"_qs, advertised);
        startAndOpen();
        QList<QPair<QString, QString>> items{{u"code"_qs, u"c"_qs}, {u"state"_qs, state()}};
        if (!iss.isEmpty())
            items.append({u"iss"_qs, iss});
        pageOf(deliver(items));
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY(failure().contains(u"another identity provider"_qs));
        QVERIFY(m_tokenRequests.isEmpty());
    }

    void providerWithoutIssParameterNeedsNone()
    {
        m_metadata.remove(u"authorization_response_iss_parameter_supported"_qs);
        startAndOpen();
        pageOf(deliver({{u"code"_qs, u"c"_qs}, {u"state"_qs, state()}}));
        QTRY_COMPARE(m_succeeded->size(), 1);
    }

    void providerErrorsBecomeMessages_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("access_denied")
            << u"access_denied"_qs << u"declined or cancelled at Example ID"_qs;
        QTest::newRow("temporarily_unavailable")
            << u"temporarily_unavailable"_qs << u"Try again later"_qs;
        QTest::newRow("other") << u"invalid_scope"_qs << u"(invalid_scope)"_qs;
    }

    void providerErrorsBecomeMessages()
    {
        QFETCH(QString, error);
        QFETCH(QString, expected);
        startAndOpen();
        pageOf(deliver({{u"error"_qs, error},
                        {u"error_description"_qs, u"<b>spoofed</b>"_qs},
                        {u"state"_qs, state()},
                        {u"iss"_qs, kIssuer}}));
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY2(failure().contains(expected), qPrintable(failure()));
        // The provider's free text is not repeated to the user.
        QVERIFY(!failure().contains(u"spoofed"_qs));
        QVERIFY(m_tokenRequests.isEmpty());
    }

    void idTokenOfAnotherAttemptOrClientIsRefused_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("nonce of another attempt")
            << u"nonce"_qs << QJsonValue(u"another-attempts-nonce-0123456789abcdefghij"_qs);
        QTest::newRow("no nonce") << u"nonce"_qs << QJsonValue();
        QTest::newRow("another audience") << u"aud"_qs << QJsonValue(u"other-client"_qs);
        QTest::newRow("audiences without azp")
            << u"aud"_qs << QJsonValue(QJsonArray{kClientId, u"other-client"_qs});
        QTest::newRow("another issuer") << u"iss"_qs << QJsonValue(u"https://evil.test"_qs);
        QTest::newRow("long expired")
            << u"exp"_qs << QJsonValue(QDateTime::currentSecsSinceEpoch() - 3600);
    }

    void idTokenOfAnotherAttemptOrClientIsRefused()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        if (value.isUndefined() || value.isNull())
            m_claims.remove(claim);
        else
            m_claims.insert(claim, value);
        startAndOpen();
        pageOf(deliver({{u"code"_qs, u"c"_qs}, {u"state"_qs, state()}, {u"iss"_qs, kIssuer}}));
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY2(failure().contains(u"does not belong to this sign-in"_qs), qPrintable(failure()));
        QVERIFY(m_succeeded->isEmpty());
    }

    void spentCodeSaysStartAgain()
    {
        m_customTokenAnswer = true;
        m_tokenAnswer = FakeResponse::json(
            400, R"({"error":"invalid_grant","error_description":"grant request is invalid"})");
        startAndOpen();
        pageOf(deliver({{u"code"_qs, u"c"_qs}, {u"state"_qs, state()}, {u"iss"_qs, kIssuer}}));
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY2(failure().contains(u"expired or was already used"_qs), qPrintable(failure()));
    }

    void providerNamingAnotherIssuerIsNotUsed()
    {
        m_metadata.insert(u"issuer"_qs, u"https://evil.test"_qs);
        m_flow->start();
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY(m_opened->isEmpty());
        QVERIFY(m_flow->redirectUri().isEmpty() ||
                !listenerAccepts(quint16(m_flow->redirectUri().port())));
    }

    void closedBrowserTimesOutAndClosesTheListener()
    {
        m_flow->setBrowserTimeout(std::chrono::minutes(5));
        startAndOpen();
        const quint16 port = quint16(m_flow->redirectUri().port());
        timers->advance(std::chrono::minutes(4));
        QVERIFY(m_failed->isEmpty());
        timers->advance(std::chrono::minutes(1));
        QCOMPARE(m_failed->size(), 1);
        QCOMPARE(m_failed->constFirst().constFirst().value<ApiError>().kind(),
                 ApiError::Kind::Timeout);
        QVERIFY(failure().contains(u"not finished in time"_qs));
        QVERIFY(!listenerAccepts(port));
    }

    void cancelWorksAtEveryStep()
    {
        // While the provider is being asked.
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        m_flow->start();
        QCOMPARE(m_flow->step(), OidcAuthorization::Step::FetchingProvider);
        m_flow->cancel();
        QCOMPARE(m_failed->size(), 1);
        QCOMPARE(m_failed->constFirst().constFirst().value<ApiError>().kind(),
                 ApiError::Kind::Cancelled);
        QVERIFY(m_opened->isEmpty());

        // While the browser is open.
        network->setHandler([this](const FakeRequest &request) { return answer(request); });
        OidcAuthorization waiting(client, m_flow->issuer());
        QSignalSpy opened(&waiting, &OidcAuthorization::openBrowser);
        QSignalSpy failed(&waiting, &OidcAuthorization::failed);
        waiting.start();
        QVERIFY(opened.wait(5000));
        const quint16 port = quint16(waiting.redirectUri().port());
        QVERIFY(listenerAccepts(port));
        waiting.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!listenerAccepts(port));
    }

    void listenerIsNotReachableFromTheNetwork()
    {
        startAndOpen();
        const quint16 port = quint16(m_flow->redirectUri().port());
        QVERIFY(listenerAccepts(port));
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                external = address;
                break;
            }
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try");
        QTcpSocket socket;
        socket.connectToHost(external, port);
        QVERIFY(!socket.waitForConnected(2000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    // The listener is QtNetworkAuth's, from the sign-in module the build puts
    // in $PD_MODULE_DIR: the app binary does not link QtNetworkAuth.
    void listenerComesFromTheSignInModule()
    {
        QVERIFY(startAndOpen().isValid());
        const QString file = ModuleLoader::loadedFrom(LoopbackReceiver::moduleName());
        QVERIFY2(file.startsWith(qEnvironmentVariable("PD_MODULE_DIR")), qPrintable(file));
    }

    // Run alone by tst_oidc_authorization.module_missing, whose
    // $PD_MODULE_DIR holds no module: the user is told, nothing opens.
    void withoutTheSignInModuleTheUserIsTold()
    {
        if (ModuleLoader::instance(LoopbackReceiver::moduleName()))
            QSKIP("the sign-in module is there (tst_oidc_authorization.module_missing runs "
                  "this without it)");
        m_flow->start();
        QTRY_COMPARE(m_failed->size(), 1);
        QVERIFY2(failure().contains(u"missing its sign-in module"_qs), qPrintable(failure()));
        QVERIFY(m_opened->isEmpty());
        QVERIFY(m_flow->redirectUri().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOidcAuthorization)
#include "tst_oidc_authorization.moc"
