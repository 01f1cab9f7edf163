// Cold start of the app, as fresh processes (offscreen, a home folder of
// their own each run), each against a bare Qt program run in the same loop,
// interleaved run by run; the medians are compared.
//  1. To the sign-in window (an empty home), against a bare QWidget window,
//     and against a bare form that draws text; a bare QLabel of one word is
//     printed against the bare QWidget too, what text alone costs a floor.
//  2. The start that matters: to the main window showing cached rows, a
//     signed-in session restored (a server profile, its refresh token in the
//     keychain, a local store of visits, the Activity page open when the app
//     was last closed), against a bare QMainWindow showing a table of rows.
//     The profile's server accepts connections and never answers: the
//     session's refresh stays in flight, as on a slow network, so the time
//     measured cannot have waited for it.
// The ctest entry (2 runs, a small store) checks that every process starts
// and reaches its window, never the time.
//   bench_startup [--quick | --full] [--runs N] [--visits N]
//       --quick  (the default) 2 runs and 2,000 cached visits (ctest)
//       --full   15 runs and 100,000 cached visits (scripts/bench); a
//                median of 7 moved by 1-2 ms from one run to the next
//   bench_startup --prepare-home DIR [--visits N]
//       only writes the signed-in home into DIR (its XDG_* folders), to
//       profile a start by hand (perf, strace): run the app on a copy, with
//       HOME and XDG_* set to its folders. Its server is gone once this
//       exits, so the session's refresh fails, after the first frame.
// The floors are bench_startup_floor (next to this binary), which links
// nothing but Qt Widgets.
// With dbus-run-session and gnome-keyring-daemon installed, the benchmark
// runs itself in a private D-Bus session with a throw-away unlocked keyring,
// where the token is stored, as tests/unit/auth/run-with-keyring.sh does;
// without them, or with PD_BENCH_NO_KEYRING set, the token is not stored (the
// output says so; it is read only after the first frame anyway).
#include "SyntheticVisits.h"

#include "auth/KeychainTokenStore.h"
#include "core/ModuleLoader.h"
#include "core/SettingKeys.h"
#include "net/ServerProfileStore.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace pd;

namespace {

// The Activity page's place in the sidebar (PageCatalog's order).
constexpr int kActivityPage = 2;
constexpr double kTarget = 1.5;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == name)
            return true;
    }
    return false;
}

int intArgument(int argc, char *argv[], const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == name)
            return QByteArray(argv[i + 1]).toInt();
    }
    return fallback;
}

QString stringArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == name)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

// The folders of a home, named after the variables that point to them.
QString folder(const QString &home, const char *variable)
{
    return QDir(home).filePath(QString::fromLatin1(variable));
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3 +
           (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
}

// One process's start, in milliseconds from the moment it was started.
struct Timing {
    double firstFrame = -1; // its window on screen (the probe's report)
    double exited = -1;     // it exited (after quitting and tearing down)
    double cpu = -1;        // user and system time it used, all threads
};

// The process's timing; firstFrame is -1 when it failed, timed out or did
// not report.
Timing timeProcess(const QString &program, const QStringList &arguments, const QString &home,
                   int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = folder(home, name);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QString::fromLatin1(name), path);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Timing timing;
    const double cpuBefore = childrenCpuMs();
    const qint64 started = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return timing;
    }
    const qint64 exited = monotonicNs();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return timing;
    // Both clocks are CLOCK_MONOTONIC, shared by the processes.
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.indexOf("first-frame-ns ");
    if (at < 0)
        return timing;
    const qint64 frame = output.mid(at + 15).split('\n').constFirst().trimmed().toLongLong();
    timing.firstFrame = double(frame - started) / 1e6;
    timing.exited = double(exited - started) / 1e6;
    timing.cpu = childrenCpuMs() - cpuBefore;
    return timing;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

// Loads the keychain module from where this build tree puts it, unless
// $PD_MODULE_DIR names a folder already. ModuleLoader keeps it once loaded,
// so the variable is unset again: the apps timed get this environment as it
// was, and find their modules as installed.
void loadKeychainModule()
{
    if (!qEnvironmentVariableIsEmpty("PD_MODULE_DIR"))
        return;
    qputenv("PD_MODULE_DIR", PD_MODULE_BUILD_DIR);
    ModuleLoader::instance(KeychainTokenStore::moduleName());
    qunsetenv("PD_MODULE_DIR");
}

