// Memory: the peak resident set (VmHWM, from wait4's ru_maxrss) of fresh
// processes, each until its window is shown, against a bare Qt Widgets
// program (one QWidget window) measured the same way in the same run:
//   - the app itself idle at its sign-in window (PD_APP_BINARY
//     --quit-when-shown, empty home folder);
//   - the app's core with N visits cached and the Activity page shown (the
//     real AppServices, ActivityPage, DataTableView and VisitsModel over a
//     LocalStore filled through the real ingest; a child of this program);
//   - the same page after scrolling through all N rows (Ctrl+End on the
//     table until the model has loaded every row, as a user holding the key
//     would), then back to the top: what the model keeps of rows it loaded.
// Each is run several times and the median counts. The ctest entry checks
// that every process starts, shows its window and exits cleanly, and that
// the scrolled one reached the last row.
//   bench_memory [--quick]   20,000 visits, one run of each (ctest)
//   bench_memory --full      1,000,000 visits, three runs of each (one of the
//                            scrolled page: it takes minutes)
//   bench_memory --rows N
//   bench_memory --activity DATA_DIR | --scrolled DATA_DIR ROWS | --fill DATA_DIR ROWS
//                            the children
// Each process is measured through bench_memory_measure (next to this
// program), a tiny launcher: see there why.
// Environment: PD_APP_BINARY, the app; PD_BARE_BINARY, the floor
// (bench_memory_bare, a program of its own so that it links Qt alone).
#include "ActivityFixture.h"
#include "BenchReport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using BenchReport::number;
using BenchReport::out;

namespace {

// Ctrl+End until the model has no more rows to load: the view loads the
// next window each time it reaches the last row loaded. Then Ctrl+Home. True
// when the view reached the last row of a model that loaded `rows`.
bool scrollThrough(QTableView *table, int rows)
{
    QAbstractItemModel *model = table->model();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    int before = -1;
    while (model->rowCount() != before) {
        before = model->rowCount();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    const bool reachedEnd = table->currentIndex().row() == rows - 1 && model->rowCount() == rows &&
                            !model->canFetchMore({});
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QApplication::processEvents();
    return reachedEnd && table->currentIndex().row() == 0;
}

int runActivity(int argc, char **argv, const QString &dataDir, int scrollRows)
{
    QApplication app(argc, argv);
    ActivityFixture activity;
    QString error;
    if (!activity.show(dataDir, &error)) {
        out() << "bench_memory: " << error << Qt::endl;
        return 1;
    }
    if (scrollRows > 0 && !scrollThrough(activity.table(), scrollRows)) {
        out() << "bench_memory: scrolling did not reach row " << scrollRows << Qt::endl;
        return 1;
    }
    return 0;
}

int runFill(int argc, char **argv, const QString &dataDir, int rows)
{
    QCoreApplication app(argc, argv);
    QString error;
    if (!ActivityFixture::fill(dataDir, rows, &error)) {
        out() << "bench_memory: cannot fill the store: " << error << Qt::endl;
        return 1;
    }
    return 0;
}

// An environment with its own empty home and XDG folders under `home`.
QProcessEnvironment isolatedEnvironment(const QString &home)
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
    return env;
}

// Runs `program` to its end in an empty home, through the measuring
// process; its peak RSS in KiB, -1 when it did not exit cleanly or the
// reading cannot be trusted.
qint64 peakRssKiB(const QString &program, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcess measure;
    measure.setProcessEnvironment(isolatedEnvironment(home.path()));
    measure.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    measure.start(QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("bench_memory_measure")),
                  QStringList{program} + arguments);
    if (!measure.waitForFinished(1800000) || measure.exitStatus() != QProcess::NormalExit ||
        measure.exitCode() != 0)
        return -1;
    const QList<QByteArray> fields = measure.readAllStandardOutput().trimmed().split('|');
    if (fields.size() != 3 || fields.at(0) != "PEAK")
        return -1;
    const qint64 peak = fields.at(1).toLongLong();
    // The reading is the larger of the child's peak and the measurer's.
    return peak > fields.at(2).toLongLong() ? peak : -1;
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int fail(const QString &why)
{
    out() << "bench_memory: " << why << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--activity" && i + 1 < argc)
            return runActivity(argc, argv, QString::fromLocal8Bit(argv[i + 1]), 0);
        if (QByteArray(argv[i]) == "--scrolled" && i + 2 < argc)
            return runActivity(argc, argv, QString::fromLocal8Bit(argv[i + 1]),
                               QByteArray(argv[i + 2]).toInt());
        if (QByteArray(argv[i]) == "--fill" && i + 2 < argc)
            return runFill(argc, argv, QString::fromLocal8Bit(argv[i + 1]),
                           QByteArray(argv[i + 2]).toInt());
    }
    QCoreApplication app(argc, argv);
    const bool full = BenchReport::isFull(argc, argv);
    const int rows = BenchReport::option(argc, argv, "--rows", full ? "1000000" : "20000").toInt();
    const int runs = full ? 3 : 1;
    const QString appBinary = qEnvironmentVariable("PD_APP_BINARY");
    // Next to this program unless named.
    QString bareBinary = qEnvironmentVariable("PD_BARE_BINARY");
    if (bareBinary.isEmpty())
        bareBinary = QDir(QCoreApplication::applicationDirPath())
                         .filePath(QStringLiteral("bench_memory_bare"));
    if (appBinary.isEmpty())
        return fail(QStringLiteral("PD_APP_BINARY is not set"));

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QElapsedTimer filling;
    filling.start();
    // In a process of its own, as a large store is filled in memory-hungry
    // bulk transactions.
    QProcess filler;
    filler.setProcessChannelMode(QProcess::ForwardedChannels);
    filler.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--fill"), dataDir, QString::number(rows)});
    if (!filler.waitForFinished(-1) || filler.exitStatus() != QProcess::NormalExit ||
        filler.exitCode() != 0)
        return fail(QStringLiteral("cannot fill the store"));
    out() << "bench_memory: " << rows << " visits stored in "
          << number(filling.elapsed() / 1000.0, 1) << " s" << Qt::endl;

