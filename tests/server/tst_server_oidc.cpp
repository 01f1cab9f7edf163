// POST /api/v1/auth/oidc against an OpenID Provider run inside this test
// (HTTPS discovery + JWKS), with ID tokens signed here.
#include "TestServer.h"

#include "auth/TestIdentityProvider.h"
#include "auth/TestSigningKey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

using namespace pd::test;

namespace {
const QString kClientId = QStringLiteral("test-client");
const QString kOidc = QStringLiteral("/api/v1/auth/oidc");
const QString kSecurity = QStringLiteral("/api/v1/auth/security");
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

    QJsonObject claims(const QString &email, const QString &subject) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return QJsonObject{
            {QStringLiteral("iss"), m_idp.issuer()},  {QStringLiteral("aud"), kClientId},
            {QStringLiteral("sub"), subject},         {QStringLiteral("email"), email},
            {QStringLiteral("email_verified"), true}, {QStringLiteral("iat"), now - 10},
            {QStringLiteral("exp"), now + 600}};
    }
    Reply exchange(const QByteArray &idToken, const QString &issuer = {})
    {
        return m_server.postJson(
            kOidc, {{QStringLiteral("issuer"), issuer.isEmpty() ? m_idp.issuer() : issuer},
                    {QStringLiteral("id_token"), QString::fromLatin1(idToken)},
                    {QStringLiteral("device_name"), QStringLiteral("SSO laptop")}});
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
        QTRY_COMPARE_WITH_TIMEOUT(exchange(token).status, 200, 15000);
    }

    void verifiedTokensSignIn()
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

        // ES256, and the provider's sign-in stands in for the account's TOTP.
        const Reply ec =
            exchange(m_ec.sign(claims(m_two.email.toUpper(), QStringLiteral("subject-two"))));
        QCOMPARE(ec.status, 200);
        QCOMPARE(twoFactorOfSession(ec), true);
    }

    void linkedSubjectWinsOverEmail()
    {
        // subject-plain was linked to accounts()[1] above; a later token of
        // that subject carrying another account's email still means [1].
        const Reply reply =
            exchange(m_rsa.sign(claims(m_two.email, QStringLiteral("subject-plain"))));
        QCOMPARE(reply.status, 200);
        QCOMPARE(twoFactorOfSession(reply), false);
    }

    void unknownEmailHasNoAccount()
    {
        const Reply reply = exchange(m_rsa.sign(
            claims(QStringLiteral("nobody@example.invalid"), QStringLiteral("subject-nobody"))));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("invalid-credentials"));
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
    }

    void invalidTokensAreRejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QJsonObject good = claims(m_plain.email, QStringLiteral("subject-plain"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const TestSigningKey impostor(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-1"));
        auto changed = [&](const QString &name, const QJsonValue &value) {
            QJsonObject copy = good;
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

    void unconfiguredIssuerIs422()
    {
        const Reply reply =
            exchange(m_rsa.sign(claims(m_plain.email, QStringLiteral("subject-plain"))),
                     QStringLiteral("https://idp.example"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("issuer"));
    }

    void rotatedKeysAreFetched()
    {
        const TestSigningKey rotated(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-2"));
        const QByteArray token =
            rotated.sign(claims(m_plain.email, QStringLiteral("subject-plain")));
        QVERIFY(exchange(token).status != 200);
        const int fetchesBefore = m_idp.jwksRequests();
        m_idp.setKeys({m_rsa.publicJwk(), m_ec.publicJwk(), rotated.publicJwk()});
        // The server re-fetches for an unknown kid, at most every few seconds.
        QTRY_COMPARE_WITH_TIMEOUT(exchange(token).status, 200, 30000);
        QVERIFY(m_idp.jwksRequests() > fetchesBefore);
    }
};

QTEST_GUILESS_MAIN(TstServerOidc)
#include "tst_server_oidc.moc"
