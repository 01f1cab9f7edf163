// The HTTP pipeline every endpoint shares: discovery, TLS, problem+json for
// every error, request ids, body cap, HEAD, 405 and rate limiting; testing
// switches only in developer mode.
#include "TestServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace pd::test;

class TstServerBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void discoveryDescribesTheDeployment()
    {
        const Reply reply = m_server.get(QStringLiteral("/.well-known/privacy-dashboard"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("api_base_url")).toString(),
                 m_server.origin().toString() + QStringLiteral("/api/v1"));
        const QJsonArray types = body.value(QStringLiteral("request_types")).toArray();
        for (const char *type : {"edit", "export", "delete", "unsubscribe", "restrict", "object",
                                 "guardian_removal", "security_report"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), type);
        QVERIFY(body.value(QStringLiteral("backup_retention_days")).toInt() > 0);
        QVERIFY(body.value(QStringLiteral("deletion_grace_days")).toInt() > 0);
        QVERIFY(!body.value(QStringLiteral("storage_regions")).toArray().isEmpty());
        QCOMPARE(reply.header("strict-transport-security"), QByteArray("max-age=31536000"));
    }

    void unknownRouteIsProblemJson()
    {
        const Reply reply = m_server.get(QStringLiteral("/api/v1/no-such-thing"));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isProblemJson());
        QCOMPARE(reply.problemSlug(), QStringLiteral("not-found"));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(reply.json().value(QStringLiteral("instance")).toString(),
                 QStringLiteral("/api/v1/no-such-thing"));
    }

    void wrongMethodIs405WithAllow()
    {
        const Reply reply =
            m_server.request("DELETE", QStringLiteral("/.well-known/privacy-dashboard"));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.problemSlug(), QStringLiteral("method-not-allowed"));
        QVERIFY(reply.header("allow").contains("GET"));
    }

    void headHasHeadersButNoBody()
    {
        const Reply get = m_server.get(QStringLiteral("/.well-known/privacy-dashboard"));
        const Reply head =
            m_server.request("HEAD", QStringLiteral("/.well-known/privacy-dashboard"));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-length").toLongLong(), qint64(get.body.size()));
    }

    void protectedRoutesNeedAToken()
    {
        for (const QString &path :
             {QStringLiteral("/api/v1/profile"), QStringLiteral("/api/v1/visits"),
              QStringLiteral("/api/v1/requests")}) {
            const Reply anonymous = m_server.get(path);
            QCOMPARE(anonymous.status, 401);
            QCOMPARE(anonymous.problemSlug(), QStringLiteral("unauthenticated"));
            const Reply forged = m_server.get(path, QStringLiteral("not-a-real-token"));
            QCOMPARE(forged.status, 401);
            QCOMPARE(forged.problemSlug(), QStringLiteral("unauthenticated"));
        }
    }

    void requestIdIsEchoedOrMinted()
    {
        const Reply echoed =
            m_server.request("GET", QStringLiteral("/.well-known/privacy-dashboard"), {},
                             {{"X-Request-ID", "support-case-42"}});
        QCOMPARE(echoed.header("x-request-id"), QByteArray("support-case-42"));
        const Reply minted = m_server.get(QStringLiteral("/.well-known/privacy-dashboard"));
        QVERIFY(!minted.header("x-request-id").isEmpty());
        QVERIFY(minted.header("x-request-id") != echoed.header("x-request-id"));
    }

    void oversizedBodyIs413()
    {
        const QByteArray big(1024 * 1024 + 1, 'x');
        const Reply reply = m_server.request("POST", QStringLiteral("/api/v1/auth/password"), big,
                                             {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.problemSlug(), QStringLiteral("payload-too-large"));
    }

    void malformedJsonIs400()
    {
        const Reply reply =
            m_server.request("POST", QStringLiteral("/api/v1/auth/password"),
                             "{\"email\": ", {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.problemSlug(), QStringLiteral("bad-request"));
    }

    void clientWithoutTheCaRejectsTheServer()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            m_server.origin().resolved(QUrl(QStringLiteral("/.well-known/privacy-dashboard"))));
        QNetworkReply *reply = network.get(request); // system CAs only
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        delete reply;
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        TestServer limited;
        QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("10")}),
                 qPrintable(limited.lastError()));
        Reply reply;
        int served = 0;
        for (int i = 0; i < 30; ++i) {
            reply = limited.get(QStringLiteral("/.well-known/privacy-dashboard"));
            if (reply.status != 200)
                break;
            ++served;
        }
        QCOMPARE(served, 10);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.problemSlug(), QStringLiteral("rate-limited"));
        const int retryAfter = reply.header("retry-after").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(reply.json().value(QStringLiteral("retry_after")).toInt(), retryAfter);
    }

    void testingSwitchesNeedDeveloperMode_data()
    {
        QTest::addColumn<QStringList>("switches");
        QTest::newRow("record-responses")
            << QStringList{QStringLiteral("--record-responses"), QStringLiteral("r.jsonl")};
        QTest::newRow("clock-offset")
            << QStringList{QStringLiteral("--clock-offset"), QStringLiteral("-3600")};
        QTest::newRow("hold-password-checks")
            << QStringList{QStringLiteral("--hold-password-checks"), QStringLiteral("release")};
    }

    void testingSwitchesNeedDeveloperMode()
    {
        QFETCH(QStringList, switches);
        QTemporaryDir dir;
        QProcess server;
        server.setWorkingDirectory(dir.path());
        server.start(qEnvironmentVariable("PD_SERVER_BINARY"),
                     QStringList{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                         switches);
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardOutput().isEmpty()); // never listened
        const QByteArray error = server.readAllStandardError();
        QVERIFY2(error.contains("need --developer-mode"), error.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.jsonl"))));
    }

    void databasePasswordIsNeverOnTheCommandLine()
    {
        QTemporaryDir dir;
        QProcess server;
        server.start(qEnvironmentVariable("PD_SERVER_BINARY"),
                     {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                      QStringLiteral("postgresql://pd:secret@127.0.0.1:1/pd")});
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitCode(), 2);
        const QByteArray error = server.readAllStandardError();
        QVERIFY2(error.contains("must not hold the password"), error.constData());
        QVERIFY(!error.contains("secret"));
    }

    void recordedResponsesAreOwnerOnly()
    {
        // Under the usual umask, and also when the file already existed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("responses.jsonl"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QVERIFY(existing.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const mode_t oldMask = ::umask(022);
        TestServer recording;
        const bool started = recording.start({QStringLiteral("--record-responses"), path});
        ::umask(oldMask);
        QVERIFY2(started, qPrintable(recording.lastError()));
        QCOMPARE(recording.get(QStringLiteral("/.well-known/privacy-dashboard")).status, 200);
        QTRY_VERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TstServerBasics)
#include "tst_server_basics.moc"
