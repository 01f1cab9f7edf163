// Demo mode never opens a server up (issue 10, item 14): loopback only, never
// on a database with other accounts, and credentials random per data folder.
#include "TestServer.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::test;

class TstServerDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesANonLoopbackAddress_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0:0");
        QTest::newRow("any IPv6") << QStringLiteral("[::]:0");
    }

    void refusesANonLoopbackAddress()
    {
        QFETCH(QString, listen);
        QTemporaryDir dir;
        QProcess server;
        server.start(qEnvironmentVariable("PD_SERVER_BINARY"),
                     {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"), listen,
                      QStringLiteral("--demo")});
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 1);
        QVERIFY(!server.readAllStandardOutput().contains("listening"));
        const QByteArray error = server.readAllStandardError();
        QVERIFY2(error.contains("--demo listens only on a loopback address"), error.constData());
    }

    void credentialsAreRandomPerDataFolderAndKeptThere()
    {
        TestServer first;
        QVERIFY2(first.start(), qPrintable(first.lastError()));
        TestServer second;
        QVERIFY2(second.start(), qPrintable(second.lastError()));
        const QList<DemoAccount> a = first.accounts();
        const QList<DemoAccount> b = second.accounts();
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 2);
        QVERIFY(!a.at(0).totpSecret.isEmpty());
        QVERIFY(a.at(1).totpSecret.isEmpty());
        QVERIFY(a.at(0).password != b.at(0).password);
        QVERIFY(a.at(1).password != b.at(1).password);
        QVERIFY(a.at(0).password != a.at(1).password);
        QVERIFY(a.at(0).totpSecret != b.at(0).totpSecret);
        // Neither the former published passwords nor the other folder's work.
        for (const QString &password : {QStringLiteral("Demo-Privasi-2026"), b.at(0).password}) {
            const Reply refused = first.postJson(
                QStringLiteral("/api/v1/auth/password"),
                QJsonObject{{QStringLiteral("email"), a.at(0).email},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("device_name"), QStringLiteral("test")}});
            QCOMPARE(refused.status, 401);
        }
        QVERIFY(!first.signIn(a.at(0)).accessToken.isEmpty());
        QVERIFY(!first.signIn(a.at(1)).accessToken.isEmpty());

        const QFileInfo kept(first.dataDir() + QStringLiteral("/demo-credentials.json"));
        QVERIFY(kept.exists());
        QCOMPARE(kept.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A restart on the same folder prints, and accepts, the same ones.
        QVERIFY2(first.restart(), qPrintable(first.lastError()));
        QCOMPARE(first.accounts().at(0).password, a.at(0).password);
        QCOMPARE(first.accounts().at(0).totpSecret, a.at(0).totpSecret);
        QCOMPARE(first.accounts().at(1).password, a.at(1).password);
        QVERIFY(!first.signIn(a.at(1)).accessToken.isEmpty());
    }

    void refusesADatabaseWithOtherAccounts()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        bool ok = false;
        server.runSql(QStringLiteral("INSERT INTO accounts (id, email, password_hash,"
                                     " password_changed_at, totp_enabled, created_at)"
                                     " VALUES ('customer-1', 'someone@example.org', 'x', 0, 0, 0)"),
                      {}, &ok);
        QVERIFY2(ok, qPrintable(server.lastError()));
        QVERIFY(!server.restart());
        QVERIFY2(server.lastError().contains(QLatin1String("holds accounts other than the demo's")),
                 qPrintable(server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TstServerDemo)
#include "tst_server_demo.moc"
