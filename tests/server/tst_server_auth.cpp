// Sign-in, tokens, sessions and security settings over the real server:
// docs/api/conventions.md "Auth". accounts()[0] has two-factor on and is
// signed in to once (its TOTP code is good once per 30 s step);
// accounts()[1] serves everything else.
#include "AuthEndpoints.h"
#include "TestServer.h"

#include "auth/Totp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace pd::test;
using namespace pd::test::endpoints;

namespace {

QJsonObject credentials(const QString &email, const QString &password,
                        const QString &deviceName = {})
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!deviceName.isEmpty())
        body.insert(QStringLiteral("device_name"), deviceName);
    return body;
}

Tokens tokensOf(const Reply &reply)
{
    const QJsonObject body = reply.json();
    return Tokens{body.value(QStringLiteral("access_token")).toString(),
                  body.value(QStringLiteral("refresh_token")).toString(),
                  body.value(QStringLiteral("session_id")).toString()};
}

// A six-digit string that is not the code of any step in the ±1 window.
QString wrongCode(const QString &secret)
{
    const QSet<QString> valid{TestServer::totpCode(secret, -1), TestServer::totpCode(secret, 0),
                              TestServer::totpCode(secret, 1), TestServer::totpCode(secret, 2)};
    for (int candidate = 0;; ++candidate) {
        const QString code =
            QStringLiteral("%1").arg(candidate * 7919 % 1000000, 6, 10, QLatin1Char('0'));
        if (!valid.contains(code))
            return code;
    }
}

} // namespace

