// Cold start of the app, as a ratio against a bare Qt Widgets window: both are
// run as fresh processes (offscreen, empty home folder) until their first
// window is on screen, several times each, interleaved; the medians are
// compared. The ctest entry checks that both start and exit cleanly, never
// their time.
//   bench_startup            the benchmark (PD_APP_BINARY: the app)
//   bench_startup --bare     the baseline process: one empty QWidget
#include "FirstWindowProbe.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRuns = 7;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int runBare(int argc, char *argv[])
{
    QApplication app(argc, argv);
    new pd::FirstWindowProbe(&app);
    QWidget window;
    window.resize(800, 600);
    window.show();
    return app.exec();
}

// Milliseconds until the process exited; -1 when it failed.
double timeProcess(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = QDir(home).filePath(QString::fromLatin1(name));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QString::fromLatin1(name), folder);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "--bare")
        return runBare(argc, argv);

    QCoreApplication app(argc, argv);
    const QString appBinary = qEnvironmentVariable("PD_APP_BINARY");
    if (appBinary.isEmpty()) {
        std::fputs("PD_APP_BINARY is not set\n", stderr);
        return 2;
    }
    QList<double> bare;
    QList<double> full;
    for (int run = 0; run < kRuns; ++run) {
        // A new home each run: no settings, no local store, no instance.
        QTemporaryDir bareHome;
        QTemporaryDir appHome;
        const double b = timeProcess(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--bare")}, bareHome.path());
        const double a =
            timeProcess(appBinary, {QStringLiteral("--quit-when-shown")}, appHome.path());
        if (b < 0 || a < 0) {
            out() << "bench_startup: a process did not start and exit cleanly ("
                  << (b < 0 ? "bare window" : "app") << ")\n";
            return 1;
        }
        bare << b;
        full << a;
    }
    const double bareMs = median(bare);
    const double appMs = median(full);
    out() << "cold start to the first window, median of " << kRuns << " runs (offscreen):\n"
          << "  bare QWidget window: " << QString::number(bareMs, 'f', 1) << " ms\n"
          << "  privacy-dashboard (sign-in window): " << QString::number(appMs, 'f', 1) << " ms\n"
          << "  ratio app / bare window: " << QString::number(appMs / bareMs, 'f', 2) << "x\n";
    out().flush();
    return 0;
}
