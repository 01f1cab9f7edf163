#include "BenchReport.h"

#include <QFile>

namespace BenchReport {

bool isFull(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--full")
            return true;
    }
    return false;
}

QByteArray option(int argc, char **argv, const char *name, const QByteArray &fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == name)
            return QByteArray(argv[i + 1]);
    }
    return fallback;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void result(const QString &area, const QString &what, double ours, const QString &floor,
            double floorValue, double ratio, const QString &target, const QString &met)
{
    const int decimals = ours < 100 && floorValue < 100 ? 1 : 0;
    out() << QStringLiteral("RESULT|%1|%2|%3|%4|%5|%6x|%7|%8")
                 .arg(area, what, number(ours, decimals), floor, number(floorValue, decimals),
                      number(ratio, 2), target, met)
          << Qt::endl;
}

qint64 statusKiB(const QByteArray &field, qint64 pid)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace BenchReport
