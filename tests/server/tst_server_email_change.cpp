// Changing the sign-in email (issue 10, item 9): only after re-authentication,
// and only once the new address confirms a code mailed to it; the old
// address hears of it; correction requests cannot change it at all.
#include "TestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QtTest>

using namespace pd::test;

namespace {
const QString kProfile = QStringLiteral("/api/v1/profile");
const QString kConfirm = QStringLiteral("/api/v1/profile/email-change/confirm");
const QString kResend = QStringLiteral("/api/v1/profile/email-change/resend");
const QString kChange = QStringLiteral("/api/v1/profile/email-change");
const QString kReauthenticate = QStringLiteral("/api/v1/auth/reauthenticate");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TstServerEmailChange : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccount m_account; // two-factor off: re-authenticates with the password
    Tokens m_tokens;

    Reply profile() { return m_server.get(kProfile, m_tokens.accessToken); }
    Reply patch(const QJsonObject &body)
    {
        const QByteArray etag = profile().header("etag");
        return m_server.request(
            "PATCH", kProfile, compact(body),
            {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}},
            m_tokens.accessToken);
    }
    void reauthenticate()
    {
        const Reply reply =
            m_server.postJson(kReauthenticate, {{QStringLiteral("password"), m_account.password}},
                              m_tokens.accessToken);
        QCOMPARE(reply.status, 204);
    }
    Reply confirm(const QString &code)
    {
        return m_server.postJson(kConfirm, {{QStringLiteral("code"), code}}, m_tokens.accessToken);
    }
    QString email() { return profile().json().value(QStringLiteral("email")).toString(); }
    static QString otherCode(const QString &code)
    {
        return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_account = m_server.accounts().at(1);
        m_tokens = m_server.signIn(m_account);
        QVERIFY(!m_tokens.accessToken.isEmpty());
    }

    void changeNeedsReauthentication()
    {
        const Reply reply = patch({{QStringLiteral("email"), QStringLiteral("thief@example.net")},
                                   {QStringLiteral("full_name"), QStringLiteral("Not Applied")}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemSlug(), QStringLiteral("reauthentication-required"));
        const QJsonObject after = profile().json();
        QCOMPARE(after.value(QStringLiteral("email")).toString(), m_account.email);
        QVERIFY(after.value(QStringLiteral("full_name")).toString() !=
                QLatin1String("Not Applied"));
        QVERIFY(after.value(QStringLiteral("pending_email")).isNull());
        QVERIFY(m_server.mail().isEmpty());
    }

    void newAddressConfirmsACode()
    {
        reauthenticate();
        const QString newEmail = QStringLiteral("james.new@example.org");
        const Reply reply =
            patch({{QStringLiteral("email"), QStringLiteral("James.New@Example.org")},
                   {QStringLiteral("full_name"), QStringLiteral("James Newman")}});
        QCOMPARE(reply.status, 202);
        // The other fields apply at once; the sign-in address does not.
        QCOMPARE(reply.json().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("James Newman"));
        QCOMPARE(reply.json().value(QStringLiteral("email")).toString(), m_account.email);
        const QJsonObject pending = reply.json().value(QStringLiteral("pending_email")).toObject();
        QCOMPARE(pending.value(QStringLiteral("email")).toString(), newEmail);
        QCOMPARE(pending.value(QStringLiteral("attempts_left")).toInt(), 5);
        QVERIFY(!reply.header("etag").isEmpty());
        QCOMPARE(profile().json().value(QStringLiteral("pending_email")).toObject(), pending);

        // The code goes to the new address, a notice (without it) to the old.
        const QString code = m_server.latestCode(newEmail);
        QVERIFY(!code.isEmpty());
        const QList<Mail> messages = m_server.mail();
        QCOMPARE(messages.size(), 2);
        const auto notice = std::find_if(messages.begin(), messages.end(), [&](const Mail &mail) {
            return mail.to == m_account.email;
        });
        QVERIFY(notice != messages.end());
        QVERIFY(notice->body.contains(newEmail));
        QVERIFY(!notice->body.contains(code));
        for (const Mail &mail : messages) {
            QCOMPARE(QFileInfo(mail.path).permissions() & ~(QFile::ReadOwner | QFile::WriteOwner |
                                                            QFile::ReadUser | QFile::WriteUser),
                     QFile::Permissions());
        }
        QVERIFY(QDir(QDir(m_server.dataDir()).filePath(QStringLiteral("mail/tmp")))
                    .entryList(QDir::Files)
                    .isEmpty());

        // Until confirmed, the old address is still the sign-in name.
        QVERIFY(!m_server.signIn(m_account).accessToken.isEmpty());

        const Reply wrong = confirm(otherCode(code));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.problemSlug(), QStringLiteral("confirmation-code-invalid"));
        QCOMPARE(wrong.json().value(QStringLiteral("attempts_left")).toInt(), 4);
        QCOMPARE(email(), m_account.email);

        const Reply right = confirm(code);
        QCOMPARE(right.status, 200);
        QCOMPARE(right.json().value(QStringLiteral("email")).toString(), newEmail);
        QCOMPARE(right.json().value(QStringLiteral("email_verified")).toBool(), true);
        QVERIFY(right.json().value(QStringLiteral("pending_email")).isNull());
        QVERIFY(m_server.mail().last().to == m_account.email); // "your address was changed"

        // A code works once; the new address signs in, the old no longer does.
        QCOMPARE(confirm(code).status, 404);
        const DemoAccount moved{newEmail, m_account.password, {}};
        QVERIFY(!m_server.signIn(moved).accessToken.isEmpty());
        QVERIFY(m_server.signIn(m_account).accessToken.isEmpty());
        m_account = moved;
    }

    void wrongCodesUseUpTheChange()
    {
        reauthenticate();
        const QString target = QStringLiteral("guess@example.org");
        QCOMPARE(patch({{QStringLiteral("email"), target}}).status, 202);
        const QString code = m_server.latestCode(target);
        for (int left = 4; left >= 0; --left) {
            const Reply wrong = confirm(otherCode(code));
            QCOMPARE(wrong.status, 422);
            QCOMPARE(wrong.json().value(QStringLiteral("attempts_left")).toInt(), left);
        }
        // Spent: even the right code no longer changes anything.
        QCOMPARE(confirm(code).status, 404);
        QCOMPARE(email(), m_account.email);
        QVERIFY(profile().json().value(QStringLiteral("pending_email")).isNull());
    }

    void resendReplacesTheCode()
    {
        reauthenticate();
        const QString target = QStringLiteral("resend@example.org");
        QCOMPARE(patch({{QStringLiteral("email"), target}}).status, 202);
        const QString first = m_server.latestCode(target);
        const Reply resent = m_server.postJson(kResend, {}, m_tokens.accessToken);
        QCOMPARE(resent.status, 202);
        QCOMPARE(resent.json()
                     .value(QStringLiteral("pending_email"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 target);
        const QString second = m_server.latestCode(target);
        QVERIFY(!second.isEmpty());
        if (first != second) // one in a million they are equal
            QCOMPARE(confirm(first).status, 422);
        QCOMPARE(confirm(second).status, 200);
        QCOMPARE(email(), target);
        m_account.email = target;
    }

    void cancelEndsTheChange()
    {
        reauthenticate();
        const QString target = QStringLiteral("cancelled@example.org");
        QCOMPARE(patch({{QStringLiteral("email"), target}}).status, 202);
        const QString code = m_server.latestCode(target);
        const Reply cancelled = m_server.request("DELETE", kChange, {}, {}, m_tokens.accessToken);
        QCOMPARE(cancelled.status, 204);
        QCOMPARE(m_server.request("DELETE", kChange, {}, {}, m_tokens.accessToken).status, 404);
        QCOMPARE(m_server.postJson(kResend, {}, m_tokens.accessToken).status, 404);
        QCOMPARE(confirm(code).status, 404);
        QCOMPARE(email(), m_account.email);
    }

    void anotherAccountsAddressIsRefused()
    {
        reauthenticate();
        const Reply reply = patch({{QStringLiteral("email"), m_server.accounts().at(0).email}});
        QCOMPARE(reply.status, 409);
        QVERIFY(profile().json().value(QStringLiteral("pending_email")).isNull());
    }

    void correctionRequestsCannotChangeTheEmail()
    {
        const Reply current = profile();
        const Reply reply = m_server.postJson(
            QStringLiteral("/api/v1/requests"),
            {{QStringLiteral("type"), QStringLiteral("edit")},
             {QStringLiteral("payload"),
              QJsonObject{
                  {QStringLiteral("changes"),
                   QJsonObject{{QStringLiteral("email"), QStringLiteral("thief@example.net")}}},
                  {QStringLiteral("expected_etag"), QString::fromLatin1(current.header("etag"))}}}},
            m_tokens.accessToken, {{"Idempotency-Key", "edit-email-1"}});
        QCOMPARE(reply.status, 422);
        const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("payload.changes.email"));
        QCOMPARE(email(), m_account.email);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TstServerEmailChange)
#include "tst_server_email_change.moc"
