// The auth area's pieces that need no server: JWK parsing, ID token
// verification and sign-in throttling (with a clock the test moves, on a
// SQLite database of its own).
#include "auth/Jwk.h"
#include "auth/JwkSet.h"
#include "auth/JwtVerifier.h"
#include "auth/SignInThrottle.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "kernel/Clock.h"

#include "auth/TestSigningKey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace pd::server;
using namespace pd::test;

namespace {

class ManualClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now += seconds * 1000; }

private:
    qint64 m_now = 1'800'000'000'000;
};

const QString kIssuer = QStringLiteral("https://idp.example");
const QString kAudience = QStringLiteral("dashboard-client");

} // namespace

class TstAuthUnits : public QObject
{
    Q_OBJECT

private:
    TestSigningKey m_rsa{TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-1")};
    TestSigningKey m_ec{TestSigningKey::Type::EcP256, QStringLiteral("ec-1")};
    qint64 m_now = QDateTime::currentSecsSinceEpoch();
    QTemporaryDir m_dir;
    int m_databases = 0;
    const QByteArray m_throttleKey = QByteArrayLiteral("throttle test key");

    // A migrated database for one test's throttles.
    std::unique_ptr<Database> freshDatabase()
    {
        QString error;
        auto db = Database::open(
            m_dir.filePath(QStringLiteral("throttle-%1.sqlite").arg(++m_databases)), &error);
        if (db)
            Migrations::apply(*db);
        return db;
    }

    JwkSet keys() const
    {
        return JwkSet::fromJson(
            QJsonObject{{QStringLiteral("keys"), QJsonArray{m_rsa.publicJwk(), m_ec.publicJwk()}}});
    }
    QJsonObject claims() const
    {
        return QJsonObject{{QStringLiteral("iss"), kIssuer},
                           {QStringLiteral("aud"), kAudience},
                           {QStringLiteral("sub"), QStringLiteral("subject-1")},
                           {QStringLiteral("email"), QStringLiteral("someone@example.org")},
                           {QStringLiteral("email_verified"), true},
                           {QStringLiteral("iat"), m_now - 10},
                           {QStringLiteral("exp"), m_now + 600},
                           {QStringLiteral("nonce"), QStringLiteral("nonce-1")}};
    }
    JwtVerifier::Result verify(const QByteArray &token) const
    {
        return JwtVerifier::verify(token, keys(), {kIssuer, kAudience, m_now, 60});
    }
    static QJsonObject with(QJsonObject object, const QString &name, const QJsonValue &value)
    {
        if (value.isUndefined())
            object.remove(name);
        else
            object.insert(name, value);
        return object;
    }

private Q_SLOTS:
    void jwkAcceptsRsaAndP256Keys()
    {
        const auto rsa = Jwk::fromJson(m_rsa.publicJwk());
        QVERIFY(rsa);
        QCOMPARE(rsa->algorithm(), Jwk::Algorithm::RS256);
        QCOMPARE(rsa->keyId(), QStringLiteral("rsa-1"));
        const auto ec = Jwk::fromJson(m_ec.publicJwk());
        QVERIFY(ec);
        QCOMPARE(ec->algorithm(), Jwk::Algorithm::ES256);
        QCOMPARE(keys().size(), qsizetype(2));
    }

    void jwkRejectsWeakOrForeignKeys()
    {
        const TestSigningKey weak(TestSigningKey::Type::Rsa1024, QStringLiteral("weak"));
        QVERIFY(!Jwk::fromJson(weak.publicJwk()));
        QVERIFY(
            !Jwk::fromJson(with(m_rsa.publicJwk(), QStringLiteral("use"), QStringLiteral("enc"))));
        QVERIFY(!Jwk::fromJson(
            with(m_rsa.publicJwk(), QStringLiteral("alg"), QStringLiteral("ES256"))));
        QVERIFY(!Jwk::fromJson(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                           {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}));
        QVERIFY(
            !Jwk::fromJson(with(m_ec.publicJwk(), QStringLiteral("crv"), QStringLiteral("P-384"))));
        // A point that is not on the curve (y replaced) must not become a key.
        QJsonObject offCurve = m_ec.publicJwk();
        offCurve.insert(QStringLiteral("y"), offCurve.value(QStringLiteral("x")));
        QVERIFY(!Jwk::fromJson(offCurve));
    }

    void validTokensVerify()
    {
        for (const TestSigningKey *key : {&m_rsa, &m_ec}) {
            const JwtVerifier::Result result = verify(key->sign(claims()));
            QCOMPARE(result.status, JwtVerifier::Result::Status::Valid);
            QCOMPARE(result.claims.subject, QStringLiteral("subject-1"));
            QCOMPARE(result.claims.email, QStringLiteral("someone@example.org"));
        }
        // An audience list naming us, issued to us (azp), and a token
        // without kid (single-key issuers).
        QCOMPARE(verify(m_rsa.sign(with(with(claims(), QStringLiteral("aud"),
                                             QJsonArray{QStringLiteral("other"), kAudience}),
                                        QStringLiteral("azp"), kAudience)))
                     .status,
                 JwtVerifier::Result::Status::Valid);
        QCOMPARE(verify(m_rsa.sign(claims())).claims.nonce, QStringLiteral("nonce-1"));
        QCOMPARE(verify(m_rsa.sign(claims(), {{QStringLiteral("kid"), QJsonValue::Null}})).status,
                 JwtVerifier::Result::Status::Valid);
    }

    void signatureMustMatch()
    {
        const TestSigningKey impostor(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-1"));
        QCOMPARE(verify(impostor.sign(claims())).status, JwtVerifier::Result::Status::Invalid);
        // Tampered payload with the original signature.
        QByteArray token = m_rsa.sign(claims());
        const QList<QByteArray> parts = token.split('.');
        const QByteArray forgedClaims = TestSigningKey::base64Url(
            QJsonDocument(with(claims(), QStringLiteral("sub"), QStringLiteral("admin")))
                .toJson(QJsonDocument::Compact));
        QCOMPARE(verify(parts.at(0) + '.' + forgedClaims + '.' + parts.at(2)).status,
                 JwtVerifier::Result::Status::Invalid);
        // "none" and HMAC (keyed with the public key) are never accepted, nor
        // an RS256 header pointing at an EC key.
        const QByteArray unsignedToken =
            TestSigningKey::base64Url(R"({"alg":"none","kid":"rsa-1"})") + '.' + parts.at(1) + '.';
        QCOMPARE(verify(unsignedToken).status, JwtVerifier::Result::Status::Invalid);
        QCOMPARE(
            verify(m_rsa.sign(claims(), {{QStringLiteral("alg"), QStringLiteral("HS256")}})).status,
            JwtVerifier::Result::Status::Invalid);
        QCOMPARE(
            verify(m_ec.sign(claims(), {{QStringLiteral("alg"), QStringLiteral("RS256")}})).status,
            JwtVerifier::Result::Status::Invalid);
        QCOMPARE(verify("not.a-jwt").status, JwtVerifier::Result::Status::Invalid);
        QCOMPARE(verify("a.b.c.d").status, JwtVerifier::Result::Status::Invalid);
    }

    void unknownKeyIdIsReportedForRefetch()
    {
        const TestSigningKey rotated(TestSigningKey::Type::Rsa2048, QStringLiteral("rsa-2"));
        const JwtVerifier::Result result = verify(rotated.sign(claims()));
        QCOMPARE(result.status, JwtVerifier::Result::Status::UnknownKey);
        QCOMPARE(result.keyId, QStringLiteral("rsa-2"));
    }

    void claimsAreChecked_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("other issuer")
            << "iss" << QJsonValue(QStringLiteral("https://evil.example")) << false;
        QTest::newRow("other audience")
            << "aud" << QJsonValue(QStringLiteral("someone-else")) << false;
        QTest::newRow("no audience") << "aud" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("expired") << "exp" << QJsonValue(double(m_now - 61)) << false;
        QTest::newRow("expired within leeway") << "exp" << QJsonValue(double(m_now - 30)) << true;
        QTest::newRow("no exp") << "exp" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("issued in the future") << "iat" << QJsonValue(double(m_now + 300)) << false;
        QTest::newRow("no iat") << "iat" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("not yet valid") << "nbf" << QJsonValue(double(m_now + 300)) << false;
        QTest::newRow("email not verified") << "email_verified" << QJsonValue(false) << false;
        QTest::newRow("email_verified as string")
            << "email_verified" << QJsonValue(QStringLiteral("true")) << false;
        QTest::newRow("email_verified missing")
            << "email_verified" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("no email") << "email" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("no subject") << "sub" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("no nonce") << "nonce" << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("empty nonce") << "nonce" << QJsonValue(QString()) << false;
        QTest::newRow("azp of another client")
            << "azp" << QJsonValue(QStringLiteral("other")) << false;
        QTest::newRow("azp of ours") << "azp" << QJsonValue(kAudience) << true;
        // Several audiences without azp: the token may be another client's.
        QTest::newRow("several audiences, no azp")
            << "aud" << QJsonValue(QJsonArray{QStringLiteral("other"), kAudience}) << false;
        QTest::newRow("one audience in a list")
            << "aud" << QJsonValue(QJsonArray{kAudience}) << true;
    }

    void claimsAreChecked()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        const JwtVerifier::Result result = verify(m_rsa.sign(with(claims(), claim, value)));
        QCOMPARE(result.status == JwtVerifier::Result::Status::Valid, valid);
    }

