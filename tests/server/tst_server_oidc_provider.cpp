// OpenID Connect against a real OpenID Provider (node's oidc-provider on
// loopback, tests/oidc-provider): the test is the native app (PKCE S256,
// state, the server's nonce), AuthorizationDriver is the user at the
// provider's login and consent pages, and the ID tokens the provider issues
// go to the reference server.
#include "AuthEndpoints.h"
#include "TestServer.h"

#include "AuthorizationDriver.h"
#include "OidcTestProvider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace pd::test;
using namespace pd::test::endpoints;

namespace {
const QString kPlainLogin = QStringLiteral("plain-user");
const QString kTwoLogin = QStringLiteral("two-factor-user");

QJsonObject payloadOf(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
        .object();
}
} // namespace

class TstServerOidcProvider : public QObject
{
    Q_OBJECT

private:
    OidcTestProvider m_idp;
    // A second provider: its tokens are signed with another key and name
    // another issuer.
    OidcTestProvider m_otherIdp;
    TestServer m_server;
    DemoAccount m_two;
    DemoAccount m_plain;
    Tokens m_plainTokens;
    QString m_scope;
    int m_port = 49152; // each sign-in's loopback port differs, as the app's do

    struct Authorization {
        QUrl redirect;
        QString state;
        QString nonce;
        OidcTestProvider::Pkce pkce;
        QUrl callback; // where the provider sent the browser
        QUrlQuery query() const { return QUrlQuery(callback); }
    };