// Stores `secret` under `key` in the keychain; false when there is none.
bool storeToken(const QString &key, const QString &secret)
{
    loadKeychainModule();
    KeychainTokenStore keychain;
    QEventLoop loop;
    bool stored = false;
    keychain.write(key, secret, &loop, [&](const TokenStore::Result &result) {
        stored = result.ok();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return stored;
}

struct PreparedHome {
    bool ok = false;
    bool tokenInKeychain = false;
};

// A home as a signed-in user leaves it when quitting: the server profile,
// the session the cache belongs to, the Activity page open, `visits` visits
// in the local store and the refresh token in the keychain.
PreparedHome prepareSignedInHome(const QString &home, quint16 serverPort, int visits,
                                 bool inKeyring, QString *error)
{
    PreparedHome prepared;
    const QString appFolder = QStringLiteral("Privacy Dashboard");
    const QString config = QDir(folder(home, "XDG_CONFIG_HOME")).filePath(appFolder);
    const QString data =
        QDir(QDir(folder(home, "XDG_DATA_HOME")).filePath(appFolder)).filePath(appFolder);
    if (!QDir().mkpath(config) || !QDir().mkpath(data)) {
        *error = QStringLiteral("the home folders could not be made");
        return prepared;
    }
    ServerProfile profile =
        ServerProfile::forUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort)));
    profile.name = QStringLiteral("Bench server");
    {
        QSettings settings(QDir(config).filePath(appFolder + QStringLiteral(".conf")),
                           QSettings::IniFormat);
        ServerProfileStore(settings).save(profile);
        SettingKeys::lastProfile.write(settings, profile.id);
        SettingKeys::cacheProfile.write(settings, profile.id);
        SettingKeys::cacheSession.write(settings, QStringLiteral("bench-session"));
        SettingKeys::cacheAccount.write(settings, QStringLiteral("bench-account"));
        SettingKeys::windowPage.write(settings, kActivityPage);
        SettingKeys::tourCompleted.write(settings, true);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            *error = QStringLiteral("the settings could not be written");
            return prepared;
        }
    }
    {
        LocalStore store(QDir(data).filePath(QStringLiteral("cache.sqlite3")));
        if (!store.open(error) || !SyntheticVisits::ingest(store, visits, error))
            return prepared;
    }
    // Never into the keychain of the user running it.
    prepared.tokenInKeychain =
        inKeyring &&
        storeToken(QStringLiteral("refresh-token/") + profile.id, QStringLiteral("bench-token"));
    prepared.ok = true;
    return prepared;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Figure {
    QList<Timing> app;
    QList<Timing> bare;
};

