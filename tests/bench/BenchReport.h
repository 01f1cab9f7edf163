#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

// What the end-to-end benchmarks share: the size flags, the human-readable
// output and the machine-readable RESULT lines that scripts/bench collects
// (docs/performance.md explains the columns).
namespace BenchReport {

// `--full` for the size scripts/bench runs; `--quick` (the default) for the
// ctest entry.
bool isFull(int argc, char **argv);
// The value after `name` on the command line, or `fallback`.
QByteArray option(int argc, char **argv, const char *name, const QByteArray &fallback = {});

QTextStream &out();

// RESULT|area|what|ours|floor|floor value|ratio|target|met
void result(const QString &area, const QString &what, double ours, const QString &floor,
            double floorValue, double ratio, const QString &target, const QString &met);

// A field of /proc/<pid>/status in KiB ("VmRSS", "VmHWM"); -1 when unknown.
// `pid` 0 means this process.
qint64 statusKiB(const QByteArray &field, qint64 pid = 0);

QString number(double value, int decimals = 0);

} // namespace BenchReport
