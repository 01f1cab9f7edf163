// A large export is built off the server's event loop: while one account's
// archive of many visits is being written, another account's requests are
// answered, and the export still completes once with the expected content.
#include "TestServer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>

#include <cerrno>
#endif

using namespace pd::test;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
// Enough visits that writing them twice (JSON and CSV) takes seconds even in
// a Release build, far longer than one request's round trip. Under the
// sanitizers (CI) the server writes each row several times slower, so a
// third of them keep the build as long while seeding and checking cost a
// third.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kVisits = 50000;
#else
constexpr int kVisits = 150000;
#endif
constexpr int kWaitMs = 120000;
// The processor defers the next step of an export it handed to its worker
// by a lease of minutes; a step due within this margin is not leased.
constexpr qint64 kLeasedBeyondMs = 60 * 1000;
// A request's history when it went through each status once.
const QStringList kOnce{QStringLiteral("received"), QStringLiteral("verifying"),
                        QStringLiteral("in_progress"), QStringLiteral("completed")};

} // namespace

class TstServerExportConcurrency : public QObject
{
    Q_OBJECT

private:
    // The request's row as the database has it: status and next step.
    QPair<QString, qint64> row(const QString &id)
    {
        bool ok = false;
        const QList<QVariantList> rows = m_server.runSql(
            QStringLiteral("SELECT status, next_step_at FROM requests WHERE id = ?"), {id}, &ok);
        if (!ok || rows.isEmpty())
            return {};
        return {rows.first().at(0).toString(), rows.first().at(1).toLongLong()};
    }

    // Under way: the processor has handed the build to its worker, which it
    // records by deferring the request's next step by its lease.
    bool building(const QString &id, qint64 filedAtMs)
    {
        const auto [status, nextStepAt] = row(id);
        return status == QLatin1String("in_progress") && nextStepAt > filedAtMs + kLeasedBeyondMs;
    }

    bool finished(const QString &id)
    {
        const QString status = row(id).first;
        return !status.isEmpty() && status != QLatin1String("in_progress") &&
               status != QLatin1String("verifying") && status != QLatin1String("received");
    }

    // Files an export of the account's visits in JSON and CSV; its id.
    QString fileVisitsExport(const QByteArray &key)
    {
        const Reply created = m_server.submitRequest(
            m_exporter.accessToken, key,
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("export")},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("visits")}},
                             {QStringLiteral("format"), QStringLiteral("both")}}}});
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString()
                                     : QString();
    }

    QJsonObject requestOf(const QString &id)
    {
        return m_server.get(kRequests + QLatin1Char('/') + id, m_exporter.accessToken).json();
    }

    static QStringList historyOf(const QJsonObject &request)
    {
        QStringList statuses;
        for (const QJsonValue &entry : request.value(QStringLiteral("history")).toArray())
            statuses << entry.toObject().value(QStringLiteral("status")).toString();
        return statuses;
    }

    // The rows each file of the request's archive holds, as its manifest
    // says; empty when the archive cannot be read.
    QList<qint64> manifestRows(const QString &id)
    {
        QByteArray archive =
            m_server
                .get(kRequests + QLatin1Char('/') + id + QStringLiteral("/archive"),
                     m_exporter.accessToken)
                .body;
        QBuffer buffer(&archive);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("manifest.json")))
            return {};
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<qint64> rows;
        const QJsonArray files = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("files"))
                                     .toArray();
        for (const QJsonValue &entry : files)
            rows << entry.toObject().value(QStringLiteral("rows")).toInteger();
        return rows;
    }

    QStringList exportFiles()
    {
        return QDir(QDir(m_server.dataDir()).filePath(QStringLiteral("exports")))
            .entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_server.start({QStringLiteral("--process-after"), QStringLiteral("0"),
                                 QStringLiteral("--demo-scale"), QString::number(kVisits)}),
                 qPrintable(m_server.lastError()));
        qInfo("server with %d visits up after %lld ms (%s)", kVisits, timer.elapsed(),
              qEnvironmentVariableIsSet("PD_TEST_POSTGRES") ? "PostgreSQL" : "SQLite");
        m_exporter = m_server.signIn(m_server.accounts().at(0));
        m_other = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(!m_exporter.accessToken.isEmpty() && !m_other.accessToken.isEmpty());
    }

    // The worker builds at a lower priority than the threads that answer:
    // under load (100 connections on two cores) its share had held every
    // page up.
    void theWorkerThreadRunsAtALowerPriority()
    {
#ifdef Q_OS_LINUX
        const QString tasks = QStringLiteral("/proc/%1/task").arg(m_server.processId());
        QList<id_t> workers;
        QList<id_t> others;
        for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks + QLatin1Char('/') + tid + QStringLiteral("/comm"));
            if (!comm.open(QIODevice::ReadOnly))
                continue; // a thread that ended meanwhile
            (comm.readAll().trimmed() == "export-worker" ? workers : others) << tid.toUInt();
        }
        QCOMPARE(workers.size(), 1);
        QVERIFY(!others.isEmpty());
        // Ten nicer than the server itself, which the test may run nicer.
        errno = 0;
        const int serverNice = getpriority(PRIO_PROCESS, id_t(m_server.processId()));
        const int workerNice = getpriority(PRIO_PROCESS, workers.first());
        QCOMPARE(errno, 0);
        QCOMPARE(workerNice, qMin(serverNice + 10, 19));
        QVERIFY(workerNice > serverNice);
        // Lowered by its nice value, not starved: SCHED_IDLE would wait for
        // every other process on the machine.
        QCOMPARE(sched_getscheduler(pid_t(workers.first())), SCHED_OTHER);
        // Every other thread (the event loops, page readers) keeps the
        // server's own priority.
        for (const id_t other : std::as_const(others))
            QCOMPARE(getpriority(PRIO_PROCESS, other), serverNice);