double median(const QList<Timing> &timings, double Timing::*field)
{
    QList<double> values;
    for (const Timing &timing : timings)
        values << timing.*field;
    return median(values);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

void report(const QString &what, const QString &floor, const Figure &figure, bool full)
{
    const double appMs = median(figure.app, &Timing::firstFrame);
    const double bareMs = median(figure.bare, &Timing::firstFrame);
    const double ratio = appMs / bareMs;
    out() << "  " << what << ":\n    app: first frame " << ms(appMs) << " ms (exited "
          << ms(median(figure.app, &Timing::exited)) << " ms, CPU "
          << ms(median(figure.app, &Timing::cpu)) << " ms)\n    " << floor << ": first frame "
          << ms(bareMs) << " ms (exited " << ms(median(figure.bare, &Timing::exited)) << " ms, CPU "
          << ms(median(figure.bare, &Timing::cpu)) << " ms)\n    ratio "
          << QString::number(ratio, 'f', 2) << "x\n";
    const QString met = full ? (ratio <= kTarget ? QStringLiteral("yes") : QStringLiteral("no"))
                             : QStringLiteral("n.a.");
    out() << QStringLiteral("RESULT|startup|%1 (ms from process start to first "
                            "frame, median of %2 fresh processes; ratio app/floor, lower is "
                            "better)|%3|%4|%5|%6x|<= %7x|%8\n")
                 .arg(what)
                 .arg(figure.app.size())
                 .arg(QString::number(appMs, 'f', 1), floor, QString::number(bareMs, 'f', 1),
                      QString::number(ratio, 'f', 2), QString::number(kTarget, 'f', 1), met);
}

// Runs this benchmark again in a private D-Bus session with an unlocked
// throw-away keyring; -1 when the programs for that are missing.
int runInKeyring(int argc, char *argv[])
{
    const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbus.isEmpty() || keyring.isEmpty())
        return -1;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = folder(home.path(), name);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QString::fromLatin1(name), path);
    }
    QStringList arguments{QStringLiteral("--"),
                          QStringLiteral("sh"),
                          QStringLiteral("-c"),
                          QStringLiteral("printf bench | gnome-keyring-daemon --unlock "
                                         "--components=secrets >/dev/null && exec \"$@\""),
                          QStringLiteral("bench_startup"),
                          QCoreApplication::applicationFilePath(),
                          QStringLiteral("--in-keyring")};
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(dbus, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return 1;
    return process.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString appBinary = qEnvironmentVariable("PD_APP_BINARY");
    if (appBinary.isEmpty()) {
        std::fputs("PD_APP_BINARY is not set\n", stderr);
        return 2;
    }
    const bool inKeyring = hasArgument(argc, argv, "--in-keyring");
    if (!inKeyring && qEnvironmentVariableIsEmpty("PD_BENCH_NO_KEYRING")) {
        const int code = runInKeyring(argc, argv);
        if (code >= 0)
            return code;
    }
    const bool full = hasArgument(argc, argv, "--full");
    const int runs = std::max(1, intArgument(argc, argv, "--runs", full ? 15 : 2));
    const int visits = std::max(1, intArgument(argc, argv, "--visits", full ? 100000 : 2000));
    // A refresh sent there waits for ever: the kernel accepts the
    // connection, nobody answers.
    QTcpServer silentServer;
    if (!silentServer.listen(QHostAddress::LocalHost)) {
        out() << "bench_startup: no local port to listen on\n";
        return 1;
    }
    QTemporaryDir signedInTemplate;
    QString error;
    const PreparedHome prepared = prepareSignedInHome(
        signedInTemplate.path(), silentServer.serverPort(), visits, inKeyring, &error);
    if (!prepared.ok) {
        out() << "bench_startup: the signed-in home could not be prepared: " << error << '\n';
        return 1;
    }
    const QString keep = stringArgument(argc, argv, "--prepare-home");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        return copyTree(signedInTemplate.path(), keep) ? 0 : 1;
    }
    const int timeoutMs = full ? 60000 : 30000;
    const QString floor = QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("bench_startup_floor"));
    Figure signIn;
    Figure signInForm;
    QList<Timing> bareLabels;
    Figure mainWindow;
    for (int run = 0; run < runs; ++run) {
        // New homes each run: no instance, no settings unless copied in.
        QTemporaryDir bareHome;
        QTemporaryDir emptyHome;
        QTemporaryDir signedInHome;
        if (!copyTree(signedInTemplate.path(), signedInHome.path())) {
            out() << "bench_startup: the signed-in home could not be copied\n";
            return 1;
        }
        const Timing bareWidget =
            timeProcess(floor, {QStringLiteral("--widget")}, bareHome.path(), timeoutMs);
        const Timing appSignIn = timeProcess(appBinary, {QStringLiteral("--quit-when-shown")},
                                             emptyHome.path(), timeoutMs);
        const Timing bareForm =
            timeProcess(floor, {QStringLiteral("--form")}, bareHome.path(), timeoutMs);
        const Timing bareLabel =
            timeProcess(floor, {QStringLiteral("--label")}, bareHome.path(), timeoutMs);
        const Timing bareMain =
            timeProcess(floor, {QStringLiteral("--main-window")}, bareHome.path(), timeoutMs);
        const Timing appMain = timeProcess(appBinary, {QStringLiteral("--quit-when-rows-shown")},
                                           signedInHome.path(), timeoutMs);
        const QList<std::pair<Timing, const char *>> times{
            {bareWidget, "bare window"},    {appSignIn, "app to the sign-in window"},
            {bareForm, "bare form"},        {bareLabel, "bare label"},
            {bareMain, "bare main window"}, {appMain, "app to the main window with cached rows"}};
        for (const auto &[timing, name] : times) {
            if (timing.firstFrame < 0) {
                out() << "bench_startup: a process did not reach its window and exit cleanly ("
                      << name << ")\n";
                return 1;
            }
        }
        signIn.bare << bareWidget;
        signIn.app << appSignIn;
        signInForm.bare << bareForm;
        signInForm.app << appSignIn;
        bareLabels << bareLabel;
        mainWindow.bare << bareMain;
        mainWindow.app << appMain;
    }
    out() << "cold start, fresh processes, offscreen, median of " << runs << " runs:\n";
    report(QStringLiteral("cold start to the sign-in window"),
           QStringLiteral("bare QWidget window"), signIn, full);
    // The same app runs against a floor that draws text: fontconfig's set-up
    // and the first font are part of any window with words in it, and the
    // bare QWidget never pays for them.
    report(QStringLiteral("cold start to the sign-in window, against a window that draws text"),
           QStringLiteral("bare QDialog form (heading, two fields, a button)"), signInForm, full);
    // What the floors themselves say about the first figure's target: one
    // word costs a bare program this much over the bare QWidget.
    const double labelMs = median(bareLabels, &Timing::firstFrame);
    const double widgetMs = median(signIn.bare, &Timing::firstFrame);
    out() << "  floor against floor: a bare QLabel showing one word, first frame " << ms(labelMs)
          << " ms = " << QString::number(labelMs / widgetMs, 'f', 2)
          << "x the bare QWidget window (any window with text pays this much)\n";
    report(QStringLiteral("start to the main window with %1 cached visits shown (session "
                          "restored; refresh not awaited)")
               .arg(visits),
           QStringLiteral("bare QMainWindow with a table"), mainWindow, full);
    if (!prepared.tokenInKeychain)
        out() << "  note: no keychain here; the restored session's token was not stored\n";
    out().flush();
    return 0;
}
