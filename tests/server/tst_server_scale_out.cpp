// Scale out (issue 13): two server processes on one PostgreSQL database, as
// behind a load balancer, each with a data folder of its own but one shared
// secret file and one shared archive folder. Whatever one of them hands out
// (tokens, a refresh's grace, an idempotent answer, throttle counts, email
// and two-factor codes, export archives) the other honours, and every job is
// carried out by exactly one of them.
#include "AuthEndpoints.h"
#include "TestServer.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <vector>

using namespace pd::test;
using namespace pd::test::endpoints;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
const QString kProfile = QStringLiteral("/api/v1/profile");
constexpr int kExports = 6;
constexpr int kWaitMs = 120000;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject visitsExport()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("export")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("visits")}},
                     {QStringLiteral("format"), QStringLiteral("json")}}}};
}

// The export ids a server's log names as built by it, each as often as it
// was built.
QStringList builtExports(const QByteArray &log)
{
    static const QRegularExpression line(QStringLiteral("export ([A-Za-z0-9_-]+) built:"));
    QStringList ids;
    auto matches = line.globalMatch(QString::fromUtf8(log));
    while (matches.hasNext())
        ids << matches.next().captured(1);
    return ids;
}

} // namespace

class TstServerScaleOut : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_shared; // the secret file and the archive folder of both
    TestServer m_a;
    TestServer m_b;
    DemoAccount m_plain;     // accounts()[1], two-factor off
    DemoAccount m_twoFactor; // accounts()[0]

    QStringList sharedArguments() const
    {
        return QStringList{QStringLiteral("--secret-file"),
                           m_shared.filePath(QStringLiteral("server-secret.key")),
                           QStringLiteral("--archive-dir"),
                           m_shared.filePath(QStringLiteral("archives")),
                           QStringLiteral("--trusted-proxy"),
                           QStringLiteral("127.0.0.1")} +
               TestServer::processAfter(0);
    }

    int logCount(TestServer &server, const QString &event, const QString &token)
    {
        return int(server.get(QStringLiteral("/api/v1/logs?q=%1&limit=100").arg(event), token)
                       .json()
                       .value(QStringLiteral("items"))
                       .toArray()
                       .size());
    }

    Reply refresh(TestServer &server, const QString &refreshToken)
    {
        return server.postJson(kRefresh, {{QStringLiteral("refresh_token"), refreshToken}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PD_TEST_POSTGRES"))
            QSKIP("several server processes share a PostgreSQL database, not a SQLite file");
        QVERIFY(m_shared.isValid());
        QVERIFY2(m_a.start(sharedArguments()), qPrintable(m_a.lastError()));
        QVERIFY2(m_b.startAlongside(m_a, sharedArguments()), qPrintable(m_b.lastError()));
        QVERIFY(m_a.origin() != m_b.origin());
        m_twoFactor = m_a.accounts().at(0);
        m_plain = m_a.accounts().at(1);
    }

    void anotherSecretIsRefused()
    {
        // A third process with a secret of its own would reject what the
        // others sealed: it must not start at all.
        TestServer stray;
        QVERIFY(!stray.startAlongside(m_a, TestServer::processAfter(0)));
        QVERIFY2(stray.lastError().contains(QLatin1String("--secret-file")),
                 qPrintable(stray.lastError()));
    }

    void instancesStartingTogetherMigrateOnce()
    {
        // Three processes on an empty database at the same moment: one
        // migrates (and makes the shared secret file), the others wait for
        // it, and all of them come up.
        const QString name =
            QStringLiteral("pd_scale_race_") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        m_a.runSql(QStringLiteral("CREATE DATABASE ") + name, {}, &ok);
        QVERIFY2(ok, qPrintable(m_a.lastError()));
        QUrl url(qEnvironmentVariable("PD_TEST_POSTGRES"));
        url.setPath(QLatin1Char('/') + name);
        QTemporaryDir folders;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 3; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(qEnvironmentVariable("PD_SERVER_BINARY"),
                           {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--data-dir"), folders.filePath(QString::number(i)),
                            QStringLiteral("--db"), url.toString(), QStringLiteral("--secret-file"),
                            folders.filePath(QStringLiteral("secret.key"))});
            processes.push_back(std::move(process));
        }
        // Each process's output so far, kept in properties of its own.
        const auto collect = [&processes] {
            for (const auto &process : processes) {
                process->setProperty("out", QByteArray(process->property("out").toByteArray() +
                                                       process->readAllStandardOutput()));
                process->setProperty("err", QByteArray(process->property("err").toByteArray() +
                                                       process->readAllStandardError()));
            }
        };
        const auto listening = [&] {
            collect();
            return std::all_of(processes.cbegin(), processes.cend(), [](const auto &process) {
                return process->property("out").toByteArray().contains("listening: ");
            });
        };
        const auto errors = [&] {
            QByteArray all;
            for (const auto &process : processes)
                all += process->property("err").toByteArray();
            return all;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(listening(), errors().constData(), 60000);
        for (const auto &process : processes) {
            process->terminate();
            process->waitForFinished(10000);
        }
        {
            QString error;
            const auto db = pd::server::Database::open(url.toString(), &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery versions =
                db->run(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_migrations"));
            QVERIFY(versions.next());
            QCOMPARE(versions.value(0).toInt(), pd::server::Migrations::latestVersion());
            QCOMPARE(versions.value(1).toInt(), pd::server::Migrations::latestVersion());
        }
        m_a.runSql(QStringLiteral("DROP DATABASE ") + name, {}, &ok);
        QVERIFY2(ok, qPrintable(m_a.lastError()));
    }

    // Receipts signed by either instance verify with the one key both
    // publish: it is kept in the database, sealed with the shared secret.
    void bothInstancesSignReceiptsWithOneKey()
    {
        const auto keys = [](TestServer &server) {
            return server.get(QStringLiteral("/.well-known/privacy-dashboard"))
                .json()
                .value(QStringLiteral("receipt_keys"))
                .toArray();
        };
        const QJsonArray first = keys(m_a);
        QCOMPARE(first.size(), 1);
        QCOMPARE(keys(m_b), first);
    }

    void signInOnOneRefreshOnTheOther()
    {
        const Tokens tokens = m_a.signIn(m_plain, QStringLiteral("Scale A"));
        QVERIFY(!tokens.accessToken.isEmpty());
        QCOMPARE(m_b.get(kProfile, tokens.accessToken).status, 200);
        const Reply rotated = refresh(m_b, tokens.refreshToken);
        QCOMPARE(rotated.status, 200);
        const QString access = rotated.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_a.get(kProfile, access).status, 200);
        QCOMPARE(m_b.get(kProfile, access).status, 200);
        // Rotated once: the next refresh of the new token works on A.
        QCOMPARE(
            refresh(m_a, rotated.json().value(QStringLiteral("refresh_token")).toString()).status,
            200);
    }

    void refreshGraceReachesTheOtherInstance()
    {
        const Tokens tokens = m_a.signIn(m_plain, QStringLiteral("Scale grace"));
        const Reply first = refresh(m_a, tokens.refreshToken);
        QCOMPARE(first.status, 200);
        // The answer was lost; the client's retry lands on B.
        const Reply retry = refresh(m_b, tokens.refreshToken);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json().value(QStringLiteral("refresh_token")),
                 first.json().value(QStringLiteral("refresh_token")));
        QCOMPARE(retry.json().value(QStringLiteral("access_token")),
                 first.json().value(QStringLiteral("access_token")));
        QCOMPARE(
            m_b.get(kProfile, first.json().value(QStringLiteral("access_token")).toString()).status,
            200);
    }

    void idempotentReplayOnTheOtherInstance()
    {
        const Tokens tokens = m_a.signIn(m_plain, QStringLiteral("Scale consent"));
        const QJsonArray cookies = m_a.get(QStringLiteral("/api/v1/cookies"), tokens.accessToken)
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
        const QByteArray body = compactJson(
            {{QStringLiteral("granted"), !optional.value(QStringLiteral("consent")).toBool()}});
        const int before =
            logCount(m_a, QStringLiteral("cookie.consent.changed"), tokens.accessToken);
        const QByteArray key = newKey();
        const Reply first =
            m_a.request("PUT", path, body, {{"Idempotency-Key", key}}, tokens.accessToken);
        QCOMPARE(first.status, 200);
        const Reply replay =
            m_b.request("PUT", path, body, {{"Idempotency-Key", key}}, tokens.accessToken);
        QCOMPARE(replay.status, first.status);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(logCount(m_b, QStringLiteral("cookie.consent.changed"), tokens.accessToken),
                 before + 1);

        // POST /requests keeps its own idempotency, in the requests table.
        const QByteArray requestKey = newKey();
        const QJsonObject objection{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("processing"), QJsonArray{QStringLiteral("marketing")}},
                         {QStringLiteral("reason"), QStringLiteral("Scale-out test")}}}};
        const Reply filed = m_a.submitRequest(tokens.accessToken, requestKey, objection);
        QCOMPARE(filed.status, 201);
        const Reply again = m_b.submitRequest(tokens.accessToken, requestKey, objection);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.json().value(QStringLiteral("id")),
                 filed.json().value(QStringLiteral("id")));
        bool ok = false;
        const QList<QVariantList> rows =
            m_a.runSql(QStringLiteral("SELECT COUNT(*) FROM requests WHERE idempotency_key = ?"),
                       {QString::fromLatin1(requestKey)}, &ok);
        QVERIFY2(ok, qPrintable(m_a.lastError()));
        QCOMPARE(rows.value(0).value(0).toInt(), 1);
    }

    void throttlingIsShared()
    {
        // An address that does not exist, so no real account is locked, sent
        // "through a proxy" (the test, trusted as 127.0.0.1) on behalf of
        // clients of their own, so the test's own address is not charged.
        const QString email =
            QStringLiteral("nobody-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QByteArray wrong =
            compactJson({{QStringLiteral("email"), email},
                         {QStringLiteral("password"), QStringLiteral("not the password")}});
        const auto attempt = [&](TestServer &server, const QByteArray &client) {
            return server.request("POST", kPassword, wrong, {{"X-Forwarded-For", client}});
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(attempt(m_a, "203.0.113.10").status, 401);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(attempt(m_b, "203.0.113.11").status, 401);
        // Five failures in all: the limit per account, whichever instance
        // saw them and from wherever they came.
        const Reply onB = attempt(m_b, "203.0.113.12");
        QCOMPARE(onB.status, 429);
        QVERIFY(onB.header("retry-after").toInt() > 0);
        QCOMPARE(attempt(m_a, "203.0.113.13").status, 429);

        // Per address: 20 failures from one client on A and B together,
        // spread over accounts, lock that client out everywhere, and only it.
        for (int i = 0; i < 20; ++i) {
            TestServer &server = i % 2 == 0 ? m_a : m_b;
            const Reply failed =
                server.request("POST", kPassword,
                               compactJson({{QStringLiteral("email"),
                                             QStringLiteral("guess%1@example.com").arg(i)},
                                            {QStringLiteral("password"), QStringLiteral("guess")}}),
                               {{"X-Forwarded-For", "198.51.100.20"}});
            QCOMPARE(failed.status, 401);
        }
        const QByteArray plainSignIn =
            compactJson({{QStringLiteral("email"), m_plain.email},
                         {QStringLiteral("password"), m_plain.password}});
        QCOMPARE(m_a.request("POST", kPassword, plainSignIn, {{"X-Forwarded-For", "198.51.100.20"}})
                     .status,
                 429);
        QCOMPARE(m_b.request("POST", kPassword, plainSignIn, {{"X-Forwarded-For", "198.51.100.21"}})
                     .status,
                 200);
    }

    void rateLimitIsShared()
    {
        // A pair of its own with a tiny limit: six requests a minute per
        // client, whichever instance they reach.
        TestServer c;
        TestServer d;
        const QStringList limit{QStringLiteral("--rate-limit"), QStringLiteral("6"),
                                QStringLiteral("--secret-file"),
                                m_shared.filePath(QStringLiteral("limit-secret.key"))};
        QVERIFY2(c.start(limit), qPrintable(c.lastError()));
        QVERIFY2(d.startAlongside(c, limit), qPrintable(d.lastError()));
        const QString discovery = QStringLiteral("/.well-known/privacy-dashboard");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(c.get(discovery).status, 200);
            QCOMPARE(d.get(discovery).status, 200);
        }
        const Reply limited = d.get(discovery);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() > 0);
        QCOMPARE(c.get(discovery).status, 429);
        d.stop();
        c.stop();
    }

    void countersDoNotWaitForTheDisk()
    {
        // The rate limit writes on every request: its tables are UNLOGGED,
        // or each request would wait for a WAL flush (1,900 requests/s
        // became 220 on a durable PostgreSQL).
        bool ok = false;
        const QList<QVariantList> rows = m_a.runSql(
            QStringLiteral("SELECT relname, relpersistence FROM pg_class WHERE relname IN"
                           " ('rate_limits', 'sign_in_failures') ORDER BY relname"),
            {}, &ok);
        QVERIFY2(ok, qPrintable(m_a.lastError()));
        QCOMPARE(rows.size(), 2);
        for (const QVariantList &row : rows)
            QCOMPARE(row.value(1).toString(), QStringLiteral("u"));
    }

    void emailChangeConfirmedOnTheOtherInstance()
    {
        const Tokens tokens = m_a.signIn(m_plain, QStringLiteral("Scale email"));
        QCOMPARE(m_a.reauthenticate(m_plain, tokens.accessToken).status, 204);
        const QString newEmail = QStringLiteral("james.scaled@example.com");
        const QByteArray etag = m_a.get(kProfile, tokens.accessToken).header("etag");
        const Reply started =
            m_a.request("PATCH", kProfile, compactJson({{QStringLiteral("email"), newEmail}}),
                        {{"Content-Type", "application/merge-patch+json"}, {"If-Match", etag}},
                        tokens.accessToken);
        QCOMPARE(started.status, 202);
        const QString code = m_a.latestCode(newEmail);
        QCOMPARE(code.size(), 6);
        const Reply confirmed = m_b.postJson(QStringLiteral("/api/v1/profile/email-change/confirm"),
                                             {{QStringLiteral("code"), code}}, tokens.accessToken);
        QCOMPARE(confirmed.status, 200);
        const Reply profile = m_a.get(kProfile, tokens.accessToken);
        QCOMPARE(profile.json().value(QStringLiteral("email")).toString(), newEmail);
        m_plain.email = newEmail;
    }

    void twoFactorChallengeAnsweredOnTheOtherInstance()
    {
        const Reply password =
            m_a.postJson(kPassword, {{QStringLiteral("email"), m_twoFactor.email},
                                     {QStringLiteral("password"), m_twoFactor.password},
                                     {QStringLiteral("device_name"), QStringLiteral("Scale 2FA")}});
        QCOMPARE(password.status, 200);
        QCOMPARE(password.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("mfa_required"));
        const Reply answer = m_b.answerTotpChallenge(
            password.json().value(QStringLiteral("challenge_id")).toString(),
            m_twoFactor.totpSecret);
        QCOMPARE(answer.status, 200);
        const QString access = answer.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_a.get(kProfile, access).status, 200);
    }

    void eachExportIsBuiltOnce()
    {
        const Tokens tokens = m_a.signIn(m_plain, QStringLiteral("Scale exports"));
        QStringList ids;
        for (int i = 0; i < kExports; ++i) {
            TestServer &server = i % 2 == 0 ? m_a : m_b;
            const Reply filed = server.submitRequest(tokens.accessToken, newKey(), visitsExport());
            QCOMPARE(filed.status, 201);
            ids << filed.json().value(QStringLiteral("id")).toString();
        }
        const auto status = [&](const QString &id) {
            return m_b.get(kRequests + QLatin1Char('/') + id, tokens.accessToken)
                .json()
                .value(QStringLiteral("status"))
                .toString();
        };
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("completed"), kWaitMs);

        const QStringList byA = builtExports(m_a.log());
        const QStringList byB = builtExports(m_b.log());
        qInfo("exports built: %lld by A, %lld by B", qlonglong(byA.size()), qlonglong(byB.size()));
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(byA.count(id) + byB.count(id), 1);
            // The archive is on the shared folder: the instance that did not
            // build it serves it.
            TestServer &other = byA.contains(id) ? m_b : m_a;
            const QJsonObject request =
                other.get(kRequests + QLatin1Char('/') + id, tokens.accessToken).json();
            const QJsonObject result = request.value(QStringLiteral("result")).toObject();
            const Reply archive = other.get(
                kRequests + QLatin1Char('/') + id + QStringLiteral("/archive"), tokens.accessToken);
            QCOMPARE(archive.status, 200);
            QCOMPARE(
                QString::fromLatin1(
                    QCryptographicHash::hash(archive.body, QCryptographicHash::Sha256).toHex()),
                result.value(QStringLiteral("sha256")).toString());
            QStringList history;
            for (const QJsonValue &entry : request.value(QStringLiteral("history")).toArray())
                history << entry.toObject().value(QStringLiteral("status")).toString();
            QCOMPARE(history,
                     (QStringList{QStringLiteral("received"), QStringLiteral("verifying"),
                                  QStringLiteral("in_progress"), QStringLiteral("completed")}));
        }
    }

    void cleanupTestCase()
    {
        m_b.stop();
        m_a.stop();
    }
};

QTEST_GUILESS_MAIN(TstServerScaleOut)
#include "tst_server_scale_out.moc"
