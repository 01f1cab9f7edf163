// Server faults (issue 14): PostgreSQL restarted (fast shutdown, start) while
// clients file requests under Idempotency-Keys and read list pages. The
// server answers 503 with Retry-After while the database is away, reconnects
// by itself once it is back, and afterwards every request a client was told
// was accepted is in the database exactly once.
//
// The test runs a PostgreSQL server of its own (scripts/test-postgres on
// PD_TEST_PG_RESTART_PORT), since it stops it mid-test.
#include "RequestBodies.h"
#include "TestServer.h"

#include <QEventLoop>
#include <QHash>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

using namespace pd::test;

namespace {

constexpr int kClients = 4;
constexpr int kWaitMs = 45000;

// One client of the load: files a security report, reads a page of visits,
// files the next one. A 503 is retried at once with the same key (the test
// must not sleep; the server's Retry-After is checked, not waited out).
struct Client {
    QByteArray key;
    bool filing = true;
    int attempts = 0;
};

// Keeps kClients exchanges in flight until stopped, and tallies what the
// server answered.
class Load : public QObject
{
public:
    Load(TestServer &server, QString accessToken)
        : m_server(server)
        , m_token(std::move(accessToken))
    {}

    void start()
    {
        for (int i = 0; i < kClients; ++i) {
            m_clients.push_back(std::make_unique<Client>());
            next(*m_clients.back());
        }
    }
    void stop() { m_stopping = true; }
    bool idle() const { return m_inFlight == 0; }

    // Idempotency-Key -> the id of the request the server accepted under it.
    QHash<QByteArray, QString> accepted;
    int unavailable = 0;  // 503s seen
    int pagesRead = 0;    // 200s of the list
    int retriedPosts = 0; // POSTs sent again after a 503
    QStringList unexpected;

private:
    void next(Client &client)
    {
        if (m_stopping)
            return;
        if (client.key.isEmpty()) {
            client.key = "restart-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            client.attempts = 0;
        }
        QNetworkRequest request(m_server.origin().resolved(
            QUrl(client.filing ? QStringLiteral("/api/v1/requests")
                               : QStringLiteral("/api/v1/visits?limit=50"))));
        request.setSslConfiguration(m_server.sslConfiguration());
        request.setTransferTimeout(kWaitMs);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply *reply = nullptr;
        if (client.filing) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Idempotency-Key", client.key);
            if (client.attempts++ > 0)
                ++retriedPosts;
            reply = m_server.network().post(
                request, compactJson(securityReportBody(QStringLiteral("Restart ") +
                                                        QString::fromLatin1(client.key))));
        } else {
            reply = m_server.network().get(request);
        }
        ++m_inFlight;
        connect(reply, &QNetworkReply::finished, this, [this, reply, &client] {
            --m_inFlight;
            reply->deleteLater();
            answered(client, *reply);
            next(client);
        });
    }

    void answered(Client &client, QNetworkReply &reply)
    {
        const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 503) {
            ++unavailable;
            if (reply.rawHeader("Retry-After").toInt() < 1)
                unexpected << QStringLiteral("a 503 without Retry-After");
            return; // the same exchange again
        }
        if (status == 0 || status >= 300) {
            unexpected << QStringLiteral("%1 %2: %3 %4")
                              .arg(client.filing ? QStringLiteral("POST") : QStringLiteral("GET"))
                              .arg(status)
                              .arg(reply.errorString(), QString::fromUtf8(reply.readAll()));
            if (client.filing)
                client.key.clear(); // its fate is unknown; it is not counted
            client.filing = !client.filing;
            return;
        }
        if (client.filing) {
            const QString id = QJsonDocument::fromJson(reply.readAll())
                                   .object()
                                   .value(QStringLiteral("id"))
                                   .toString();
            const auto known = accepted.constFind(client.key);
            if (known != accepted.constEnd() && *known != id)
                unexpected << QStringLiteral("one key, two requests: %1 and %2").arg(*known, id);
            accepted.insert(client.key, id);
            client.key.clear();
        } else {
            ++pagesRead;
        }
        client.filing = !client.filing;
    }

    TestServer &m_server;
    QString m_token;
    std::vector<std::unique_ptr<Client>> m_clients;
    int m_inFlight = 0;
    bool m_stopping = false;
};

// Runs the event loop (the load goes on) until `done` or kWaitMs.
bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return done();
}

} // namespace

class TstServerDatabaseRestart : public QObject
{
    Q_OBJECT

private:
    QString m_script = qEnvironmentVariable("PD_TEST_POSTGRES_SCRIPT");
    QString m_port = qEnvironmentVariable("PD_TEST_PG_RESTART_PORT");
    QString m_dir;

