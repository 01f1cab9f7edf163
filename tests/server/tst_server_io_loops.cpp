// The server answers on several event loops at once (issue 13, server load),
// and what the loops share stays one: the rate limit counts every loop's
// requests, an idempotent answer given by one loop is replayed by another.
//
// The server runs in this process, so the test can hold one loop (a task
// queued on its thread waits until released): a connection made meanwhile is
// accepted and answered by another loop, which shows which loop answered
// without timing anything. On PostgreSQL (PD_TEST_POSTGRES) each server gets
// a fresh database of its own.
#include "composition/ServerApp.h"
#include "kernel/OpenSslLifetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace pd::server;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QByteArray replayed; // Idempotent-Replayed
    QString error;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Runs `sql` on the PostgreSQL server of `adminUrl`; false and *error.
bool runAdminSql(const QString &adminUrl, const QString &sql, QString *error)
{
    const QUrl url(adminUrl);
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Holds one event loop of the server: a task queued on its thread waits
// until this is destroyed. Returns once the loop is held.
class LoopHold
{
public:
    explicit LoopHold(QObject *loop)
        : m_held(std::make_shared<QSemaphore>())
        , m_release(std::make_shared<QSemaphore>())
    {
        QMetaObject::invokeMethod(
            loop,
            [held = m_held, release = m_release] {
                held->release();
                release->acquire();
            },
            Qt::QueuedConnection);
        m_held->acquire();
    }
    ~LoopHold() { m_release->release(); }
    LoopHold(const LoopHold &) = delete;
    LoopHold &operator=(const LoopHold &) = delete;

private:
    std::shared_ptr<QSemaphore> m_held;
    std::shared_ptr<QSemaphore> m_release;
};

// The server in this process, on two loops, in a data folder (and on
// PostgreSQL, a database) of its own.
class InProcessServer
{
public:
    ~InProcessServer()
    {
        m_app.reset();
        QString ignored;
        if (!m_pgDatabase.isEmpty())
            runAdminSql(m_pgAdmin, QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase,
                        &ignored);
    }

    bool start(int rateLimitPerMinute, QString *error)
    {
        ServerConfig config;
        config.listenAddress = QHostAddress::LocalHost;
        config.port = 0;
        config.dataDir = m_dir.path();
        config.demo = true;
        config.ioThreads = 2;
        config.pageReaders = 1;
        config.rateLimitPerMinute = rateLimitPerMinute;
        m_pgAdmin = qEnvironmentVariable("PD_TEST_POSTGRES");
        if (!m_pgAdmin.isEmpty()) {
            m_pgDatabase = QStringLiteral("pd_test_") + QUuid::createUuid().toString(QUuid::Id128);
            if (!runAdminSql(m_pgAdmin, QStringLiteral("CREATE DATABASE ") + m_pgDatabase, error))
                return false;
            QUrl url(m_pgAdmin);
            url.setPath(QLatin1Char('/') + m_pgDatabase);
            config.database = url.toString();
        }
        m_app = std::make_unique<ServerApp>(config);
        QString lines;
        QTextStream out(&lines);
        if (!m_app->start(out, error))
            return false;
        for (const QString &line : lines.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("listening: ")))
                m_origin = QUrl(line.mid(11));
            else if (line.startsWith(QLatin1String("ca-certificate: ")))
                m_tls.setCaCertificates(QSslCertificate::fromPath(line.mid(16)));
            else if (line.startsWith(QLatin1String("demo-account: ")))
                m_accounts.append(line);
        }
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return m_origin.isValid() && m_app->ioLoopCount() == 2;
    }

    QObject *loop(int index) const { return m_app->ioLoopContext(index); }

    // "email=… password=…" of the demo account without two-factor sign-in
    // (the second line).
    QJsonObject plainSignIn() const
    {
        const QString line = m_accounts.value(1);
        QJsonObject body{{QStringLiteral("device_name"), QStringLiteral("io loops")}};
        for (const QString &field : line.split(QLatin1Char(' '))) {
            const qsizetype equals = field.indexOf(QLatin1Char('='));
            if (field.startsWith(QLatin1String("email=")) ||
                field.startsWith(QLatin1String("password=")))
                body.insert(field.left(equals), field.mid(equals + 1));
        }
        return body;
    }

    // One exchange on a connection of its own (a fresh manager has no
    // kept-alive connection that a held loop may own).
    Answer exchange(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_origin.resolved(QUrl(path)));
        request.setSslConfiguration(m_tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        if (!reply->isFinished())
            wait.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.replayed = reply->rawHeader("idempotent-replayed");
        if (!reply->isFinished())
            answer.error = QStringLiteral("no answer within a minute");
        else if (reply->error() != QNetworkReply::NoError && answer.status == 0)
            answer.error = reply->errorString();
        delete reply;
        return answer;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerApp> m_app;
    QUrl m_origin;
    QSslConfiguration m_tls = QSslConfiguration::defaultConfiguration();
    QStringList m_accounts;
    QString m_pgAdmin;
    QString m_pgDatabase;
};

} // namespace