    // The authorization up to the callback, as the app does it: a nonce
    // from the server, PKCE, a random state, a new loopback port. Empty
    // callback (and *error) when the provider did not get there.
    Authorization authorize(OidcTestProvider &idp, const QString &clientId, const QString &login,
                            QString *error)
    {
        Authorization flow;
        flow.redirect = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(++m_port));
        flow.state = QString::fromLatin1(OidcTestProvider::randomToken());
        flow.nonce = m_server.oidcNonce();
        flow.pkce = OidcTestProvider::makePkce();
        AuthorizationDriver driver(idp);
        const std::optional<QUrl> callback =
            driver.authorize(idp.authorizationUrl(clientId, flow.redirect, flow.state, flow.nonce,
                                                  flow.pkce.challenge, m_scope),
                             login);
        if (callback)
            flow.callback = *callback;
        else
            *error = driver.lastError();
        return flow;
    }

    // A whole sign-in at the provider: the ID token it issues, or empty and
    // *error.
    QByteArray idToken(OidcTestProvider &idp, const QString &clientId, const QString &login,
                       QString *error)
    {
        return idp.signInForIdToken(
            clientId, QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(++m_port)),
            m_server.oidcNonce(), login, error, m_scope);
    }

    Reply exchange(const QByteArray &token)
    {
        return m_server.postJson(kOidc, {{QStringLiteral("issuer"), m_idp.issuer()},
                                         {QStringLiteral("id_token"), QString::fromLatin1(token)},
                                         {QStringLiteral("device_name"), QStringLiteral("SSO")}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.lastError()));
        QVERIFY2(m_otherIdp.start(), qPrintable(m_otherIdp.lastError()));
        QVERIFY(m_idp.issuer() != m_otherIdp.issuer());
        // Scopes in an order of our own, to tell them from the default.
        QVERIFY2(m_server.start(m_idp.serverArguments(QStringLiteral("Real IdP")) +
                                QStringList{QStringLiteral("--oidc-scopes"),
                                            m_idp.issuer() + QStringLiteral(",email openid")}),
                 qPrintable(m_server.lastError()));
        // The app asks for the scopes discovery names.
        QStringList scopes;
        for (const QJsonValue &issuer :
             m_server.get(QStringLiteral("/.well-known/privacy-dashboard"))
                 .json()
                 .value(QStringLiteral("oidc_issuers"))
                 .toArray()) {
            for (const QJsonValue &scope :
                 issuer.toObject().value(QStringLiteral("scopes")).toArray())
                scopes << scope.toString();
        }
        m_scope = scopes.join(QLatin1Char(' '));
        m_two = m_server.accounts().at(0);
        m_plain = m_server.accounts().at(1);
        m_plainTokens = m_server.signIn(m_plain);
        QVERIFY(!m_plainTokens.accessToken.isEmpty());
    }

    void discoveryNamesTheProviderAndItsScopes()
    {
        const QJsonArray issuers = m_server.get(QStringLiteral("/.well-known/privacy-dashboard"))
                                       .json()
                                       .value(QStringLiteral("oidc_issuers"))
                                       .toArray();
        QCOMPARE(issuers.size(), 1);
        const QJsonObject issuer = issuers.first().toObject();
        QCOMPARE(issuer.value(QStringLiteral("issuer")).toString(), m_idp.issuer());
        QCOMPARE(issuer.value(QStringLiteral("client_id")).toString(),
                 OidcTestProvider::clientId());
        QCOMPARE(issuer.value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Real IdP"));
        QCOMPARE(issuer.value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray{QStringLiteral("email"), QStringLiteral("openid")}));

        // What the app relies on in the provider's own metadata.
        const QJsonObject metadata = m_idp.discovery();
        QCOMPARE(metadata.value(QStringLiteral("authorization_response_iss_parameter_supported")),
                 QJsonValue(true));
        QVERIFY(metadata.value(QStringLiteral("end_session_endpoint"))
                    .toString()
                    .startsWith(m_idp.issuer()));
        QCOMPARE(metadata.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
    }

    void caBundleTrustsServerAndProvider()
    {
        // The app's profile has one custom CA file: both CAs go into it.
        const QString bundle = m_idp.writeCaBundle({m_server.caCertificatePath()});
        QVERIFY2(!bundle.isEmpty(), qPrintable(m_idp.lastError()));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(bundle);
        QCOMPARE(certificates.size(), 2);
        const auto reaches = [](const QList<QSslCertificate> &trusted, const QUrl &url) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(trusted);
            QNetworkRequest request(url);
            request.setSslConfiguration(ssl);
            QNetworkAccessManager network;
            QNetworkReply *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !finished.wait(30000))
                return false;
            reply->deleteLater();
            return reply->error() == QNetworkReply::NoError;
        };
        const QUrl provider(m_idp.issuer() + QStringLiteral("/.well-known/openid-configuration"));
        const QUrl server =
            m_server.origin().resolved(QUrl(QStringLiteral("/.well-known/privacy-dashboard")));
        QVERIFY(reaches(certificates, provider));
        QVERIFY(reaches(certificates, server));
        QVERIFY(!reaches(QSslCertificate::fromPath(m_server.caCertificatePath()), provider));
    }

    void callbackCarriesCodeStateAndIssuer()
    {
        QString error;
        const Authorization flow =
            authorize(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(flow.callback.isValid(), qPrintable(error));
        // Any loopback port is accepted for the registered redirect.
        QCOMPARE(flow.callback.adjusted(QUrl::RemoveQuery), flow.redirect);
        QCOMPARE(flow.query().queryItemValue(QStringLiteral("state")), flow.state);
        QCOMPARE(flow.query().queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                 m_idp.issuer());
        QVERIFY(!flow.query().queryItemValue(QStringLiteral("code")).isEmpty());
        QVERIFY(!flow.query().hasQueryItem(QStringLiteral("error")));

        // Delivered as the browser would, here to a stand-in listener.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QByteArray requestLine;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = listener.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requestLine] {
                if (!socket->canReadLine())
                    return;
                requestLine = socket->readLine().trimmed();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\n"
                              "done");
                socket->disconnectFromHost();
            });
        });
        QUrl callback = flow.callback;
        callback.setPort(listener.serverPort());
        const AuthorizationDriver::Delivery delivery = AuthorizationDriver(m_idp).deliver(callback);
        QCOMPARE(delivery.status, 200);
        QCOMPARE(delivery.body, QByteArray("done"));
        QCOMPARE(requestLine, "GET " +
                                  callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                  " HTTP/1.1");
    }

    void wrongCodeVerifierIsRefusedByTheProvider()
    {
        QString error;
        const Authorization flow =
            authorize(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        const QString code = flow.query().queryItemValue(QStringLiteral("code"));
        QVERIFY2(!code.isEmpty(), qPrintable(error));
        const OidcTestProvider::TokenReply reply =
            m_idp.redeem(OidcTestProvider::clientId(), code, flow.redirect,
                         OidcTestProvider::makePkce().verifier);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QVERIFY(reply.idToken().isEmpty());
    }

    void cancellingAtLoginIsAccessDenied()
    {
        const QString state = QString::fromLatin1(OidcTestProvider::randomToken());
        const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/callback").arg(++m_port));
        AuthorizationDriver driver(m_idp);
        const std::optional<QUrl> callback = driver.cancelAtLogin(
            m_idp.authorizationUrl(OidcTestProvider::clientId(), redirect, state,
                                   QString::fromLatin1(OidcTestProvider::randomToken()),
                                   OidcTestProvider::makePkce().challenge, m_scope));
        QVERIFY2(callback, qPrintable(driver.lastError()));
        const QUrlQuery query(*callback);
        QCOMPARE(callback->adjusted(QUrl::RemoveQuery), redirect);
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), state);
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    }

    void unlinkedIdentityIsRefused()
    {
        QString error;
        const QByteArray token = idToken(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const QJsonObject claims = payloadOf(token);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), kPlainLogin);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), OidcTestProvider::clientId());
        QCOMPARE(claims.value(QStringLiteral("email_verified")), QJsonValue(true));
        const Reply reply = exchange(token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("identity-not-linked"));
    }

    void linkedIdentitySignsIn()
    {
        QCOMPARE(m_server.reauthenticate(m_plain, m_plainTokens.accessToken).status, 204);
        QString error;
        const QByteArray linkToken =
            idToken(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(!linkToken.isEmpty(), qPrintable(error));
        const Reply linked =
            m_server.postJson(kIdentities,
                              {{QStringLiteral("issuer"), m_idp.issuer()},
                               {QStringLiteral("id_token"), QString::fromLatin1(linkToken)}},
                              m_plainTokens.accessToken);
        QCOMPARE(linked.status, 201);
        QCOMPARE(linked.json().value(QStringLiteral("subject")).toString(), kPlainLogin);

        const QByteArray token = idToken(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const Reply reply = exchange(token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("authenticated"));
        const QString accessToken = reply.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_server.signInMethodOf(accessToken), QStringLiteral("oidc"));
        QCOMPARE(m_server.signInMethodOf(m_plainTokens.accessToken), QStringLiteral("password"));
    }

    void sameTokenTwiceIsRefused()
    {
        QString error;
        const QByteArray token = idToken(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(exchange(token).status, 200);
        const Reply replay = exchange(token);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.problemSlug(), QStringLiteral("oidc-token-invalid"));
    }

    void twoFactorAccountAnswersTotpAfterTheProvider()
    {
        const Tokens two = m_server.signIn(m_two);
        QVERIFY(!two.accessToken.isEmpty());
        QCOMPARE(m_server.reauthenticate(m_two, two.accessToken).status, 204);
        QString error;
        const QByteArray linkToken =
            idToken(m_idp, OidcTestProvider::clientId(), kTwoLogin, &error);
        QVERIFY2(!linkToken.isEmpty(), qPrintable(error));
        QCOMPARE(m_server
                     .postJson(kIdentities,
                               {{QStringLiteral("issuer"), m_idp.issuer()},
                                {QStringLiteral("id_token"), QString::fromLatin1(linkToken)}},
                               two.accessToken)
                     .status,
                 201);

        const QByteArray token = idToken(m_idp, OidcTestProvider::clientId(), kTwoLogin, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const Reply first = exchange(token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("mfa_required"));
        QVERIFY(first.json().value(QStringLiteral("access_token")).isUndefined());
        const QString challenge = first.json().value(QStringLiteral("challenge_id")).toString();
        // signIn() above spent this step's code (or the next one's).
        const Reply done = m_server.answerTotpChallenge(challenge, m_two.totpSecret, 0);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("authenticated"));
        QCOMPARE(
            m_server.signInMethodOf(done.json().value(QStringLiteral("access_token")).toString()),
            QStringLiteral("oidc"));
    }

    void tokenForAnotherClientIsRefused()
    {
        QString error;
        const QByteArray token =
            idToken(m_idp, OidcTestProvider::otherClientId(), kPlainLogin, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(payloadOf(token).value(QStringLiteral("aud")).toString(),
                 OidcTestProvider::otherClientId());
        const Reply reply = exchange(token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("oidc-token-invalid"));
    }

    void tokenOfAnotherProviderIsRefused()
    {
        QString error;
        const QByteArray token =
            idToken(m_otherIdp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(payloadOf(token).value(QStringLiteral("iss")).toString(), m_otherIdp.issuer());
        // Posted as if the configured provider had issued it.
        const Reply reply = exchange(token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("oidc-token-invalid"));
    }

    void expiredTokenIsRefused()
    {
        QVERIFY2(m_idp.setClockOffset(-7200), qPrintable(m_idp.lastError()));
        QString error;
        const QByteArray token = idToken(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(m_idp.setClockOffset(0), qPrintable(m_idp.lastError()));
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const qint64 expiry = qint64(payloadOf(token).value(QStringLiteral("exp")).toDouble());
        QVERIFY(expiry > 0);
        QVERIFY(expiry < QDateTime::currentSecsSinceEpoch() - 600);
        const Reply reply = exchange(token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("oidc-token-invalid"));

        // The offset is gone again: the next token is good.
        const QByteArray fresh = idToken(m_idp, OidcTestProvider::clientId(), kPlainLogin, &error);
        QVERIFY2(!fresh.isEmpty(), qPrintable(error));
        QCOMPARE(exchange(fresh).status, 200);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TstServerOidcProvider)
#include "tst_server_oidc_provider.moc"
