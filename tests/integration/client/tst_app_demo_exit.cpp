// `privacy-dashboard --demo` ended by a signal leaves nothing behind: on
// SIGTERM, SIGINT or SIGHUP it quits normally (its demo server stopped, its
// temporary folder removed); on SIGKILL the kernel kills the server with it
// (PR_SET_PDEATHSIG) and the next start removes the folder. Also checks that
// the app runs without core dumps (ProcessHardening, called first in main()).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace {

// The pid of `parent`'s child running privacy-dashboard-server, or 0.
qint64 serverChildOf(qint64 parent)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != parent)
            continue;
        if (QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid))
                .endsWith(QLatin1String("/privacy-dashboard-server")))
            return pid;
    }
    return 0;
}

// Gone, or a zombie nobody has reaped yet: either way no longer running.
bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const QByteArray state = line.mid(line.lastIndexOf(')') + 2, 1);
    return state != "Z" && state != "X";
}

// Whether `pid` has a listening TCP socket (the server is up).
bool isListening(qint64 pid)
{
    QSet<QByteArray> inodes;
    // symLinkTarget() makes "socket:[inode]" an absolute path: match its end.
    QDirIterator fds(QStringLiteral("/proc/%1/fd").arg(pid), QDir::System | QDir::Files);
    static const QRegularExpression socket(QStringLiteral("socket:\\[([0-9]+)\\]$"));
    while (fds.hasNext()) {
        const QRegularExpressionMatch match = socket.match(QFile::symLinkTarget(fds.next()));
        if (match.hasMatch())
            inodes.insert(match.captured(1).toLatin1());
    }
    for (const QString &table :
         {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() > 9 && fields.at(3) == "0A" && inodes.contains(fields.at(9)))
                return true;
        }
    }
    return false;
}

} // namespace

class TestAppDemoExit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QString tempDir() const { return m_root.filePath(QStringLiteral("tmp")); }

    QStringList demoFolders() const
    {
        return QDir(tempDir()).entryList({QStringLiteral("privacy-dashboard-demo-*")},
                                         QDir::Dirs | QDir::NoDotAndDotDot);
    }

    // Starts the app in demo mode and waits until its server listens.
    bool startDemo(QProcess &app, qint64 *serverPid)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TMPDIR"), tempDir());
        env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(qEnvironmentVariable("PD_APP_BINARY"), {QStringLiteral("--demo")});
        if (!app.waitForStarted(10000))
            return false;
        const bool up = QTest::qWaitFor(
            [&] {
                *serverPid = serverChildOf(app.processId());
                return *serverPid != 0 && isListening(*serverPid);
            },
            60000);
        return up && app.state() == QProcess::Running;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PD_APP_BINARY"), "PD_APP_BINARY is not set");
        QVERIFY(m_root.isValid());
        for (const char *folder : {"tmp", "home", "run", "config", "data"})
            QVERIFY(QDir(m_root.path()).mkdir(QString::fromLatin1(folder)));
        QVERIFY(QFile::setPermissions(m_root.filePath(QStringLiteral("run")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void quitSignalEndsEverything_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void quitSignalEndsEverything()
    {
        QFETCH(int, signalNumber);
        QProcess app;
        qint64 server = 0;
        QVERIFY(startDemo(app, &server));
        QCOMPARE(demoFolders().size(), 1);
        QVERIFY(::kill(pid_t(app.processId()), signalNumber) == 0);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(server), 10000);
        QVERIFY2(demoFolders().isEmpty(), qPrintable(demoFolders().join(u' ')));
    }

    void killedAppTakesItsServerAlong()
    {
        QProcess app;
        qint64 server = 0;
        QVERIFY(startDemo(app, &server));
        const QStringList folders = demoFolders();
        QCOMPARE(folders.size(), 1);
        QVERIFY(::kill(pid_t(app.processId()), SIGKILL) == 0);
        QVERIFY(app.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(server), 10000);
        // Nobody could clean up: the folder stays until the next start.
        QCOMPARE(demoFolders(), folders);

        QProcess next;
        qint64 nextServer = 0;
        QVERIFY(startDemo(next, &nextServer));
        QVERIFY(!demoFolders().contains(folders.constFirst()));
        QCOMPARE(demoFolders().size(), 1);
        QVERIFY(::kill(pid_t(next.processId()), SIGTERM) == 0);
        QVERIFY(next.waitForFinished(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(nextServer), 10000);
        QVERIFY(demoFolders().isEmpty());
    }

    void appRunsWithoutCoreDumps()
    {
        QProcess app;
        qint64 server = 0;
        QVERIFY(startDemo(app, &server));
        QFile limits(QStringLiteral("/proc/%1/limits").arg(app.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        static const QRegularExpression core(
            QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
        const QRegularExpressionMatch match = core.match(QString::fromLatin1(text));
        QVERIFY2(match.hasMatch(), text.constData());
        QCOMPARE(match.captured(1), QStringLiteral("0"));
        QCOMPARE(match.captured(2), QStringLiteral("0"));
        QVERIFY(::kill(pid_t(app.processId()), SIGTERM) == 0);
        QVERIFY(app.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestAppDemoExit)
#include "tst_app_demo_exit.moc"
