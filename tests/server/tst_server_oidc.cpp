// OpenID Connect against an OpenID Provider run inside this test (HTTPS
// discovery + JWKS), with ID tokens signed here: server-issued single-use
// nonces, linking only by a re-authenticated account holder (never by email),
// the TOTP step after single sign-on, azp, and throttled failures.
#include "AuthEndpoints.h"
#include "TestServer.h"

#include "auth/TestIdentityProvider.h"
#include "auth/TestSigningKey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

using namespace pd::test;
using namespace pd::test::endpoints;

namespace {
const QString kClientId = QStringLiteral("test-client");
} // namespace

class TstServerOidc : public QObject
{
    Q_OBJECT

private:
    TestIdentityProvider m_idp;
    TestSigningKey m_rsa{TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-1")};
    TestSigningKey m_ec{TestSigningKey::Type::EcP256, QStringLiteral("ec-1")};
    TestServer m_server;
    DemoAccount m_two;
    DemoAccount m_plain;
    Tokens m_plainTokens;

    // Claims with a fresh nonce from the server, as a real sign-in has.
    QJsonObject claims(const QString &email, const QString &subject)
    {
        return m_idp.idTokenClaims(kClientId, subject, email, m_server.oidcNonce());
    }
    Reply exchange(const QByteArray &idToken, const QString &issuer = {})
    {
        return m_server.postJson(
            kOidc, {{QStringLiteral("issuer"), issuer.isEmpty() ? m_idp.issuer() : issuer},
                    {QStringLiteral("id_token"), QString::fromLatin1(idToken)},
                    {QStringLiteral("device_name"), QStringLiteral("SSO laptop")}});
    }
    Reply link(const QByteArray &idToken, const QString &accessToken)
    {
        return m_server.postJson(kIdentities,
                                 {{QStringLiteral("issuer"), m_idp.issuer()},
                                  {QStringLiteral("id_token"), QString::fromLatin1(idToken)}},
                                 accessToken);
    }
    QString signInMethodOf(const Reply &reply)
    {
        return m_server.signInMethodOf(
            reply.json().value(QStringLiteral("access_token")).toString());
    }
    bool twoFactorOfSession(const Reply &reply)
    {
        const QString token = reply.json().value(QStringLiteral("access_token")).toString();
        return m_server.get(kSecurity, token)
            .json()
            .value(QStringLiteral("two_factor_enabled"))
            .toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_idp.start(&error), qPrintable(error));
        m_idp.setKeys({m_rsa.publicJwk(), m_ec.publicJwk()});
        // Starts as an outage so that the first exchange meets missing keys.
        m_idp.setJwksAvailable(false);
        QVERIFY2(m_server.start(
                     {QStringLiteral("--oidc-issuer"),
                      m_idp.issuer() + QLatin1Char(',') + kClientId + QStringLiteral(",Test IdP"),
                      QStringLiteral("--trust-ca"), m_idp.caCertificatePath()}),
                 qPrintable(m_server.lastError()));
        m_two = m_server.accounts().at(0);
        m_plain = m_server.accounts().at(1);
        m_plainTokens = m_server.signIn(m_plain);
        QVERIFY(!m_plainTokens.accessToken.isEmpty());
    }