    const QString self = QCoreApplication::applicationFilePath();
    std::vector<qint64> bare;
    std::vector<qint64> idle;
    std::vector<qint64> activity;
    std::vector<qint64> scrolled;
    QElapsedTimer scrolling;
    qint64 scrollingMs = 0;
    for (int run = 0; run < runs; ++run) {
        bare.push_back(peakRssKiB(bareBinary, {}));
        idle.push_back(peakRssKiB(appBinary, {QStringLiteral("--quit-when-shown")}));
        activity.push_back(peakRssKiB(self, {QStringLiteral("--activity"), dataDir}));
        // Once: Ctrl+End through a million rows takes minutes.
        if (run == 0) {
            scrolling.start();
            scrolled.push_back(
                peakRssKiB(self, {QStringLiteral("--scrolled"), dataDir, QString::number(rows)}));
            scrollingMs = scrolling.elapsed();
        }
        if (bare.back() < 0 || idle.back() < 0 || activity.back() < 0 || scrolled.back() < 0)
            return fail(QStringLiteral("a process did not show its window and exit cleanly (%1)")
                            .arg(bare.back() < 0       ? QStringLiteral("bare window")
                                 : idle.back() < 0     ? QStringLiteral("app")
                                 : activity.back() < 0 ? QStringLiteral("Activity page")
                                                       : QStringLiteral("scrolled Activity page")));
    }
    const double bareMiB = median(bare) / 1024.0;
    const double idleMiB = median(idle) / 1024.0;
    const double activityMiB = median(activity) / 1024.0;
    const double scrolledMiB = median(scrolled) / 1024.0;
    out() << "peak RSS until the window is shown, median of " << runs << " run(s) (offscreen):\n"
          << "  bare QWidget window: " << number(bareMiB, 1) << " MiB\n"
          << "  privacy-dashboard at its sign-in window: " << number(idleMiB, 1) << " MiB ("
          << number(idleMiB / bareMiB, 2) << "x)\n"
          << "  the app's core with " << rows
          << " visits cached, Activity page shown: " << number(activityMiB, 1) << " MiB ("
          << number(activityMiB / bareMiB, 2) << "x)\n"
          << "  the same after scrolling through all " << rows
          << " rows (Ctrl+End to the last row): " << number(scrolledMiB, 1) << " MiB ("
          << number(scrolledMiB / bareMiB, 2) << "x; " << number(double(scrollingMs) / 1000.0, 1)
          << " s, one run)" << Qt::endl;
    const QString floorText = QStringLiteral("bare Qt Widgets program, one QWidget window");
    BenchReport::result(QStringLiteral("memory"),
                        QStringLiteral("peak RSS, app idle at the sign-in window (MiB), lower is "
                                       "better; ratio = floor / ours"),
                        idleMiB, floorText, bareMiB, bareMiB / idleMiB, QStringLiteral("n.a."),
                        QStringLiteral("n.a."));
    BenchReport::result(QStringLiteral("memory"),
                        QStringLiteral("peak RSS, %1 visits cached and the Activity page shown "
                                       "(MiB), lower is better; ratio = floor / ours")
                            .arg(rows),
                        activityMiB, floorText, bareMiB, bareMiB / activityMiB,
                        QStringLiteral("n.a."), QStringLiteral("n.a."));
    BenchReport::result(QStringLiteral("memory"),
                        QStringLiteral("peak RSS, the Activity page scrolled through all %1 "
                                       "visits (MiB), lower is better; ratio = floor / ours")
                            .arg(rows),
                        scrolledMiB, floorText, bareMiB, bareMiB / scrolledMiB,
                        QStringLiteral("n.a."), QStringLiteral("n.a."));
    return 0;
}