class TstServerAuth : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccount m_two;   // accounts()[0], two-factor on
    DemoAccount m_plain; // accounts()[1]; its password changes in passwordChange()
    Tokens m_twoTokens;
    qint64 m_startedAtMs = 0;
    QString m_passwordChangedBefore;

    Reply signInReply(TestServer &server, const DemoAccount &account, const QString &device = {})
    {
        return server.postJson(kPassword, credentials(account.email, account.password, device), {},
                               {{"User-Agent", "AuthTest/1.0"}});
    }
    Tokens signInPlain(const QString &device = QStringLiteral("test"))
    {
        const Reply reply = signInReply(m_server, m_plain, device);
        if (reply.status != 200)
            qWarning("sign-in answered %d", reply.status);
        return tokensOf(reply);
    }
    QJsonArray sessionsOf(const QString &token)
    {
        return m_server.get(kSessions, token).json().value(QStringLiteral("items")).toArray();
    }
    static QJsonObject sessionById(const QJsonArray &sessions, const QString &id)
    {
        for (const auto &session : sessions) {
            if (session.toObject().value(QStringLiteral("id")).toString() == id)
                return session.toObject();
        }
        return {};
    }
    static void verifyTokenSet(const Reply &reply, int expiresIn = 900)
    {
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), expiresIn);
        QVERIFY(body.value(QStringLiteral("access_token")).toString().size() >= 32);
        QVERIFY(body.value(QStringLiteral("refresh_token")).toString().size() >= 32);
        QVERIFY(body.value(QStringLiteral("access_token")) !=
                body.value(QStringLiteral("refresh_token")));
        QVERIFY(!body.value(QStringLiteral("session_id")).toString().isEmpty());
    }
    static void verifyUnauthorized(const Reply &reply, const QString &slug)
    {
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), slug);
        QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QCOMPARE(m_server.accounts().size(), 2);
        m_two = m_server.accounts().at(0);
        m_plain = m_server.accounts().at(1);
        QVERIFY(!m_two.totpSecret.isEmpty());
        QVERIFY(m_plain.totpSecret.isEmpty());
    }

    void passwordSignInWithoutTwoFactor()
    {
        const Reply reply = signInReply(m_server, m_plain, QStringLiteral("Laptop"));
        verifyTokenSet(reply);
        const Tokens tokens = tokensOf(reply);
        const Reply security = m_server.get(kSecurity, tokens.accessToken);
        QCOMPARE(security.status, 200);
        QCOMPARE(security.json().value(QStringLiteral("two_factor_enabled")).toBool(), false);
        // Emails are matched case-insensitively.
        verifyTokenSet(
            m_server.postJson(kPassword, credentials(m_plain.email.toUpper(), m_plain.password)));
    }

    void twoFactorSignInRejectsWrongAndReplayedCodes()
    {
        const Reply first = signInReply(m_server, m_two, QStringLiteral("Phone"));
        QCOMPARE(first.status, 200);
        QJsonObject challenge = first.json();
        QCOMPARE(challenge.value(QStringLiteral("status")).toString(),
                 QStringLiteral("mfa_required"));
        QCOMPARE(challenge.value(QStringLiteral("methods")).toArray(),
                 QJsonArray{QStringLiteral("totp")});
        QCOMPARE(challenge.value(QStringLiteral("expires_in")).toInt(), 300);
        QVERIFY(!challenge.contains(QStringLiteral("access_token")));
        const QString challengeId = challenge.value(QStringLiteral("challenge_id")).toString();

        const Reply wrong =
            m_server.postJson(kTotp, {{QStringLiteral("challenge_id"), challengeId},
                                      {QStringLiteral("code"), wrongCode(m_two.totpSecret)}});
        verifyUnauthorized(wrong, QStringLiteral("invalid-credentials"));

        const QString code = TestServer::totpCode(m_two.totpSecret);
        const Reply accepted = m_server.postJson(
            kTotp, {{QStringLiteral("challenge_id"), challengeId}, {QStringLiteral("code"), code}});
        verifyTokenSet(accepted);
        m_twoTokens = tokensOf(accepted);
        QCOMPARE(m_server.get(kSecurity, m_twoTokens.accessToken)
                     .json()
                     .value(QStringLiteral("two_factor_enabled"))
                     .toBool(),
                 true);

        // The challenge is spent, and the same code on a new challenge is a replay.
        const Reply again = m_server.postJson(
            kTotp, {{QStringLiteral("challenge_id"), challengeId}, {QStringLiteral("code"), code}});
        verifyUnauthorized(again, QStringLiteral("mfa-challenge-invalid"));
        const Reply second = signInReply(m_server, m_two);
        const QString secondId = second.json().value(QStringLiteral("challenge_id")).toString();
        QVERIFY(!secondId.isEmpty() && secondId != challengeId);
        const Reply replay = m_server.postJson(
            kTotp, {{QStringLiteral("challenge_id"), secondId}, {QStringLiteral("code"), code}});
        verifyUnauthorized(replay, QStringLiteral("invalid-credentials"));

        const Reply unknown = m_server.postJson(
            kTotp, {{QStringLiteral("challenge_id"), QStringLiteral("no-such-challenge")},
                    {QStringLiteral("code"), code}});
        verifyUnauthorized(unknown, QStringLiteral("mfa-challenge-invalid"));
        const Reply malformed =
            m_server.postJson(kTotp, {{QStringLiteral("challenge_id"), secondId},
                                      {QStringLiteral("code"), QStringLiteral("12ab56")}});
        QCOMPARE(malformed.status, 422);
    }

    void reauthenticationWithTotpIsSingleUse()
    {
        // accounts()[0]'s second and last TOTP use in this run: the step
        // after the sign-in's.
        QVERIFY(!m_twoTokens.accessToken.isEmpty());
        const QJsonObject change{
            {QStringLiteral("current_password"), QStringLiteral("not-the-password")},
            {QStringLiteral("new_password"), QStringLiteral("never-applied-passphrase")}};
        QCOMPARE(m_server.postJson(kChangePassword, change, m_twoTokens.accessToken).status, 403);
        const QString code = TestServer::totpCode(m_two.totpSecret, 1);
        QCOMPARE(m_server
                     .postJson(kReauthenticate, {{QStringLiteral("totp_code"), code}},
                               m_twoTokens.accessToken)
                     .status,
                 204);
        verifyUnauthorized(m_server.postJson(kReauthenticate, {{QStringLiteral("totp_code"), code}},
                                             m_twoTokens.accessToken),
                           QStringLiteral("invalid-credentials"));
        // Re-authenticated: the change now gets as far as the current password.
        verifyUnauthorized(m_server.postJson(kChangePassword, change, m_twoTokens.accessToken),
                           QStringLiteral("invalid-credentials"));
    }

    void unknownEmailAndWrongPasswordLookAlike()
    {
        QElapsedTimer timer;
        timer.start();
        const Reply wrongPassword = m_server.postJson(
            kPassword, credentials(m_plain.email, QStringLiteral("not-the-password")));
        const qint64 wrongPasswordMs = timer.restart();
        const Reply unknownEmail =
            m_server.postJson(kPassword, credentials(QStringLiteral("nobody@example.invalid"),
                                                     QStringLiteral("not-the-password")));
        const qint64 unknownEmailMs = timer.elapsed();

        verifyUnauthorized(wrongPassword, QStringLiteral("invalid-credentials"));
        verifyUnauthorized(unknownEmail, QStringLiteral("invalid-credentials"));
        QJsonObject a = wrongPassword.json();
        QJsonObject b = unknownEmail.json();
        QCOMPARE(a, b); // instance included: both are /api/v1/auth/password
        QCOMPARE(wrongPassword.header("www-authenticate"), unknownEmail.header("www-authenticate"));
        // Both run the 600,000-iteration PBKDF2; skipping it for unknown
        // emails would make them ~100 times faster. A loose bound keeps this
        // stable on a busy machine.
        QVERIFY2(
            unknownEmailMs * 4 >= wrongPasswordMs,
            qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(unknownEmailMs).arg(wrongPasswordMs)));
    }

    void requestBodiesAreValidated()
    {
        const Reply unknownMember =
            m_server.postJson(kPassword, {{QStringLiteral("email"), m_plain.email},
                                          {QStringLiteral("password"), m_plain.password},
                                          {QStringLiteral("remember_me"), true}});
        QCOMPARE(unknownMember.status, 422);
        QCOMPARE(unknownMember.problemSlug(), QStringLiteral("validation-failed"));
        QCOMPARE(unknownMember.errorFields().value(0), QStringLiteral("remember_me"));
        const Reply missing =
            m_server.postJson(kPassword, {{QStringLiteral("email"), m_plain.email}});
        QCOMPARE(missing.status, 422);
        const Reply notEmail = m_server.postJson(
            kPassword, credentials(QStringLiteral("nobody"), QStringLiteral("x")));
        QCOMPARE(notEmail.status, 422);
        const Reply badRefresh =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), 42}});
        QCOMPARE(badRefresh.status, 422);
    }

    void refreshRotatesAndReuseEndsTheSession()
    {
        const Tokens first = signInPlain(QStringLiteral("Rotating"));
        const Reply rotated =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), first.refreshToken}});
        verifyTokenSet(rotated);
        const Tokens second = tokensOf(rotated);
        QCOMPARE(second.sessionId, first.sessionId);
        QVERIFY(second.accessToken != first.accessToken);
        QVERIFY(second.refreshToken != first.refreshToken);
        QCOMPARE(m_server.get(kSecurity, second.accessToken).status, 200);
        // The old access token lives until it expires; that is allowed.
        QCOMPARE(m_server.get(kSecurity, first.accessToken).status, 200);

        // A retry within the grace window (the first answer was lost) gets
        // the same pair and does not end the session.
        const Reply retried =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), first.refreshToken}});
        verifyTokenSet(retried);
        QCOMPARE(tokensOf(retried).accessToken, second.accessToken);
        QCOMPARE(tokensOf(retried).refreshToken, second.refreshToken);
        QCOMPARE(m_server.get(kSecurity, second.accessToken).status, 200);

        // Once the successor was used, the old token is a reuse after all.
        const Reply third =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), second.refreshToken}});
        verifyTokenSet(third);
        const Reply reused =
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), first.refreshToken}});
        verifyUnauthorized(reused, QStringLiteral("refresh-token-reused"));
        // The whole family is gone: the new pairs and the old access token.
        verifyUnauthorized(m_server.get(kSecurity, tokensOf(third).accessToken),
                           QStringLiteral("unauthenticated"));
        verifyUnauthorized(m_server.get(kSecurity, second.accessToken),
                           QStringLiteral("unauthenticated"));
        verifyUnauthorized(m_server.get(kSecurity, first.accessToken),
                           QStringLiteral("unauthenticated"));
        verifyUnauthorized(m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"),
                                                         tokensOf(third).refreshToken}}),
                           QStringLiteral("refresh-token-invalid"));
        verifyUnauthorized(m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"),
                                                         QStringLiteral("made-up")}}),
                           QStringLiteral("refresh-token-invalid"));
    }

    void accessTokensExpire()
    {
        TestServer shortLived;
        QVERIFY2(shortLived.start({QStringLiteral("--access-token-ttl"), QStringLiteral("1")}),
                 qPrintable(shortLived.lastError()));
        const Reply signIn = signInReply(shortLived, shortLived.accounts().at(1));
        verifyTokenSet(signIn, 1);
        const Tokens tokens = tokensOf(signIn);
        QTRY_COMPARE_WITH_TIMEOUT(shortLived.get(kSecurity, tokens.accessToken).status, 401, 10000);
        verifyUnauthorized(shortLived.get(kSecurity, tokens.accessToken),
                           QStringLiteral("unauthenticated"));
        // The refresh token outlives it and yields a fresh access token.
        const Reply refreshed =
            shortLived.postJson(kRefresh, {{QStringLiteral("refresh_token"), tokens.refreshToken}});
        verifyTokenSet(refreshed, 1);
    }

    void signOutEndsTheSession()
    {
        const Tokens tokens = signInPlain(QStringLiteral("Leaving"));
        QCOMPARE(m_server.get(kSecurity, tokens.accessToken).status, 200);
        QCOMPARE(m_server.postJson(kSignOut, {}, tokens.accessToken).status, 204);
        verifyUnauthorized(m_server.get(kSecurity, tokens.accessToken),
                           QStringLiteral("unauthenticated"));
        verifyUnauthorized(
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), tokens.refreshToken}}),
            QStringLiteral("refresh-token-invalid"));
        verifyUnauthorized(m_server.postJson(kSignOut, {}, tokens.accessToken),
                           QStringLiteral("unauthenticated"));
    }

    void sessionsCanBeListedAndRevoked()
    {
        const Tokens laptop = signInPlain(QStringLiteral("Laptop"));
        const Tokens phone = signInPlain(QStringLiteral("Phone"));
        const Reply anonymousDevice =
            m_server.postJson(kPassword, credentials(m_plain.email, m_plain.password));
        const Tokens unnamed = tokensOf(anonymousDevice);

        const Reply listReply = m_server.get(kSessions, laptop.accessToken);
        QCOMPARE(listReply.status, 200);
        const QJsonArray sessions = listReply.json().value(QStringLiteral("items")).toArray();
        const QJsonObject mine = sessionById(sessions, laptop.sessionId);
        const QJsonObject other = sessionById(sessions, phone.sessionId);
        QCOMPARE(mine.value(QStringLiteral("current")).toBool(), true);
        QCOMPARE(other.value(QStringLiteral("current")).toBool(), false);
        QCOMPARE(mine.value(QStringLiteral("device_name")).toString(), QStringLiteral("Laptop"));
        QCOMPARE(other.value(QStringLiteral("device_name")).toString(), QStringLiteral("Phone"));
        QCOMPARE(mine.value(QStringLiteral("user_agent")).toString(),
                 QStringLiteral("AuthTest/1.0"));
        QCOMPARE(mine.value(QStringLiteral("ip_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(mine.value(QStringLiteral("location")).isNull()); // loopback: no location
        QVERIFY(QDateTime::fromString(mine.value(QStringLiteral("created_at")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(
            sessionById(sessions, unnamed.sessionId).value(QStringLiteral("device_name")).isNull());
        int currentCount = 0;
        for (const auto &session : sessions)
            currentCount += session.toObject().value(QStringLiteral("current")).toBool() ? 1 : 0;
        QCOMPARE(currentCount, 1);
        QCOMPARE(m_server.get(kSecurity, laptop.accessToken)
                     .json()
                     .value(QStringLiteral("active_sessions"))
                     .toInt(),
                 int(sessions.size()));

        // Ending another device's session needs a recent re-authentication.
        const Reply unconfirmed = m_server.request(
            "DELETE", kSessions + QLatin1Char('/') + phone.sessionId, {}, {}, laptop.accessToken);
        QCOMPARE(unconfirmed.status, 403);
        QCOMPARE(unconfirmed.problemSlug(), QStringLiteral("reauthentication-required"));
        const Reply allUnconfirmed = m_server.postJson(
            kRevokeAll, {{QStringLiteral("include_current"), false}}, laptop.accessToken);
        QCOMPARE(allUnconfirmed.status, 403);
        QCOMPARE(allUnconfirmed.problemSlug(), QStringLiteral("reauthentication-required"));
        QCOMPARE(m_server.get(kSecurity, phone.accessToken).status, 200);
        QCOMPARE(m_server
                     .postJson(kReauthenticate, {{QStringLiteral("password"), m_plain.password}},
                               laptop.accessToken)
                     .status,
                 204);

        // Revoking a session ends its tokens at once.
        QCOMPARE(m_server
                     .request("DELETE", kSessions + QLatin1Char('/') + phone.sessionId, {}, {},
                              laptop.accessToken)
                     .status,
                 204);
        verifyUnauthorized(m_server.get(kSecurity, phone.accessToken),
                           QStringLiteral("unauthenticated"));
        verifyUnauthorized(
            m_server.postJson(kRefresh, {{QStringLiteral("refresh_token"), phone.refreshToken}}),
            QStringLiteral("refresh-token-invalid"));
        QVERIFY(sessionById(sessionsOf(laptop.accessToken), phone.sessionId).isEmpty());
        const Reply twice = m_server.request(
            "DELETE", kSessions + QLatin1Char('/') + phone.sessionId, {}, {}, laptop.accessToken);
        QCOMPARE(twice.status, 404);
        QCOMPARE(twice.problemSlug(), QStringLiteral("not-found"));

        // Everything but the current session, then everything.
        QCOMPARE(m_server
                     .postJson(kRevokeAll, {{QStringLiteral("include_current"), false}},
                               laptop.accessToken)
                     .status,
                 204);
        verifyUnauthorized(m_server.get(kSecurity, unnamed.accessToken),
                           QStringLiteral("unauthenticated"));
        const QJsonArray remaining = sessionsOf(laptop.accessToken);
        QCOMPARE(remaining.size(), 1);
        QCOMPARE(remaining.first().toObject().value(QStringLiteral("id")).toString(),
                 laptop.sessionId);
        QCOMPARE(m_server.postJson(kRevokeAll, {}, laptop.accessToken).status, 422);
        QCOMPARE(m_server
                     .postJson(kRevokeAll, {{QStringLiteral("include_current"), true}},
                               laptop.accessToken)
                     .status,
                 204);
        verifyUnauthorized(m_server.get(kSecurity, laptop.accessToken),
                           QStringLiteral("unauthenticated"));
    }

    void ownSessionCanBeEndedWithoutReauthentication()
    {
        const Tokens tokens = signInPlain(QStringLiteral("Leaving by DELETE"));
        QCOMPARE(m_server
                     .request("DELETE", kSessions + QLatin1Char('/') + tokens.sessionId, {}, {},
                              tokens.accessToken)
                     .status,
                 204);
        verifyUnauthorized(m_server.get(kSecurity, tokens.accessToken),
                           QStringLiteral("unauthenticated"));
    }

    void anotherAccountsSessionIsNotFound()
    {
        QVERIFY(!m_twoTokens.accessToken.isEmpty());
        const Tokens victim = signInPlain(QStringLiteral("Victim"));
        const Reply attempt =
            m_server.request("DELETE", kSessions + QLatin1Char('/') + victim.sessionId, {}, {},
                             m_twoTokens.accessToken);
        QCOMPARE(attempt.status, 404);
        QCOMPARE(attempt.problemSlug(), QStringLiteral("not-found"));
        QCOMPARE(m_server.get(kSecurity, victim.accessToken).status, 200);
        QVERIFY(sessionById(sessionsOf(m_twoTokens.accessToken), victim.sessionId).isEmpty());
    }

    void securityOverview()
    {
        const Tokens tokens = signInPlain();
        const Reply reply = m_server.get(kSecurity, tokens.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("two_factor_enabled")).toBool(), false);
        const QJsonValue changedAt = body.value(QStringLiteral("password_changed_at"));
        QVERIFY(changedAt.isNull() ||
                QDateTime::fromString(changedAt.toString(), Qt::ISODateWithMs).isValid());
        m_passwordChangedBefore = changedAt.toString();
        QCOMPARE(body.value(QStringLiteral("active_sessions")).toInt(),
                 int(sessionsOf(tokens.accessToken).size()));
        QVERIFY(body.value(QStringLiteral("active_sessions")).toInt() >= 1);
        QCOMPARE(m_server.get(kSecurity, m_twoTokens.accessToken)
                     .json()
                     .value(QStringLiteral("two_factor_enabled"))
                     .toBool(),
                 true);
    }

    void twoFactorEnrolConfirmAndDisable()
    {
        const Tokens tokens = signInPlain(QStringLiteral("Settings"));
        // Signed in before two-factor is on, and never re-authenticated.
        const Tokens other = signInPlain(QStringLiteral("Other settings"));
        // A stolen access token alone cannot bind two-factor to a thief's app.
        const Reply notConfirmed = m_server.postJson(kEnrol, {}, tokens.accessToken);
        QCOMPARE(notConfirmed.status, 403);
        QCOMPARE(notConfirmed.problemSlug(), QStringLiteral("reauthentication-required"));
        const Reply confirmNotConfirmed = m_server.postJson(
            kConfirm, {{QStringLiteral("code"), QStringLiteral("123456")}}, tokens.accessToken);
        QCOMPARE(confirmNotConfirmed.status, 403);
        QCOMPARE(confirmNotConfirmed.problemSlug(), QStringLiteral("reauthentication-required"));
        QCOMPARE(m_server
                     .postJson(kReauthenticate, {{QStringLiteral("password"), m_plain.password}},
                               tokens.accessToken)
                     .status,
                 204);
        const Reply early = m_server.postJson(
            kConfirm, {{QStringLiteral("code"), QStringLiteral("123456")}}, tokens.accessToken);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.problemSlug(), QStringLiteral("conflict"));

        const Reply enrol = m_server.postJson(kEnrol, {}, tokens.accessToken);
        QCOMPARE(enrol.status, 200);
        const QString secret = enrol.json().value(QStringLiteral("secret")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]{32,128}$")).match(secret).hasMatch());
        const QString uri = enrol.json().value(QStringLiteral("otpauth_uri")).toString();
        QVERIFY(uri.startsWith(QLatin1String("otpauth://totp/")));
        QVERIFY(uri.contains(QStringLiteral("secret=") + secret));
        QVERIFY(uri.contains(QLatin1String("issuer=")));
        // Pending only: sign-in does not ask for a code yet.
        QCOMPARE(signInReply(m_server, m_plain).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("authenticated"));

        verifyUnauthorized(m_server.postJson(kConfirm,
                                             {{QStringLiteral("code"), wrongCode(secret)}},
                                             tokens.accessToken),
                           QStringLiteral("invalid-credentials"));
        QCOMPARE(m_server
                     .postJson(kConfirm, {{QStringLiteral("code"), TestServer::totpCode(secret)}},
                               tokens.accessToken)
                     .status,
                 204);
        QCOMPARE(m_server.get(kSecurity, tokens.accessToken)
                     .json()
                     .value(QStringLiteral("two_factor_enabled"))
                     .toBool(),
                 true);
        QCOMPARE(m_server.postJson(kEnrol, {}, tokens.accessToken).status, 409);
        QCOMPARE(m_server
                     .postJson(kConfirm,
                               {{QStringLiteral("code"), TestServer::totpCode(secret, 1)}},
                               tokens.accessToken)
                     .status,
                 409);
        QCOMPARE(signInReply(m_server, m_plain).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("mfa_required"));

        // Disabling needs a recent re-authentication and a fresh code.
        const Reply unconfirmed =
            m_server.postJson(kDisable, {{QStringLiteral("code"), TestServer::totpCode(secret, 1)}},
                              other.accessToken);
        QCOMPARE(unconfirmed.status, 403);
        QCOMPARE(unconfirmed.problemSlug(), QStringLiteral("reauthentication-required"));
        QCOMPARE(m_server
                     .postJson(kReauthenticate, {{QStringLiteral("password"), m_plain.password}},
                               other.accessToken)
                     .status,
                 204);
        verifyUnauthorized(m_server.postJson(kDisable,
                                             {{QStringLiteral("code"), wrongCode(secret)}},
                                             other.accessToken),
                           QStringLiteral("invalid-credentials"));
        QCOMPARE(m_server
                     .postJson(kDisable,
                               {{QStringLiteral("code"), TestServer::totpCode(secret, 1)}},
                               other.accessToken)
                     .status,
                 204);
        QCOMPARE(m_server.get(kSecurity, other.accessToken)
                     .json()
                     .value(QStringLiteral("two_factor_enabled"))
                     .toBool(),
                 false);
        QCOMPARE(m_server
                     .postJson(kDisable,
                               {{QStringLiteral("code"), TestServer::totpCode(secret, 1)}},
                               other.accessToken)
                     .status,
                 409);
        QCOMPARE(signInReply(m_server, m_plain).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("authenticated"));
    }

    void passwordChangeNeedsReauthentication()
    {
        const Tokens current = signInPlain(QStringLiteral("Desk"));
        const Tokens other = signInPlain(QStringLiteral("Tablet"));
        const QString newPassword = QStringLiteral("a-much-longer-new-passphrase");
        const QJsonObject change{{QStringLiteral("current_password"), m_plain.password},
                                 {QStringLiteral("new_password"), newPassword}};

        const Reply notYet = m_server.postJson(kChangePassword, change, current.accessToken);
        QCOMPARE(notYet.status, 403);
        QCOMPARE(notYet.problemSlug(), QStringLiteral("reauthentication-required"));

        verifyUnauthorized(
            m_server.postJson(kReauthenticate,
                              {{QStringLiteral("password"), QStringLiteral("wrong")}},
                              current.accessToken),
            QStringLiteral("invalid-credentials"));
        QCOMPARE(m_server.get(kSecurity, current.accessToken).status, 200); // still signed in
        QCOMPARE(m_server
                     .postJson(kReauthenticate,
                               {{QStringLiteral("totp_code"), QStringLiteral("123456")}},
                               current.accessToken)
                     .status,
                 422);
        QCOMPARE(m_server
                     .postJson(kReauthenticate,
                               {{QStringLiteral("password"), m_plain.password},
                                {QStringLiteral("totp_code"), QStringLiteral("123456")}},
                               current.accessToken)
                     .status,
                 422);
        QCOMPARE(m_server
                     .postJson(kReauthenticate, {{QStringLiteral("password"), m_plain.password}},
                               current.accessToken)
                     .status,
                 204);

        verifyUnauthorized(
            m_server.postJson(kChangePassword,
                              {{QStringLiteral("current_password"), QStringLiteral("wrong")},
                               {QStringLiteral("new_password"), newPassword}},
                              current.accessToken),
            QStringLiteral("invalid-credentials"));
        QCOMPARE(m_server
                     .postJson(kChangePassword,
                               {{QStringLiteral("current_password"), m_plain.password},
                                {QStringLiteral("new_password"), QStringLiteral("short")}},
                               current.accessToken)
                     .status,
                 422);
        QCOMPARE(m_server
                     .postJson(kChangePassword,
                               {{QStringLiteral("current_password"), m_plain.password},
                                {QStringLiteral("new_password"), m_plain.password}},
                               current.accessToken)
                     .status,
                 422);
        QCOMPARE(m_server.postJson(kChangePassword, change, current.accessToken).status, 204);

        QCOMPARE(m_server.get(kSecurity, current.accessToken).status, 200);
        verifyUnauthorized(m_server.get(kSecurity, other.accessToken),
                           QStringLiteral("unauthenticated"));
        verifyUnauthorized(
            m_server.postJson(kPassword, credentials(m_plain.email, m_plain.password)),
            QStringLiteral("invalid-credentials"));
        m_plain.password = newPassword;
        verifyTokenSet(signInReply(m_server, m_plain));
        const QDateTime changedAt =
            QDateTime::fromString(m_server.get(kSecurity, current.accessToken)
                                      .json()
                                      .value(QStringLiteral("password_changed_at"))
                                      .toString(),
                                  Qt::ISODateWithMs);
        QVERIFY(changedAt.isValid());
        QVERIFY(changedAt.toMSecsSinceEpoch() >= m_startedAtMs);
        if (!m_passwordChangedBefore.isEmpty())
            QVERIFY(changedAt > QDateTime::fromString(m_passwordChangedBefore, Qt::ISODateWithMs));
    }

    void securityEventsAreLogged()
    {
        const Tokens tokens = signInPlain();
        const Reply logs =
            m_server.get(QStringLiteral("/api/v1/logs?limit=500"), tokens.accessToken);
        QVERIFY2(logs.status == 200, "GET /api/v1/logs is not available yet");
        QSet<QString> events;
        for (const auto &item : logs.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject entry = item.toObject();
            // The demo seeds two years of history; only this run's rows count.
            const QDateTime at = QDateTime::fromString(
                entry.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
            if (at.toMSecsSinceEpoch() < m_startedAtMs)
                continue;
            QCOMPARE(entry.value(QStringLiteral("level")).toString(), QStringLiteral("security"));
            QVERIFY(!entry.value(QStringLiteral("detail")).toString().isEmpty());
            QCOMPARE(entry.value(QStringLiteral("ip_address")).toString(),
                     QStringLiteral("127.0.0.1"));
            events.insert(entry.value(QStringLiteral("event")).toString());
        }
        for (const char *event :
             {"session.created", "session.ended", "session.revoked", "auth.password.failed",
              "auth.totp.failed", "auth.password.changed", "auth.totp.enabled",
              "auth.totp.disabled"})
            QVERIFY2(events.contains(QString::fromLatin1(event)), event);
    }

    void deletedAccountsCannotSignIn()
    {
        bool ok = false;
        m_server.runSql(
            QStringLiteral("UPDATE accounts SET deleted_at = ? WHERE lower(email) = lower(?)"),
            {QDateTime::currentMSecsSinceEpoch(), m_plain.email}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        verifyUnauthorized(signInReply(m_server, m_plain), QStringLiteral("invalid-credentials"));
    }

    void challengeAllowsFiveAttempts()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const DemoAccount two = server.accounts().at(0);
        const QString challengeId =
            signInReply(server, two).json().value(QStringLiteral("challenge_id")).toString();
        QVERIFY(!challengeId.isEmpty());
        for (int i = 0; i < 5; ++i) {
            verifyUnauthorized(
                server.postJson(kTotp, {{QStringLiteral("challenge_id"), challengeId},
                                        {QStringLiteral("code"), wrongCode(two.totpSecret)}}),
                QStringLiteral("invalid-credentials"));
        }
        verifyUnauthorized(server.postJson(kTotp, {{QStringLiteral("challenge_id"), challengeId},
                                                   {QStringLiteral("code"),
                                                    TestServer::totpCode(two.totpSecret)}}),
                           QStringLiteral("mfa-challenge-invalid"));
    }

    void signInIsThrottledPerAccountAndPerAddress()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const DemoAccount plain = server.accounts().at(1);
        const DemoAccount two = server.accounts().at(0);
        DemoAccount wrong = plain;
        wrong.password = QStringLiteral("not-the-password");
        int addressFailures = 0;
        auto fail = [&](const DemoAccount &account) {
            const Reply reply = signInReply(server, account);
            ++addressFailures;
            return reply.status;
        };

        // A success clears the account's counter: 4 + 4 failures never lock it.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 4; ++i)
                QCOMPARE(fail(wrong), 401);
            QCOMPARE(signInReply(server, plain).status, 200);
        }
        // Five failures lock the account, even for the right password.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(fail(wrong), 401);
        const Reply locked = signInReply(server, plain);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.problemSlug(), QStringLiteral("too-many-sign-in-attempts"));
        const int retryAfter = locked.header("retry-after").toInt();
        QVERIFY(retryAfter > 800 && retryAfter <= 900);
        QCOMPARE(locked.json().value(QStringLiteral("retry_after")).toInt(), retryAfter);

        // Another account from the same address is unaffected until the
        // address reaches its own limit of 20.
        QCOMPARE(signInReply(server, two).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("mfa_required"));
        int stranger = 0;
        while (addressFailures < 20) {
            DemoAccount unknown{QStringLiteral("stranger%1@example.invalid").arg(++stranger),
                                QStringLiteral("guess"),
                                {}};
            QCOMPARE(fail(unknown), 401);
        }
        const Reply addressLocked = signInReply(server, two);
        QCOMPARE(addressLocked.status, 429);
        QCOMPARE(addressLocked.problemSlug(), QStringLiteral("too-many-sign-in-attempts"));
        QVERIFY(addressLocked.header("retry-after").toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TstServerAuth)
#include "tst_server_auth.moc"
