#include "TestServer.h"

#include <QProcess>
#include <QTest>

using namespace pd::test;

// `privacy-dashboard --diagnose URL [--ca FILE]` as a user would run it.
class TestDiagnoseCli : public QObject
{
    Q_OBJECT

    TestServer m_server;

    struct Run {
        int exitCode = -1;
        QString output;
    };

    static Run diagnose(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("PD_APP_BINARY"), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PD_APP_BINARY"), "PD_APP_BINARY is not set");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void succeedsWithTheServersCa()
    {
        const Run run = diagnose({QStringLiteral("--diagnose"), m_server.origin().toString(),
                                  QStringLiteral("--ca"), m_server.caCertificatePath()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("TLS protocol: TLS 1.")));
        QVERIFY(run.output.contains(QLatin1String("Certificate verification: OK")));
        QVERIFY(run.output.contains(QLatin1String("SHA-256: ")));
        QVERIFY(run.output.contains(QLatin1String("Discovery: OK")));
        QVERIFY(run.output.contains(QLatin1String("Result: OK")));
        // Nothing about any account.
        for (const DemoAccount &account : m_server.accounts())
            QVERIFY(!run.output.contains(account.email));
    }

    void failsWithoutIt()
    {
        const Run run = diagnose({QStringLiteral("--diagnose"), m_server.origin().toString()});
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("Certificate verification: FAILED")));
        QVERIFY(run.output.contains(QLatin1String("Result: FAILED")));
    }

    void failsForPlainHttp()
    {
        QUrl url = m_server.origin();
        url.setScheme(QStringLiteral("http"));
        const Run run = diagnose({QStringLiteral("--diagnose"), url.toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.output.contains(QLatin1String("http://")));
    }

    void failsWhenNothingListens()
    {
        const Run run =
            diagnose({QStringLiteral("--diagnose"), QStringLiteral("https://127.0.0.1:1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.output.contains(QLatin1String("Reachable: FAILED")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnose_cli.moc"