#else
        QSKIP("thread priorities are read on Linux only");
#endif
    }

    void otherAccountsAreAnsweredWhileAnExportBuilds()
    {
        const qint64 filedAt = QDateTime::currentMSecsSinceEpoch();
        const QString id = fileVisitsExport("export-large");
        QVERIFY(!id.isEmpty());

        // Watched in the database, not through the API: on a server that
        // builds on its event loop, an API call would itself wait for the
        // build.
        QTRY_VERIFY_WITH_TIMEOUT(building(id, filedAt) || finished(id), kWaitMs);
        QVERIFY2(!finished(id), "the export was built without ever being seen under way: the "
                                "server did not hand it to a worker");

        // Another account reads a data page and signs in again, and is
        // answered while the archive is still being written.
        QElapsedTimer timer;
        timer.start();
        const Reply page =
            m_server.get(QStringLiteral("/api/v1/visits?limit=50"), m_other.accessToken);
        const qint64 pageMs = timer.restart();
        QCOMPARE(page.status, 200);
        QVERIFY(!page.json().value(QStringLiteral("items")).toArray().isEmpty());
        const Tokens again = m_server.signIn(m_server.accounts().at(1), QStringLiteral("second"));
        const qint64 signInMs = timer.elapsed();
        QVERIFY(!again.accessToken.isEmpty());
        QVERIFY2(building(id, filedAt), "the export finished before the other account's "
                                        "requests were answered");
        qInfo("while the export built: GET /visits answered in %lld ms, sign-in in %lld ms", pageMs,
              signInMs);

        // More requests keep being answered while it builds (at most 200:
        // the server's rate limit is per minute).
        int answered = 0;
        qint64 slowestMs = 0;
        while (building(id, filedAt) && answered < 200) {
            timer.restart();
            const Reply more = m_server.get(QStringLiteral("/api/v1/usage"), m_other.accessToken);
            slowestMs = qMax(slowestMs, timer.elapsed());
            QCOMPARE(more.status, 200);
            ++answered;
        }
        qInfo("%d more requests answered during the build, the slowest in %lld ms", answered,
              slowestMs);

        QTRY_VERIFY_WITH_TIMEOUT(finished(id), kWaitMs);
        const QJsonObject done = requestOf(id);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(historyOf(done), kOnce);
        m_id = id;
        m_result = done.value(QStringLiteral("result")).toObject();
    }

    void theArchiveWasBuiltOnceWithEveryVisit()
    {
        QVERIFY(!m_id.isEmpty());
        bool ok = false;
        const QList<QVariantList> archives = m_server.runSql(
            QStringLiteral("SELECT size_bytes FROM export_archives WHERE request_id = ?"), {m_id},
            &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        QCOMPARE(archives.size(), 1);
        QCOMPARE(archives.first().first().toLongLong(),
                 m_result.value(QStringLiteral("size_bytes")).toInteger());
        // No partial archive left next to it.
        QCOMPARE(exportFiles(), QStringList{m_id + QStringLiteral(".zip")});
        QCOMPARE(manifestRows(m_id), (QList<qint64>{kVisits, kVisits}));
    }

    void anExportCutShortByARestartIsBuiltOnceAfterIt()
    {
        const qint64 filedAt = QDateTime::currentMSecsSinceEpoch();
        const QString id = fileVisitsExport("export-restart");
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(building(id, filedAt) || finished(id), kWaitMs);
        QVERIFY(!finished(id));

        // A clean stop hands the export back at once (well before its lease
        // runs out) and leaves no partial archive behind.
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(finished(id), kWaitMs);
        const QJsonObject done = requestOf(id);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(historyOf(done), kOnce);
        QCOMPARE(manifestRows(id), (QList<qint64>{kVisits, kVisits}));
        QStringList archives{m_id + QStringLiteral(".zip"), id + QStringLiteral(".zip")};
        archives.sort();
        QCOMPARE(exportFiles(), archives);
    }

private:
    TestServer m_server;
    Tokens m_exporter;
    Tokens m_other;
    QString m_id;
    QJsonObject m_result;
};

QTEST_GUILESS_MAIN(TstServerExportConcurrency)
#include "tst_server_export_concurrency.moc"