    void discoveryNamesTheIssuer()
    {
        const QJsonArray issuers = m_server.get(QStringLiteral("/.well-known/privacy-dashboard"))
                                       .json()
                                       .value(QStringLiteral("oidc_issuers"))
                                       .toArray();
        QCOMPARE(issuers.size(), 1);
        QCOMPARE(issuers.first().toObject().value(QStringLiteral("issuer")).toString(),
                 m_idp.issuer());
        QCOMPARE(issuers.first().toObject().value(QStringLiteral("client_id")).toString(),
                 kClientId);
        // No --oidc-scopes: what an ID token with an email needs.
        QCOMPARE(issuers.first().toObject().value(QStringLiteral("scopes")).toArray(),
                 (QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}));
    }

    void noncesAreIssued()
    {
        const Reply reply = m_server.postJson(kNonce, {});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QStringLiteral("nonce")).toString().size() >= 32);
        QVERIFY(reply.json().value(QStringLiteral("expires_in")).toInt() > 0);
        QVERIFY(m_server.oidcNonce() != reply.json().value(QStringLiteral("nonce")).toString());
    }

    void missingKeysAnswer503UntilFetched()
    {
        const QByteArray token = m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain")));
        const Reply early = exchange(token);
        QCOMPARE(early.status, 503);
        QCOMPARE(early.problemSlug(), QStringLiteral("unavailable"));
        QCOMPARE(early.header("retry-after"), QByteArray("1"));
        QCOMPARE(early.json().value(QStringLiteral("retry_after")).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_idp.jwksRequests() > 0, 10000);
        QCOMPARE(exchange(token).status, 503); // still an outage

        m_idp.setJwksAvailable(true);
        // Verified now; the 503s did not spend the nonce. No account is
        // linked to the identity yet.
        QTRY_VERIFY_WITH_TIMEOUT(exchange(token).status != 503, 15000);
    }

    void matchingEmailDoesNotLink()
    {
        // A verified token carrying an account's email is not enough: the
        // identity was never linked by its holder.
        const Reply reply =
            exchange(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain"))));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("identity-not-linked"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("Security page")));
        const Reply listed = m_server.get(kIdentities, m_plainTokens.accessToken);
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.json().value(QStringLiteral("items")).toArray().isEmpty());
    }

    void linkingNeedsReauthentication()
    {
        const Reply refused =
            link(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain"))),
                 m_plainTokens.accessToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.problemSlug(), QStringLiteral("reauthentication-required"));

        QCOMPARE(m_server.reauthenticate(m_plain, m_plainTokens.accessToken).status, 204);
        const Reply linked = link(
            m_rsa.sign(claims(QStringLiteral("any@idp.example"), QStringLiteral("subject-plain"))),
            m_plainTokens.accessToken);
        QCOMPARE(linked.status, 201);
        QCOMPARE(linked.json().value(QStringLiteral("issuer")).toString(), m_idp.issuer());
        QCOMPARE(linked.json().value(QStringLiteral("provider_name")).toString(),
                 QStringLiteral("Test IdP"));
        QCOMPARE(linked.json().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("subject-plain"));
        const QJsonArray items = m_server.get(kIdentities, m_plainTokens.accessToken)
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("id")),
                 linked.json().value(QStringLiteral("id")));
    }

    void linkedIdentitySignsIn()
    {
        const Reply rsa =
            exchange(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain"))));
        QCOMPARE(rsa.status, 200);
        QCOMPARE(rsa.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("authenticated"));
        QCOMPARE(rsa.json().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("Bearer"));
        QVERIFY(!rsa.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(twoFactorOfSession(rsa), false);
        QCOMPARE(signInMethodOf(rsa), QStringLiteral("oidc"));
        QCOMPARE(m_server.signInMethodOf(m_plainTokens.accessToken), QStringLiteral("password"));
    }

    void linkedSubjectWinsOverEmail()
    {
        // A token of the linked subject carrying another account's email
        // still means the linked account.
        const Reply reply =
            exchange(m_ec.sign(claims(m_two.email, QStringLiteral("subject-plain"))));
        QCOMPARE(reply.status, 200);
        QCOMPARE(twoFactorOfSession(reply), false);
    }

    void identityOfAnotherAccountIsNotLinkedAgain()
    {
        const Tokens two = m_server.signIn(m_two);
        QVERIFY(!two.accessToken.isEmpty());
        QCOMPARE(m_server.reauthenticate(m_two, two.accessToken).status, 204);
        const Reply taken =
            link(m_rsa.sign(claims(m_two.email, QStringLiteral("subject-plain"))), two.accessToken);
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.problemSlug(), QStringLiteral("conflict"));

        // Two-factor stays on after single sign-on: the TOTP step follows.
        QCOMPARE(
            link(m_ec.sign(claims(m_two.email, QStringLiteral("subject-two"))), two.accessToken)
                .status,
            201);
        const Reply first = exchange(m_ec.sign(claims(m_two.email, QStringLiteral("subject-two"))));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("mfa_required"));
        QVERIFY(first.json().value(QStringLiteral("access_token")).isUndefined());
        const QString challenge = first.json().value(QStringLiteral("challenge_id")).toString();
        // signIn() above used this step's code (or the next one).
        const Reply done = m_server.answerTotpChallenge(challenge, m_two.totpSecret, 1);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("authenticated"));
        QCOMPARE(twoFactorOfSession(done), true);
        // The TOTP step does not make it a password session.
        QCOMPARE(signInMethodOf(done), QStringLiteral("oidc"));
        QCOMPARE(m_server.signInMethodOf(two.accessToken), QStringLiteral("password"));
    }

    void tokensWorkOnce()
    {
        const QByteArray token = m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain")));
        QCOMPARE(exchange(token).status, 200);
        const Reply replay = exchange(token);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.problemSlug(), QStringLiteral("oidc-token-invalid"));
    }

    void invalidTokensAreRejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QJsonObject good = claims(m_plain.email, QStringLiteral("subject-plain"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const TestSigningKey impostor(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-1"));
        auto changed = [&](const QString &name, const QJsonValue &value) {
            QJsonObject copy = claims(m_plain.email, QStringLiteral("subject-plain"));
            if (value.isUndefined())
                copy.remove(name);
            else
                copy.insert(name, value);
            return copy;
        };
        QTest::newRow("bad signature") << impostor.sign(good);
        QTest::newRow("wrong audience")
            << m_rsa.sign(changed(QStringLiteral("aud"), QStringLiteral("another-client")));
        QTest::newRow("wrong issuer")
            << m_rsa.sign(changed(QStringLiteral("iss"), QStringLiteral("https://evil.example")));
        QJsonObject expired = changed(QStringLiteral("exp"), double(now - 3600));
        expired.insert(QStringLiteral("iat"), double(now - 7200));
        QTest::newRow("expired") << m_rsa.sign(expired);
        QTest::newRow("email not verified")
            << m_rsa.sign(changed(QStringLiteral("email_verified"), false));
        QTest::newRow("no nonce") << m_rsa.sign(
            changed(QStringLiteral("nonce"), QJsonValue::Undefined));
        QTest::newRow("nonce the server never issued")
            << m_rsa.sign(changed(QStringLiteral("nonce"), QStringLiteral("made-up-nonce")));
        QTest::newRow("several audiences, no azp")
            << m_rsa.sign(TestIdentityProvider::withAudiences(
                   claims(m_plain.email, QStringLiteral("subject-plain")),
                   {QStringLiteral("another-client"), kClientId}, {}));
        QTest::newRow("azp of another client") << m_rsa.sign(TestIdentityProvider::withAudiences(
            claims(m_plain.email, QStringLiteral("subject-plain")),
            {QStringLiteral("another-client"), kClientId}, QStringLiteral("another-client")));
        const QByteArray signedToken = m_rsa.sign(good);
        QTest::newRow("alg none") << TestSigningKey::base64Url(R"({"alg":"none"})") + '.' +
                                         signedToken.split('.').at(1) + '.';
        QTest::newRow("garbage") << QByteArray("definitely-not-a-jwt");
    }

    void invalidTokensAreRejected()
    {
        QFETCH(QByteArray, token);
        const Reply reply = exchange(token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("oidc-token-invalid"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
    }

    void severalAudiencesWithOurAzpSignIn()
    {
        const Reply reply = exchange(m_rsa.sign(TestIdentityProvider::withAudiences(
            claims(m_plain.email, QStringLiteral("subject-plain")),
            {QStringLiteral("another-client"), kClientId}, kClientId)));
        QCOMPARE(reply.status, 200);
    }

    void unconfiguredIssuerIs422()
    {
        const Reply reply =
            exchange(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain"))),
                     QStringLiteral("https://idp.example"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorFields().value(0), QStringLiteral("issuer"));
    }

    void rotatedKeysAreFetched()
    {
        const TestSigningKey rotated(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-2"));
        // Each try is a new sign-in with its own nonce, as a client's is.
        const auto signIn = [&] {
            return exchange(rotated.sign(claims(m_plain.email, QStringLiteral("subject-plain"))))
                .status;
        };
        QVERIFY(signIn() != 200);
        const int fetchesBefore = m_idp.jwksRequests();
        m_idp.setKeys({m_rsa.publicJwk(), m_ec.publicJwk(), rotated.publicJwk()});
        // The server re-fetches for an unknown kid, at most every few
        // seconds; the tries meanwhile do not count as failures.
        QTRY_COMPARE_WITH_TIMEOUT(signIn(), 200, 30000);
        QVERIFY(m_idp.jwksRequests() > fetchesBefore);
    }

    void unlinkingNeedsReauthentication()
    {
        const Tokens tokens = m_server.signIn(m_plain);
        const QString id = firstItemId(m_server.get(kIdentities, tokens.accessToken).json());
        QVERIFY(!id.isEmpty());
        const QString path = kIdentities + QLatin1Char('/') + id;
        const Reply refused = m_server.request("DELETE", path, {}, {}, tokens.accessToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(m_server.reauthenticate(m_plain, tokens.accessToken).status, 204);
        QCOMPARE(m_server.request("DELETE", path, {}, {}, tokens.accessToken).status, 204);
        QCOMPARE(m_server.request("DELETE", path, {}, {}, tokens.accessToken).status, 404);
        const Reply after =
            exchange(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain"))));
        QCOMPARE(after.status, 401);
        QCOMPARE(after.problemSlug(), QStringLiteral("identity-not-linked"));
    }

    // Last: it leaves this address throttled.
    void failuresAreThrottled()
    {
        const QByteArray forged =
            TestSigningKey(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-1"))
                .sign(claims(m_plain.email, QStringLiteral("subject-plain")));
        Reply reply;
        for (int attempt = 0; attempt < 40 && reply.status != 429; ++attempt)
            reply = exchange(forged);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.problemSlug(), QStringLiteral("too-many-sign-in-attempts"));
        QVERIFY(reply.header("retry-after").toInt() > 0);
        // Even a good token waits now.
        QCOMPARE(
            exchange(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain")))).status,
            429);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TstServerOidc)
#include "tst_server_oidc.moc"
