// Crash safety of the outbox, end to end: the outbox_submitter helper files
// requests to the real reference backend and is killed with SIGKILL at
// chosen points (found from its output, not from timing): between
// submissions, while a request is on the wire, right after an answer. After
// it finally finishes, every request must exist on the server exactly once
// and the outbox must show all of them sent.
#include "KillTestPayloads.h"
#include "TestServer.h"

#include "outbox/Outbox.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace pd;

namespace {

constexpr int kRequests = 24;
const QString kMarker = QStringLiteral("kill-test");

} // namespace

class TestOutboxKill : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestServer> m_server;
    QString m_token;
    QTemporaryDir m_dir;
    int m_resumedTotal = 0;
    QStringList m_log;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }

    // Runs the helper until `stopAt` returns true for one of its lines (then
    // SIGKILL) or until it exits by itself. Returns its exit code, or -1 when
    // it was killed.
    int runHelper(const std::function<bool(const QString &line)> &stopAt)
    {
        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PD_TEST_ACCESS_TOKEN"), m_token);
        helper.setProcessEnvironment(env);
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        bool killed = false;
        QByteArray pending;
        connect(&helper, &QProcess::readyReadStandardOutput, &helper, [&] {
            pending += helper.readAllStandardOutput();
            int end;
            while (!killed && (end = int(pending.indexOf('\n'))) >= 0) {
                const QString line = QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
                m_log << line;
                if (line.startsWith(u"resumed "))
                    m_resumedTotal += line.mid(8).toInt();
                if (stopAt(line)) {
                    helper.kill(); // SIGKILL: no chance to clean up
                    killed = true;
                } else if (line.startsWith(u"answered ")) {
                    helper.write("go\n"); // let the outbox record the answer
                }
            }
        });
        helper.start(QCoreApplication::applicationDirPath() + QStringLiteral("/outbox_submitter"),
                     {dbPath(), m_server->origin().toString(), m_server->caCertificatePath(),
                      QString::number(kRequests), kMarker});
        if (!helper.waitForStarted(10000))
            return -2;
        if (!QTest::qWaitFor([&] { return helper.state() == QProcess::NotRunning; }, 120000)) {
            helper.kill();
            helper.waitForFinished();
            return -3;
        }
        return killed ? -1 : helper.exitCode();
    }

    // Every request of the account on the server (all pages).
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

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<pd::test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        m_token = m_server->signIn(m_server->accounts().at(1)).accessToken;
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void everyRequestExactlyOnce()
    {
        const auto nth = [](const char *event, int n) {
            auto seen = std::make_shared<int>(0);
            return [=](const QString &line) {
                return line.startsWith(QLatin1StringView(event)) && ++*seen == n;
            };
        };
        // Killed between submissions.
        QCOMPARE(runHelper(nth("submitted ", 5)), -1);
        // Killed with a request marked "sending" (on the wire or not yet).
        QCOMPARE(runHelper(nth("sending ", 1)), -1);
        // Killed when the server has created the request but the outbox has
        // not recorded the answer: the classic lost response.
        QCOMPARE(runHelper(nth("answered ", 1)), -1);
        QCOMPARE(runHelper(nth("answered ", 2)), -1);
        // Killed right after an answer was recorded.
        QCOMPARE(runHelper(nth("sent ", 2)), -1);
        QCOMPARE(runHelper(nth("sending ", 3)), -1);
        QCOMPARE(runHelper(nth("answered ", 1)), -1);
        // Finally it runs to the end.
        QCOMPARE(runHelper([](const QString &) { return false; }), 0);
        QVERIFY2(m_log.contains(u"done"_qs), qPrintable(m_log.join(u'\n')));
        // The interesting path ran: every kill at "sending" or "answered" left
        // a request in "sending", which the next run sent again (same key).
        QVERIFY2(m_resumedTotal >= 5, qPrintable(m_log.join(u'\n')));

        // The server has each request exactly once.
        const QList<QJsonObject> onServer = serverRequests();
        QCOMPARE(onServer.size(), kRequests);
        for (int i = 0; i < kRequests; ++i) {
            const QString type = killtest::type(i);
            const QJsonObject payload = killtest::payload(i, kMarker);
            const auto copies =
                std::count_if(onServer.cbegin(), onServer.cend(), [&](const QJsonObject &r) {
                    return r.value(u"type").toString() == type &&
                           r.value(u"payload").toObject() == payload;
                });
            QVERIFY2(
                copies == 1,
                qPrintable(
                    QStringLiteral("request %1 is on the server %2 times").arg(i).arg(copies)));
        }

        // And the outbox shows every one sent, with the server's id.
        LocalStore store(dbPath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        Outbox outbox(&store);
        const QList<OutboxItem> items = outbox.items();
        QCOMPARE(items.size(), kRequests);
        QSet<QString> serverIds;
        for (const QJsonObject &request : onServer)
            serverIds.insert(request.value(u"id").toString());
        for (const OutboxItem &item : items) {
            QCOMPARE(item.state, OutboxItem::State::Sent);
            QVERIFY(serverIds.contains(item.serverRequestId));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outbox_kill.moc"