    void throttleLimitsEachAccount()
    {
        ManualClock clock;
        const auto db = freshDatabase();
        QVERIFY(db);
        SignInThrottle throttle(*db, clock, m_throttleKey);
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("a@example.org"), address), 0);
            throttle.recordFailure(QStringLiteral("a@example.org"), address);
            clock.advanceSeconds(10);
        }
        // The first failure leaves the 15-minute window 900 - 50 s from now.
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("A@Example.org "), address), 850);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("b@example.org"), address), 0);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("a@example.org"),
                                            QStringLiteral("192.0.2.9")),
                 850);
        clock.advanceSeconds(849);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("a@example.org"), address), 1);
        clock.advanceSeconds(1);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("a@example.org"), address), 0);
    }

    void throttleLimitsEachAddress()
    {
        ManualClock clock;
        const auto db = freshDatabase();
        QVERIFY(db);
        SignInThrottle throttle(*db, clock, m_throttleKey);
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(
                throttle.retryAfterSeconds(QStringLiteral("user%1@example.org").arg(i), address),
                0);
            throttle.recordFailure(QStringLiteral("user%1@example.org").arg(i), address);
        }
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("fresh@example.org"), address), 900);
        QCOMPARE(throttle.retryAfterSeconds({}, address), 900);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("fresh@example.org"),
                                            QStringLiteral("192.0.2.2")),
                 0);
        clock.advanceSeconds(15 * 60);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("fresh@example.org"), address), 0);
    }

    void successClearsOnlyTheAccountCounter()
    {
        ManualClock clock;
        const auto db = freshDatabase();
        QVERIFY(db);
        SignInThrottle throttle(*db, clock, m_throttleKey, QStringLiteral("sign-in"),
                                {5, 8, 15 * 60 * 1000});
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("a@example.org"), address);
        throttle.clearAccount(QStringLiteral("a@example.org"));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("a@example.org"), address), 0);
            throttle.recordFailure(QStringLiteral("a@example.org"), address);
        }
        // 4 account failures since the success, but 8 from the address.
        QVERIFY(throttle.retryAfterSeconds(QStringLiteral("other@example.org"), address) > 0);
        QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("a@example.org"),
                                            QStringLiteral("192.0.2.2")),
                 0);
    }

    void throttlesOnOneDatabaseCountTogether()
    {
        // Two server processes behind a load balancer: failures seen by one
        // count for the other, and other scopes keep their own counts.
        ManualClock clock;
        const auto db = freshDatabase();
        QVERIFY(db);
        SignInThrottle first(*db, clock, m_throttleKey);
        SignInThrottle second(*db, clock, m_throttleKey);
        SignInThrottle oidc(*db, clock, m_throttleKey, QStringLiteral("oidc"));
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 3; ++i)
            first.recordFailure(QStringLiteral("a@example.org"), address);
        for (int i = 0; i < 2; ++i)
            second.recordFailure(QStringLiteral("a@example.org"), address);
        QCOMPARE(first.retryAfterSeconds(QStringLiteral("a@example.org"), address), 900);
        QCOMPARE(second.retryAfterSeconds(QStringLiteral("a@example.org"), address), 900);
        QCOMPARE(oidc.retryAfterSeconds({}, address), 0);
        second.clearAccount(QStringLiteral("a@example.org"));
        QCOMPARE(first.retryAfterSeconds(QStringLiteral("a@example.org"), address), 0);
    }

    void throttlePrunesWhatLeftTheWindow()
    {
        ManualClock clock;
        const auto db = freshDatabase();
        QVERIFY(db);
        SignInThrottle throttle(*db, clock, m_throttleKey);
        for (int i = 0; i < 50; ++i)
            throttle.recordFailure(QStringLiteral("user%1@example.org").arg(i),
                                   QStringLiteral("192.0.2.%1").arg(i));
        const auto rows = [&db] {
            QSqlQuery count = db->run(QStringLiteral("SELECT COUNT(*) FROM sign_in_failures"));
            return count.next() ? count.value(0).toInt() : -1;
        };
        QCOMPARE(rows(), 100);
        clock.advanceSeconds(15 * 60 + 1);
        throttle.recordFailure({}, QStringLiteral("198.51.100.1"));
        QCOMPARE(rows(), 1);
    }
};

QTEST_GUILESS_MAIN(TstAuthUnits)
#include "tst_auth_units.moc"