    // Runs scripts/test-postgres `action` without blocking the event loop,
    // so the load carries on meanwhile.
    bool postgres(const QString &action)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_script, {action, m_dir, m_port});
        bool finished = false;
        connect(&process, &QProcess::finished, this, [&finished] { finished = true; });
        if (!waitFor([&finished] { return finished; })) {
            process.kill();
            process.waitForFinished();
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning().noquote() << action << "failed:" << process.readAll();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        if (m_script.isEmpty() || m_port.isEmpty())
            QSKIP("PD_TEST_POSTGRES_SCRIPT and PD_TEST_PG_RESTART_PORT are set by CTest");
        m_dir = QStringLiteral("/tmp/pd-test-postgres-restart-") + m_port;
        QVERIFY(postgres(QStringLiteral("start")));
        qputenv("PD_TEST_POSTGRES",
                QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port).toUtf8());
    }

    void cleanupTestCase()
    {
        if (!m_dir.isEmpty())
            postgres(QStringLiteral("stop"));
    }

    void restartUnderLoad()
    {
        TestServer server;
        // Requests stay open (nothing processes them meanwhile); no rate
        // limit, as clients retry at once while the database is away.
        QVERIFY2(server.start(TestServer::processAfter(3600) +
                              QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(server.lastError()));
        const Tokens plain = server.signIn(server.accounts().value(1));
        QVERIFY(!plain.accessToken.isEmpty());

        Load load(server, plain.accessToken);
        // Each phase ends at its goal, or at the first answer that is
        // neither a success nor a 503 with Retry-After.
        const auto reach = [&load](const std::function<bool()> &goal) {
            return waitFor([&] { return goal() || !load.unexpected.isEmpty(); }) &&
                   load.unexpected.isEmpty();
        };
        const auto unexpected = [&load, &server] {
            // The server's warnings about failed handlers say why.
            QByteArrayList failures;
            for (const QByteArray &line : server.log().split('\n')) {
                if (line.contains("handler failed"))
                    failures << line.left(300);
            }
            return load.unexpected.mid(0, 3).join(QLatin1Char('\n')).toLocal8Bit() +
                   "\nserver log:\n" + failures.mid(0, 5).join('\n');
        };
        load.start();
        QVERIFY2(reach([&] { return load.accepted.size() >= 8 && load.pagesRead >= 8; }),
                 unexpected().constData());

        QVERIFY(postgres(QStringLiteral("halt")));
        // The clients meet the outage: 503s, not 500s or dropped connections.
        const int before = load.unavailable;
        QVERIFY2(reach([&] { return load.unavailable >= before + kClients; }),
                 unexpected().constData());
        QVERIFY(postgres(QStringLiteral("resume")));
        const qsizetype acceptedAtResume = load.accepted.size();
        const int pagesAtResume = load.pagesRead;
        // Without a reconnect every answer stays a 503 and this times out.
        QVERIFY2(reach([&] {
                     return load.accepted.size() >= acceptedAtResume + 3 * kClients &&
                            load.pagesRead >= pagesAtResume + 3 * kClients;
                 }),
                 qPrintable(QStringLiteral("after the restart: %1 accepted, %2 pages, %3 503s; %4")
                                .arg(load.accepted.size() - acceptedAtResume)
                                .arg(load.pagesRead - pagesAtResume)
                                .arg(load.unavailable)
                                .arg(QString::fromLocal8Bit(unexpected()))));
        load.stop();
        QVERIFY(waitFor([&] { return load.idle(); }));
        QVERIFY2(load.unexpected.isEmpty(), unexpected().constData());

        // Every accepted request is there once, under the id the client was
        // given; nothing else was filed.
        bool ok = false;
        const QList<QVariantList> rows =
            server.runSql(QStringLiteral("SELECT idempotency_key, id FROM requests"
                                         " WHERE idempotency_key LIKE 'restart-%'"),
                          {}, &ok);
        QVERIFY2(ok, qPrintable(server.lastError()));
        QHash<QByteArray, QString> stored;
        for (const QVariantList &row : rows) {
            const QByteArray key = row.at(0).toString().toLatin1();
            QVERIFY2(!stored.contains(key), key.constData());
            stored.insert(key, row.at(1).toString());
        }
        QCOMPARE(stored, load.accepted);
        qInfo("%lld requests accepted, %d pages read, %d answers 503, %d filings retried",
              qint64(load.accepted.size()), load.pagesRead, load.unavailable, load.retriedPosts);

        // And the server answers as before, at the first try.
        QCOMPARE(server.get(QStringLiteral("/api/v1/visits?limit=5"), plain.accessToken).status,
                 200);
        QCOMPARE(server
                     .submitRequest(plain.accessToken, "after-restart",
                                    securityReportBody(QStringLiteral("after")))
                     .status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TstServerDatabaseRestart)
#include "tst_server_database_restart.moc"
