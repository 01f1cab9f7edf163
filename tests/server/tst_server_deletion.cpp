// Deletion requests: re-authentication and confirm_email are required, the
// purge ends every session of the account and its sign-in and keeps only a
// keyed hash of the email, and a deletion can be cancelled during the grace
// period. A completed deletion's signed receipt outlives the account.
#include "ReceiptSignature.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace pd::test;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
constexpr int kWaitMs = 30000;

QJsonObject deletion(const QString &email)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("delete")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("confirm_email"), email},
                     {QStringLiteral("reason"), QStringLiteral("Leaving the service.")}}}};
}

QJsonObject passwordSignIn(const DemoAccount &account)
{
    return QJsonObject{{QStringLiteral("email"), account.email},
                       {QStringLiteral("password"), account.password}};
}

} // namespace

class TstServerDeletion : public QObject
{
    Q_OBJECT

private:
    static QString requestStatus(TestServer &server, const QString &token, const QString &id)
    {
        return server.get(kRequests + QLatin1Char('/') + id, token)
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

private Q_SLOTS:
    void purgeEndsEverySessionAndTheSignIn()
    {
        TestServer server;
        QVERIFY2(server.start({QStringLiteral("--process-after"), QStringLiteral("0"),
                               QStringLiteral("--deletion-grace-days"), QStringLiteral("0")}),
                 qPrintable(server.lastError()));
        const DemoAccount account = server.accounts().at(1);
        const Tokens session = server.signIn(account, QStringLiteral("laptop"));
        const Tokens other = server.signIn(account, QStringLiteral("phone"));
        QVERIFY(!session.accessToken.isEmpty() && !other.accessToken.isEmpty());

        const Reply notConfirmed =
            server.postJson(kRequests, deletion(account.email), session.accessToken,
                            {{"Idempotency-Key", "delete-1"}});
        QCOMPARE(notConfirmed.status, 403);
        QCOMPARE(notConfirmed.problemSlug(), QStringLiteral("reauthentication-required"));

        QCOMPARE(server.reauthenticate(account, session.accessToken).status, 204);

        const Reply wrongEmail =
            server.postJson(kRequests, deletion(QStringLiteral("someone@example.org")),
                            session.accessToken, {{"Idempotency-Key", "delete-1"}});
        QCOMPARE(wrongEmail.status, 422);
        QCOMPARE(wrongEmail.errorFields().value(0), QStringLiteral("payload.confirm_email"));
        // The re-authentication belongs to the session that made it.
        QCOMPARE(server
                     .postJson(kRequests, deletion(account.email), other.accessToken,
                               {{"Idempotency-Key", "delete-other"}})
                     .status,
                 403);

        // A kept idempotent answer holds account data too (here the
        // marketing preferences); it goes with the account.
        QCOMPARE(
            server
                .request("PUT", QStringLiteral("/api/v1/marketing-preferences"),
                         QJsonDocument(QJsonObject{{QStringLiteral("channels"),
                                                    QJsonObject{{QStringLiteral("email"), false},
                                                                {QStringLiteral("sms"), false},
                                                                {QStringLiteral("whatsapp"), false},
                                                                {QStringLiteral("push"), false}}}})
                             .toJson(QJsonDocument::Compact),
                         {{"Idempotency-Key", "marketing-1"}}, session.accessToken)
                .status,
            200);
        const QString keptAnswers =
            QStringLiteral("SELECT COUNT(*) FROM idempotency_records WHERE scope LIKE ?");
        const QVariantList ofJames{QStringLiteral("%demo-james%")};
        QCOMPARE(server.runSql(keptAnswers, ofJames).value(0).value(0).toInt(), 1);

        // An earlier deletion's receipt, past the 365 days receipts are kept.
        const qint64 dayMs = 24LL * 3600 * 1000;
        server.runSql(QStringLiteral("INSERT INTO deletion_receipts (request_id, signed_receipt, "
                                     "created_at) VALUES (?, ?, ?), (?, ?, ?)"),
                      {QStringLiteral("r-old"), QStringLiteral("{}"),
                       QDateTime::currentMSecsSinceEpoch() - 366 * dayMs,
                       QStringLiteral("r-recent"), QStringLiteral("{}"),
                       QDateTime::currentMSecsSinceEpoch() - 364 * dayMs});
        const QString keptReceipt =
            QStringLiteral("SELECT COUNT(*) FROM deletion_receipts WHERE request_id = ?");
        QCOMPARE(server.runSql(keptReceipt, {QStringLiteral("r-old")}).value(0).value(0).toInt(),
                 1);

        const Reply created =
            server.postJson(kRequests, deletion(account.email.toUpper()), session.accessToken,
                            {{"Idempotency-Key", "delete-1"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("received"));
        const QString path =
            kRequests + QLatin1Char('/') + created.json().value(QStringLiteral("id")).toString();

        // Once purged, the request is gone with the account, and so are the
        // sessions: every token answers 401.
        QTRY_COMPARE_WITH_TIMEOUT(server.get(path, session.accessToken).status, 401, kWaitMs);
        QCOMPARE(server.get(QStringLiteral("/api/v1/profile"), other.accessToken).status, 401);
        const Reply refresh =
            server.postJson(QStringLiteral("/api/v1/auth/refresh"),
                            QJsonObject{{QStringLiteral("refresh_token"), other.refreshToken}});
        QCOMPARE(refresh.status, 401);
        const Reply signIn =
            server.postJson(QStringLiteral("/api/v1/auth/password"), passwordSignIn(account));
        QCOMPARE(signIn.status, 401);
        QCOMPARE(signIn.problemSlug(), QStringLiteral("invalid-credentials"));
        QCOMPARE(server.runSql(keptAnswers, ofJames).value(0).value(0).toInt(), 0);

        // Its signed receipt stays, for whoever knows the request's id, with
        // no sign-in; it verifies with the key the server publishes.
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const Reply receiptReply = server.get(QStringLiteral("/api/v1/receipts/") + id);
        QCOMPARE(receiptReply.status, 200);
        const QByteArray text =
            receiptReply.json().value(QStringLiteral("receipt")).toString().toUtf8();
        const QJsonObject jwk = server.get(QStringLiteral("/.well-known/privacy-dashboard"))
                                    .json()
                                    .value(QStringLiteral("receipt_keys"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QVERIFY(verifiesReceipt(
            jwk, text, fromBase64Url(receiptReply.json().value(QStringLiteral("signature")))));
        const QJsonObject receipt = QJsonDocument::fromJson(text).object();
        QCOMPARE(receipt.value(QStringLiteral("request_id")).toString(), id);
        QCOMPARE(receipt.value(QStringLiteral("type")).toString(), QStringLiteral("delete"));
        QCOMPARE(receipt.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(receipt.value(QStringLiteral("account_id")).toString(),
                 QStringLiteral("demo-james"));
        QVERIFY(!text.contains(account.email.toLower().toUtf8()));
        QCOMPARE(server.get(QStringLiteral("/api/v1/receipts/r-unknown")).status, 404);
        // The one past its time went as this one came; the other stays.
        QCOMPARE(server.get(QStringLiteral("/api/v1/receipts/r-old")).status, 404);
        QCOMPARE(server.runSql(keptReceipt, {QStringLiteral("r-old")}).value(0).value(0).toInt(),
                 0);
        QCOMPARE(server.runSql(keptReceipt, {QStringLiteral("r-recent")}).value(0).value(0).toInt(),
                 1);

        // What is kept of the erased email is keyed with the server's own
        // secret: hashing a list of likely addresses does not find it.
        const QList<QVariantList> kept = server.runSql(
            QStringLiteral("SELECT email_hash FROM deletion_records WHERE account_id = ?"),
            {QStringLiteral("demo-james")});
        QCOMPARE(kept.size(), 1);
        const QByteArray email = account.email.toLower().toUtf8();
        const QString stored = kept.at(0).at(0).toString();
        QVERIFY(stored != QString::fromLatin1(
                              QCryptographicHash::hash(email, QCryptographicHash::Sha256).toHex()));
        QFile secretFile(server.dataDir() + QStringLiteral("/server-secret.key"));
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        QCOMPARE(secretFile.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray secret = secretFile.readAll();
        QCOMPARE(secret.size(), 32);
        QCOMPARE(stored, QString::fromLatin1(QMessageAuthenticationCode::hash(
                                                 email, secret, QCryptographicHash::Sha256)
                                                 .toHex()));

        // SQLite's secure_delete: the erased rows do not linger in the
        // file's free pages once the server has stopped (and checkpointed).
        if (!server.databaseLocation().startsWith(QLatin1String("postgres"))) {
            server.halt();
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(server.databaseLocation() + suffix);
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(email), qPrintable(file.fileName()));
            }
            QVERIFY2(server.restart(), qPrintable(server.lastError()));
        }

        // The other account is untouched.
        const Reply survivor = server.postJson(QStringLiteral("/api/v1/auth/password"),
                                               passwordSignIn(server.accounts().at(0)));
        QCOMPARE(survivor.status, 200);
    }

    void deletionCanBeCancelledDuringTheGracePeriod()
    {
        TestServer server;
        QVERIFY2(server.start({QStringLiteral("--process-after"), QStringLiteral("0"),
                               QStringLiteral("--deletion-grace-days"), QStringLiteral("1")}),
                 qPrintable(server.lastError()));
        const DemoAccount account = server.accounts().at(1);
        const QString token = server.signIn(account).accessToken;
        QCOMPARE(server.reauthenticate(account, token).status, 204);
        const Reply created = server.postJson(kRequests, deletion(account.email), token,
                                              {{"Idempotency-Key", "delete-grace"}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(requestStatus(server, token, id), QStringLiteral("in_progress"),
                                  kWaitMs);
        const QJsonObject waiting = server.get(kRequests + QLatin1Char('/') + id, token).json();
        QVERIFY(waiting.value(QStringLiteral("history"))
                    .toArray()
                    .last()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("grace")));

        const Reply cancelled = server.request(
            "POST", kRequests + QLatin1Char('/') + id + QStringLiteral("/cancel"), {}, {}, token);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(server.get(QStringLiteral("/api/v1/profile"), token).status, 200);
        QCOMPARE(server.postJson(QStringLiteral("/api/v1/auth/password"), passwordSignIn(account))
                     .status,
                 200);
        QCOMPARE(requestStatus(server, token, id), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TstServerDeletion)
#include "tst_server_deletion.moc"
