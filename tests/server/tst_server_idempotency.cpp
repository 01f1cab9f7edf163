// Idempotency-Key on every state-changing request (issue 10, item 11): the
// same key and request twice applies once and answers the same; the same key
// with another request is refused; an error answer does not hold the key.
#include "AuthEndpoints.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QUuid>
#include <QtTest>

using namespace pd::test;
using namespace pd::test::endpoints;

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

class TstServerIdempotency : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccount m_plain; // accounts()[1], two-factor off

    Reply send(const QByteArray &method, const QString &path, const QByteArray &key,
               const QJsonObject &body, const QString &token)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}};
        return m_server.request(method, path, body.isEmpty() ? QByteArray() : compactJson(body),
                                headers, token);
    }
    Tokens signIn(const QString &device) { return m_server.signIn(m_plain, device); }
    void reauthenticate(const Tokens &tokens)
    {
        QCOMPARE(m_server.reauthenticate(m_plain, tokens.accessToken).status, 204);
    }
    int logCount(const QString &event, const Tokens &tokens)
    {
        return int(
            m_server
                .get(QStringLiteral("/api/v1/logs?q=%1&limit=100").arg(event), tokens.accessToken)
                .json()
                .value(QStringLiteral("items"))
                .toArray()
                .size());
    }
    static void verifyReplayOf(const Reply &replay, const Reply &first)
    {
        QCOMPARE(replay.status, first.status);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
        QVERIFY(first.header("idempotent-replayed").isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_plain = m_server.accounts().at(1);
    }

    void revokingASessionTwiceAppliesOnce()
    {
        const Tokens desk = signIn(QStringLiteral("Desk"));
        const Tokens phone = signIn(QStringLiteral("Phone"));
        reauthenticate(desk);
        const int before = logCount(QStringLiteral("session.revoked"), desk);
        const QString path = kSessions + QLatin1Char('/') + phone.sessionId;
        const QByteArray key = newKey();
        const Reply first = send("DELETE", path, key, {}, desk.accessToken);
        QCOMPARE(first.status, 204);
        // Without the key the second DELETE would find nothing: 404.
        verifyReplayOf(send("DELETE", path, key, {}, desk.accessToken), first);
        QCOMPARE(m_server.request("DELETE", path, {}, {}, desk.accessToken).status, 404);
        QCOMPARE(logCount(QStringLiteral("session.revoked"), desk), before + 1);
    }

    void consentChangesApplyOnce()
    {
        const Tokens tokens = signIn(QStringLiteral("Consent"));
        const QJsonArray cookies =
            m_server.get(QStringLiteral("/api/v1/cookies"), tokens.accessToken)
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QJsonObject optional;
        for (const QJsonValue &value : cookies) {
            if (!value.toObject().value(QStringLiteral("required")).toBool())
                optional = value.toObject();
        }
        QVERIFY(!optional.isEmpty());
        const QString path = QStringLiteral("/api/v1/cookies/%1/consent")
                                 .arg(optional.value(QStringLiteral("id")).toString());
        const QJsonObject body{
            {QStringLiteral("granted"), !optional.value(QStringLiteral("consent")).toBool()}};
        const int before = logCount(QStringLiteral("cookie.consent.changed"), tokens);
        const QByteArray key = newKey();
        const Reply first = send("PUT", path, key, body, tokens.accessToken);
        QCOMPARE(first.status, 200);
        verifyReplayOf(send("PUT", path, key, body, tokens.accessToken), first);
        QCOMPARE(logCount(QStringLiteral("cookie.consent.changed"), tokens), before + 1);

        const QString authorizations = QStringLiteral("/api/v1/google-authorizations");
        const QJsonArray items = m_server.get(authorizations, tokens.accessToken)
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QVERIFY(!items.isEmpty());
        const QString revokePath = authorizations + QLatin1Char('/') +
                                   items.first().toObject().value(QStringLiteral("id")).toString();
        const QByteArray revokeKey = newKey();
        const Reply revoked = send("DELETE", revokePath, revokeKey, {}, tokens.accessToken);
        QCOMPARE(revoked.status, 204);
        verifyReplayOf(send("DELETE", revokePath, revokeKey, {}, tokens.accessToken), revoked);
    }

    void marketingUnsubscribeAppliesOnce()
    {
        const Tokens tokens = signIn(QStringLiteral("Marketing"));
        const QString path = QStringLiteral("/api/v1/marketing-preferences");
        QCOMPARE(m_server.get(path, tokens.accessToken).status, 200);
        QJsonObject channels;
        for (const QString &channel : {QStringLiteral("email"), QStringLiteral("sms"),
                                       QStringLiteral("whatsapp"), QStringLiteral("push")})
            channels.insert(channel, false);
        QJsonObject body{{QStringLiteral("channels"), channels}};
        const QByteArray key = newKey();
        const Reply first = send("PUT", path, key, body, tokens.accessToken);
        QCOMPARE(first.status, 200);
        verifyReplayOf(send("PUT", path, key, body, tokens.accessToken), first);

        // The same key for another body is a client bug, not a retry.
        channels.insert(QStringLiteral("email"), true);
        body.insert(QStringLiteral("channels"), channels);
        const Reply other = send("PUT", path, key, body, tokens.accessToken);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.problemSlug(), QStringLiteral("idempotency-key-reused"));
        QCOMPARE(m_server.get(path, tokens.accessToken)
                     .json()
                     .value(QStringLiteral("channels"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toBool(),
                 false);
    }

    void twoFactorConfirmAppliesOnceAndErrorsKeepTheKeyFree()
    {
        const Tokens tokens = signIn(QStringLiteral("Enrol"));
        // Refused for want of re-authentication: not kept, so the client
        // retries the same logical request with the same key afterwards.
        const QByteArray enrolKey = newKey();
        const Reply refused = send("POST", kEnrol, enrolKey, {}, tokens.accessToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.problemSlug(), QStringLiteral("reauthentication-required"));
        reauthenticate(tokens);
        const Reply enrol = send("POST", kEnrol, enrolKey, {}, tokens.accessToken);
        QCOMPARE(enrol.status, 200);
        QVERIFY(enrol.header("idempotent-replayed").isEmpty());
        const QString secret = enrol.json().value(QStringLiteral("secret")).toString();
        // A replayed enrolment shows the same secret, not a new one.
        verifyReplayOf(send("POST", kEnrol, enrolKey, {}, tokens.accessToken), enrol);

        const QJsonObject code{{QStringLiteral("code"), TestServer::totpCode(secret)}};
        const int before = logCount(QStringLiteral("auth.totp.enabled"), tokens);
        const QByteArray key = newKey();
        const Reply first = send("POST", kConfirm, key, code, tokens.accessToken);
        QCOMPARE(first.status, 204);
        // Without the key the second confirm is a 409 (already enabled).
        verifyReplayOf(send("POST", kConfirm, key, code, tokens.accessToken), first);
        QCOMPARE(logCount(QStringLiteral("auth.totp.enabled"), tokens), before + 1);

        // Put things back for the other tests: two-factor off again.
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/auth/totp/disable"),
                               {{QStringLiteral("code"), TestServer::totpCode(secret, 1)}},
                               tokens.accessToken)
                     .status,
                 204);
    }

    void passwordChangeAppliesOnce()
    {
        const Tokens tokens = signIn(QStringLiteral("Password"));
        reauthenticate(tokens);
        const QString next = QStringLiteral("another-long-passphrase-for-james");
        const QJsonObject body{{QStringLiteral("current_password"), m_plain.password},
                               {QStringLiteral("new_password"), next}};
        const int before = logCount(QStringLiteral("auth.password.changed"), tokens);
        const QByteArray key = newKey();
        const Reply first = send("POST", kChangePassword, key, body, tokens.accessToken);
        QCOMPARE(first.status, 204);
        // Applied twice, the second would fail: the current password changed.
        verifyReplayOf(send("POST", kChangePassword, key, body, tokens.accessToken), first);
        QCOMPARE(logCount(QStringLiteral("auth.password.changed"), tokens), before + 1);
        m_plain.password = next;
    }

    void profilePatchReplaysItsEtag()
    {
        const Tokens tokens = signIn(QStringLiteral("Profile"));
        const QString path = QStringLiteral("/api/v1/profile");
        const QByteArray before = m_server.get(path, tokens.accessToken).header("etag");
        QVERIFY(!before.isEmpty());
        const QByteArray body =
            compactJson({{QStringLiteral("full_name"), QStringLiteral("J. Once")}});
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/merge-patch+json"},
            {"If-Match", before},
            {"Idempotency-Key", newKey()}};
        const Reply first = m_server.request("PATCH", path, body, headers, tokens.accessToken);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.header("etag").isEmpty());
        // Applied twice, the second would be 412: its If-Match is stale.
        const Reply again = m_server.request("PATCH", path, body, headers, tokens.accessToken);
        verifyReplayOf(again, first);
        QCOMPARE(again.header("etag"), first.header("etag"));
        QCOMPARE(m_server.get(path, tokens.accessToken).header("etag"), first.header("etag"));
    }

    void signInIsScopedToTheClientAndAppliesOnce()
    {
        const QJsonObject credentials{{QStringLiteral("email"), m_plain.email},
                                      {QStringLiteral("password"), m_plain.password},
                                      {QStringLiteral("device_name"), QStringLiteral("Once")}};
        const QByteArray key = newKey();
        const Reply first = send("POST", kPassword, key, credentials, {});
        QCOMPARE(first.status, 200);
        const Reply again = send("POST", kPassword, key, credentials, {});
        verifyReplayOf(again, first);
        const QString session = first.json().value(QStringLiteral("session_id")).toString();
        int named = 0;
        for (const QJsonValue &value :
             m_server.get(kSessions, first.json().value(QStringLiteral("access_token")).toString())
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()) {
            if (value.toObject().value(QStringLiteral("device_name")).toString() ==
                QLatin1String("Once"))
                ++named;
        }
        QCOMPARE(named, 1);
        QVERIFY(!session.isEmpty());
        // The kept answer holds tokens: it is stored encrypted.
        bool ok = false;
        const QList<QVariantList> rows =
            m_server.runSql(QStringLiteral("SELECT body FROM idempotency_records"), {}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        QVERIFY(!rows.isEmpty());
        const QString accessToken = first.json().value(QStringLiteral("access_token")).toString();
        for (const QVariantList &row : rows)
            QVERIFY(!row.constFirst().toString().contains(accessToken));
    }

    void refreshIsLeftToItsGraceWindow()
    {
        const Tokens tokens = signIn(QStringLiteral("Refresh"));
        const QString path = QStringLiteral("/api/v1/auth/refresh");
        const QJsonObject body{{QStringLiteral("refresh_token"), tokens.refreshToken}};
        const QByteArray key = newKey();
        const Reply first = send("POST", path, key, body, {});
        QCOMPARE(first.status, 200);
        // The same pair again, but from the 30-second grace, not from a kept
        // answer that would outlive it.
        const Reply again = send("POST", path, key, body, {});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("refresh_token")),
                 first.json().value(QStringLiteral("refresh_token")));
        QVERIFY(again.header("idempotent-replayed").isEmpty());
    }

    void concurrentDuplicatesApplyOnce()
    {
        const Tokens desk = signIn(QStringLiteral("Racer"));
        const Tokens other = signIn(QStringLiteral("Raced"));
        reauthenticate(desk);
        const QByteArray key = newKey();
        QNetworkRequest request(
            m_server.origin().resolved(QUrl(kSessions + QLatin1Char('/') + other.sessionId)));
        request.setSslConfiguration(m_server.sslConfiguration());
        request.setRawHeader("Authorization", "Bearer " + desk.accessToken.toLatin1());
        request.setRawHeader("Idempotency-Key", key);
        // Two connections at once, both sent before either is answered.
        QNetworkRequest second = request;
        second.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        second.setRawHeader("X-Request-ID", "second");
        QNetworkReply *a = m_server.network().sendCustomRequest(request, "DELETE");
        QNetworkReply *b = m_server.network().sendCustomRequest(second, "DELETE");
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
        const int statusA = a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int statusB = b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool replayedA = a->rawHeader("Idempotent-Replayed") == "true";
        const bool replayedB = b->rawHeader("Idempotent-Replayed") == "true";
        a->deleteLater();
        b->deleteLater();
        // One applied; the other replayed it or was told the key is busy.
        QCOMPARE(int(statusA == 204 && !replayedA) + int(statusB == 204 && !replayedB), 1);
        QVERIFY(statusA == 204 || statusA == 409);
        QVERIFY(statusB == 204 || statusB == 409);
    }
};

QTEST_GUILESS_MAIN(TstServerIdempotency)
#include "tst_server_idempotency.moc"
