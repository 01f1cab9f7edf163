// Soak of the outbox under a hostile network and random crashes: the
// outbox_submitter helper files requests of every type and sends them
// through FaultProxy (drops, delays, truncations, corruption, stalls, 5xx,
// 429) to the reference backend, and is SIGKILLed at random moments
// (after a random number of its output lines) and started again, while the
// user cancels some requests elsewhere (directly on the backend). At the
// end the server holds each request exactly once, the outbox has every
// request the user filed, sent, with the server's id and current status, and
// the store passes PRAGMA integrity_check (quick_check after every kill).
//
// Environment (scripts/soak sets them):
//   PD_FAULT_SEED     the seed of the faults and kill moments (printed; a
//                     random one when unset): the same seed replays a run
//   PD_SOAK_KILLS     kills before the final run (default 30)
//   PD_SOAK_REQUESTS  requests filed (default 32; at most 120)
#include "FaultProxy.h"
#include "KillTestPayloads.h"
#include "TestServer.h"

#include "outbox/Outbox.h"
#include "outbox/RequestTracker.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace pd;
using namespace pd::test;

namespace {

const QString kMarker = QStringLiteral("soak");

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestOutboxSoak : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_token;
    DemoAccount m_account;
    killtest::SoakAccount m_soakAccount;
    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_kills = 0;
    int m_requests = 0;
    QElapsedTimer m_sinceReauthentication;