class TstServerIoLoops : public QObject
{
    Q_OBJECT

    std::unique_ptr<InProcessServer> m_server; // no rate limit
    QString m_token;

    Answer visits(const QString &token) const
    {
        return m_server->exchange("GET", QStringLiteral("/api/v1/visits?limit=5"), {},
                                  {{"Authorization", "Bearer " + token.toLatin1()}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the server's main() does: the loops' threads may still be
        // ending when this process exits.
        QVERIFY(OpenSslLifetime::keepUntilExit());
        m_server = std::make_unique<InProcessServer>();
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
        const Answer signIn = m_server->exchange("POST", QStringLiteral("/api/v1/auth/password"),
                                                 QJsonDocument(m_server->plainSignIn()).toJson());
        QCOMPARE(signIn.status, 200);
        m_token = signIn.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!m_token.isEmpty());
    }

    // Either loop held, the other accepts and answers: both loops serve, and
    // one busy loop does not hold the other's connections up.
    void eachLoopAnswersWhileTheOtherIsHeld()
    {
        QByteArray pages[2];
        for (int held = 0; held < 2; ++held) {
            const LoopHold hold(m_server->loop(held));
            const Answer discovery =
                m_server->exchange("GET", QStringLiteral("/.well-known/privacy-dashboard"));
            QVERIFY2(discovery.error.isEmpty(), qPrintable(discovery.error));
            QCOMPARE(discovery.status, 200);
            // Each loop's context knows the address, set after listening.
            QVERIFY(discovery.json()
                        .value(QStringLiteral("api_base_url"))
                        .toString()
                        .endsWith(QLatin1String("/api/v1")));
            // A data page: the loop's own database connection, the shared
            // page readers, the token another loop issued.
            const Answer page = visits(m_token);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 5);
            pages[held] = QJsonDocument(page.json().value(QStringLiteral("items")).toArray())
                              .toJson(QJsonDocument::Compact);
        }
        QCOMPARE(pages[0], pages[1]);
    }

    // A sign-in answered by one loop is replayed by the other under the
    // same Idempotency-Key, with the same tokens; a different request under
    // the key is refused there.
    void anIdempotentAnswerIsReplayedByTheOtherLoop()
    {
        const QByteArray body = QJsonDocument(m_server->plainSignIn()).toJson();
        const QList<QPair<QByteArray, QByteArray>> key{
            {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
        Answer first;
        {
            const LoopHold hold(m_server->loop(1));
            first = m_server->exchange("POST", QStringLiteral("/api/v1/auth/password"), body, key);
        }
        QCOMPARE(first.status, 200);
        QVERIFY(first.replayed.isEmpty());
        const QString token = first.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());

        const LoopHold hold(m_server->loop(0));
        const Answer again =
            m_server->exchange("POST", QStringLiteral("/api/v1/auth/password"), body, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.replayed, QByteArray("true"));
        QCOMPARE(again.json().value(QStringLiteral("access_token")).toString(), token);
        QJsonObject other = m_server->plainSignIn();
        other.insert(QStringLiteral("device_name"), QStringLiteral("another device"));
        const Answer reused = m_server->exchange("POST", QStringLiteral("/api/v1/auth/password"),
                                                 QJsonDocument(other).toJson(), key);
        QCOMPARE(reused.status, 422);
        // The replayed token works on this loop too.
        QCOMPARE(visits(token).status, 200);
    }

    // The client's requests count toward one limit whichever loop answers
    // them: spent on one loop, the other refuses too.
    void theRateLimitCountsEveryLoop()
    {
        // Three a minute: no token comes back within the 20 s the test
        // takes at most.
        InProcessServer limited;
        QString error;
        QVERIFY2(limited.start(3, &error), qPrintable(error));
        int answered = 0;
        {
            const LoopHold hold(limited.loop(1));
            for (int i = 0; i < 10; ++i) {
                const Answer answer =
                    limited.exchange("GET", QStringLiteral("/.well-known/privacy-dashboard"));
                QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
                if (answer.status == 429)
                    break;
                QCOMPARE(answer.status, 200);
                ++answered;
            }
        }
        QCOMPARE(answered, 3);
        const LoopHold hold(limited.loop(0));
        const Answer other =
            limited.exchange("GET", QStringLiteral("/.well-known/privacy-dashboard"));
        QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
        QCOMPARE(other.status, 429);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TstServerIoLoops)
#include "tst_server_io_loops.moc"
