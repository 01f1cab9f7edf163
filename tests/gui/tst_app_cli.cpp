#include "IsolatedEnvironment.h"
#include "TsTranslation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The built `privacy-dashboard` executable, run as a user would.
class TestAppCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Every run gets its own runtime, settings and data folders, so it
    // neither meets a developer's real instance nor touches their files.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = pd::test::isolatedEnvironment(m_home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    QString socketPath() const
    {
        return QDir(m_home.filePath(QStringLiteral("XDG_RUNTIME_DIR")))
            .filePath(QStringLiteral("privacy-dashboard.socket"));
    }

    static QString binary() { return qEnvironmentVariable("PD_APP_BINARY"); }

    // The Indonesian translation of `source` in the project's .ts file.
    static QString translationOf(const QString &source)
    {
        return pd::test::tsTranslation(
            QStringLiteral(PD_TRANSLATIONS_DIR "/privacy-dashboard_id.ts"), source);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PD_APP_BINARY is not set");
        QVERIFY(m_home.isValid());
    }

    void printsItsVersion()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QCOMPARE(output, QStringLiteral("Privacy Dashboard " PD_EXPECTED_VERSION));
    }

    void versionNeedsNoDisplay()
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(binary(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QLatin1String(PD_EXPECTED_VERSION)));
    }

    void helpListsTheOptions()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option :
             {"--server", "--profile", "--lang", "--demo", "--diagnose", "--version"})
            QVERIFY2(output.contains(QLatin1String(option)), option);
    }

    // The translations are built into the app: --lang id reads Indonesian
    // (the expected text comes from the translation file itself).
    void helpIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QString source = QStringLiteral("See and control what the platform holds about you.");
        QTest::newRow("id") << QStringLiteral("id") << translationOf(source);
        QTest::newRow("en") << QStringLiteral("en") << source;
    }
    void helpIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(!expected.isEmpty());
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(), {QStringLiteral("--lang"), language, QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    // The modules (charts, phone numbers, keychain, single sign-on, ZIP, QR
    // code) are found relative to the binary, as the install rules place
    // them, without $PD_MODULE_DIR.
    void findsItsModulesBesideItsBinary()
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("PD_MODULE_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(binary(), {QStringLiteral("--check-modules")});
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        for (const char *name : {"charts", "phonenumbers", "keychain", "sso", "zip", "qrcode"}) {
            QVERIFY2(output.contains(QStringLiteral("module %1: /").arg(QLatin1String(name))),
                     qPrintable(output));
        }
    }

    // A copy of the binary somewhere else has no modules: it says so.
    void saysWhichModulesAreMissing()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString copy = elsewhere.filePath(QStringLiteral("privacy-dashboard"));
        QVERIFY(QFile::copy(binary(), copy));
        QProcess process;
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("PD_MODULE_DIR"));
        process.setProcessEnvironment(env);
        process.start(copy, {QStringLiteral("--check-modules")});
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(output.contains(QLatin1String("module charts: missing")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("module phonenumbers: missing")),
                 qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("module keychain: missing")), qPrintable(output));
        for (const char *name : {"sso", "zip", "qrcode"}) {
            QVERIFY2(output.contains(QStringLiteral("module %1: missing").arg(QLatin1String(name))),
                     qPrintable(output));
        }
    }

    void secondInstanceHandsOverAndExits()
    {
        QProcess first;
        first.setProcessEnvironment(environment());
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(binary(), {});
        QVERIFY(first.waitForStarted(30000));
        // The first instance is ready once its socket exists.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), 30000);
        QCOMPARE(first.state(), QProcess::Running);

        QProcess second;
        second.setProcessEnvironment(environment());
        QSignalSpy finished(&second, &QProcess::finished);
        second.start(binary(), {});
        QVERIFY(second.waitForStarted(30000));
        QVERIFY2(finished.wait(15000), "the second instance kept running");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        // The first one is unaffected.
        QCOMPARE(first.state(), QProcess::Running);
        QVERIFY(QFile::exists(socketPath()));

        first.terminate();
        if (!first.waitForFinished(15000))
            first.kill();
    }
};

QTEST_MAIN(TestAppCli)
#include "tst_app_cli.moc"