    // What the helper runs said, for the assertions and a failure's report.
    QStringList m_log;
    QHash<int, int> m_submitted; // request index -> "submitted" lines
    int m_resumedTotal = 0;
    int m_cancelled = 0;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }

    QString reproduce() const
    {
        return QStringLiteral("seed %1 (PD_FAULT_SEED=%1 PD_SOAK_KILLS=%2 PD_SOAK_REQUESTS=%3 "
                              "replays it); last lines:\n%4")
            .arg(m_seed)
            .arg(m_kills)
            .arg(m_requests)
            .arg(m_log.mid(qMax(0, m_log.size() - 40)).join(u'\n'));
    }

    // Runs the helper filing requests 0..count-1 until `stopAt` returns true
    // for one of its lines (then SIGKILL) or it exits. Its exit code, or -1
    // when it was killed.
    int runHelper(int count, const std::function<bool(const QString &line)> &stopAt)
    {
        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PD_TEST_ACCESS_TOKEN"), m_token);
        // Its retries are many and expected; warnings (a refusal) still show.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pd.*.info=false"));
        helper.setProcessEnvironment(env);
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bool killed = false;
        QByteArray pending;
        const auto drain = [&] {
            pending += helper.readAllStandardOutput();
            qsizetype end;
            // Lines read after the kill were written before it: still true.
            while ((end = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
                m_log << line;
                if (line.startsWith(u"resumed "))
                    m_resumedTotal += line.mid(8).toInt();
                else if (line.startsWith(u"submitted "))
                    ++m_submitted[line.mid(10).toInt()];
                if (!killed && stopAt(line)) {
                    helper.kill(); // SIGKILL: no chance to clean up
                    killed = true;
                }
            }
        };
        connect(&helper, &QProcess::readyReadStandardOutput, &helper, drain);
        helper.start(QCoreApplication::applicationDirPath() + QStringLiteral("/outbox_submitter"),
                     {dbPath(), m_proxy->origin().toString(), m_server->caCertificatePath(),
                      QString::number(count), kMarker, QStringLiteral("--soak"),
                      QStringLiteral("--email"), m_soakAccount.email, QStringLiteral("--etag"),
                      m_soakAccount.profileEtag});
        if (!helper.waitForStarted(10000))
            return -2;
        // Generous: a run may meet several delays, stalls and Retry-Afters.
        if (!QTest::qWaitFor([&] { return helper.state() == QProcess::NotRunning; }, 180000)) {
            helper.kill();
            helper.waitForFinished();
            return -3;
        }
        drain(); // what is left in the pipe
        return killed ? -1 : helper.exitCode();
    }

    // Every request of the account on the server (all pages), straight from
    // the backend.
    QList<QJsonObject> serverRequests()
    {
        QList<QJsonObject> all;
        QString cursor;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const auto reply = m_server->get(
                QStringLiteral("/api/v1/requests?") + query.query(QUrl::FullyEncoded), m_token);
            if (reply.status != 200)
                return {};
            const QJsonObject page = reply.json();
            for (const QJsonValue &item : page.value(u"items").toArray())
                all.append(item.toObject());
            cursor = page.value(u"next_cursor").toString();
        } while (!cursor.isEmpty());
        return all;
    }

    // The user cancels one open request from another device.
    bool cancelOneOpenRequest()
    {
        QList<QJsonObject> open;
        for (const QJsonObject &request : serverRequests()) {
            if (!RequestTracker::isFinal(request.value(u"status").toString()))
                open << request;
        }
        if (open.isEmpty())
            return true;
        const QString id = open.at(m_random.bounded(int(open.size()))).value(u"id").toString();
        const Reply reply = m_server->request(
            "POST", QStringLiteral("/api/v1/requests/%1/cancel").arg(id), {}, {}, m_token);
        m_cancelled += reply.status == 200 ? 1 : 0;
        return reply.status == 200;
    }

    // The store as the next run finds it is a consistent database.
    static QString check(const QString &path, const QString &pragma)
    {
        const QString name = QStringLiteral("soak-check");
        QString answer;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                QStringList rows;
                if (query.exec(QStringLiteral("PRAGMA ") + pragma)) {
                    while (query.next())
                        rows << query.value(0).toString();
                }
                answer = rows.join(u'\n');
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool seeded = false;
        m_seed = quint32(qEnvironmentVariable("PD_FAULT_SEED").toUInt(&seeded));
        if (!seeded)
            m_seed = QRandomGenerator::system()->generate();
        // The kill schedule draws from its own stream of the same seed.
        m_random.seed(m_seed ^ 0x9e3779b9u);
        m_kills = environmentNumber("PD_SOAK_KILLS", 30);
        m_requests =
            qBound(8, environmentNumber("PD_SOAK_REQUESTS", 32), killtest::kMaxSoakRequests);
        qInfo().noquote() << QStringLiteral("soak seed %1 (PD_FAULT_SEED=%1 replays it), %2 kills, "
                                            "%3 requests")
                                 .arg(m_seed)
                                 .arg(m_kills)
                                 .arg(m_requests);

        m_server = std::make_unique<TestServer>();
        // Requests stay open: the user's cancels are the only status changes,
        // and corrections keep matching the profile's ETag.
        QVERIFY2(m_server->start(TestServer::processAfter(3600)),
                 qPrintable(m_server->lastError()));
        m_account = m_server->accounts().at(1);
        m_token = m_server->signIn(m_account).accessToken;
        QVERIFY(!m_token.isEmpty());
        const Reply profile = m_server->get(QStringLiteral("/api/v1/profile"), m_token);
        QCOMPARE(profile.status, 200);
        m_soakAccount = {m_account.email, QString::fromLatin1(profile.header("etag"))};
        QVERIFY(!m_soakAccount.profileEtag.isEmpty());
        QVERIFY(serverRequests().isEmpty());

        m_proxy = std::make_unique<FaultProxy>(m_seed);
        // Short waits: the soak is about many crashes among faults, and a
        // long Retry-After only pauses the outbox (tst_outbox_sender covers
        // honouring it).
        m_proxy->setMaxDelayMs(800);
        m_proxy->setMaxRetryAfterSeconds(1);
        const QDir data(m_server->dataDir());
        QString error;
        QVERIFY2(m_proxy->listen(data.filePath(QStringLiteral("dev-server.pem")),
                                 data.filePath(QStringLiteral("dev-server-key.pem")),
                                 m_server->origin(), m_server->caCertificatePath(), &error),
                 qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_proxy.reset();
        m_server.reset();
    }

    void everyRequestOnceThroughFaultsAndKills()
    {
        QElapsedTimer duration;
        duration.start();
        int kills = 0;
        int runs = 0;
        while (kills < m_kills) {
            // The user files requests over the first four fifths of the kills.
            const int filed =
                qMin(m_requests, (m_requests * (kills + 1) * 5 + 4 * m_kills - 1) / (4 * m_kills));
            if (m_random.bounded(4) == 0)
                QVERIFY2(cancelOneOpenRequest(), qPrintable(reproduce()));
            // A deletion needs a password confirmed in the last 5 minutes
            // (the app asks for it); the soak confirms it now and then.
            if (!m_sinceReauthentication.isValid() ||
                m_sinceReauthentication.hasExpired(4 * 60 * 1000)) {
                QCOMPARE(m_server->reauthenticate(m_account, m_token).status, 204);
                m_sinceReauthentication.start();
            }
            const int killAfter = 1 + int(m_random.bounded(16));
            int lines = 0;
            const int result =
                runHelper(filed, [&](const QString &) { return ++lines == killAfter; });
            ++runs;
            if (result == -1) {
                ++kills;
                if (kills % 50 == 0)
                    qInfo().noquote() << QStringLiteral("soak: %1 kills, %2 s; faults: %3")
                                             .arg(kills)
                                             .arg(duration.elapsed() / 1000)
                                             .arg(m_proxy->summary());
                QCOMPARE(check(dbPath(), QStringLiteral("quick_check")), u"ok"_qs);
            } else {
                QVERIFY2(result == 0, qPrintable(QStringLiteral("the helper ended with %1; %2")
                                                     .arg(result)
                                                     .arg(reproduce())));
            }
        }
        // Finally it runs to the end, still through the faults.
        QVERIFY2(runHelper(m_requests, [](const QString &) { return false; }) == 0,
                 qPrintable(reproduce()));
        QVERIFY2(m_log.constLast() == u"done", qPrintable(reproduce()));

        qInfo().noquote() << QStringLiteral(
                                 "soak: %1 kills survived in %2 runs, %3 requests, %4 resumed "
                                 "from \"sending\", %5 cancelled elsewhere, %6 s, seed %7")
                                 .arg(kills)
                                 .arg(runs + 1)
                                 .arg(m_requests)
                                 .arg(m_resumedTotal)
                                 .arg(m_cancelled)
                                 .arg(double(duration.elapsed()) / 1000.0, 0, 'f', 1)
                                 .arg(m_seed);
        qInfo().noquote() << QStringLiteral("soak: %1 exchanges through the proxy, %2 forwarded; "
                                            "faults: %3")
                                 .arg(m_proxy->exchanges())
                                 .arg(m_proxy->forwarded())
                                 .arg(m_proxy->summary());

        // The user filed each request once: what an earlier run committed,
        // no later run filed again. (A run killed between the commit and
        // its line leaves a request filed without a line.)
        for (auto it = m_submitted.cbegin(); it != m_submitted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("request %1 was filed %2 times; %3")
                                                     .arg(it.key())
                                                     .arg(it.value())
                                                     .arg(reproduce())));

        // The server has each request exactly once, and nothing else.
        const QList<QJsonObject> onServer = serverRequests();
        QVERIFY2(onServer.size() == m_requests,
                 qPrintable(QStringLiteral("%1 requests on the server; %2")
                                .arg(onServer.size())
                                .arg(reproduce())));
        QHash<QString, QJsonObject> byId;
        for (int i = 0; i < m_requests; ++i) {
            const QString type = killtest::soakType(i);
            const QJsonObject payload = killtest::soakPayload(i, kMarker, m_soakAccount);
            QList<QJsonObject> copies;
            for (const QJsonObject &request : onServer) {
                if (request.value(u"type").toString() == type &&
                    request.value(u"payload").toObject() == payload)
                    copies << request;
            }
            QVERIFY2(copies.size() == 1,
                     qPrintable(QStringLiteral("request %1 (%2) is on the server %3 times; %4")
                                    .arg(i)
                                    .arg(type)
                                    .arg(copies.size())
                                    .arg(reproduce())));
            byId.insert(copies.constFirst().value(u"id").toString(), copies.constFirst());
        }

        // The client's view agrees: every request it holds is sent, under the
        // server's id, with the server's current status.
        {
            LocalStore store(dbPath());
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            Outbox outbox(&store);
            const QList<OutboxItem> items = outbox.items();
            QCOMPARE(items.size(), m_requests);
            QSet<QString> seen;
            for (const OutboxItem &item : items) {
                QCOMPARE(OutboxItem::stateName(item.state),
                         OutboxItem::stateName(OutboxItem::State::Sent));
                QVERIFY2(byId.contains(item.serverRequestId), qPrintable(item.serverRequestId));
                QVERIFY(!seen.contains(item.serverRequestId));
                seen.insert(item.serverRequestId);
                const QJsonObject &server = byId.value(item.serverRequestId);
                QCOMPARE(item.type, server.value(u"type").toString());
                QCOMPARE(item.payload, server.value(u"payload").toObject());
                QCOMPARE(item.serverRequest.value(u"status").toString(),
                         server.value(u"status").toString());
            }
        }
        QCOMPARE(check(dbPath(), QStringLiteral("integrity_check")), u"ok"_qs);

        // The soak exercised what it is for.
        QVERIFY2(m_resumedTotal > 0, qPrintable(reproduce()));
        QVERIFY(m_proxy->exchanges() > m_proxy->injected(Fault::None));
    }
};

QTEST_GUILESS_MAIN(TestOutboxSoak)
#include "tst_outbox_soak.moc"
