// Seeds 1,000,000 synthetic visits through the real ingest and times what
// the visits model does for a view: the first window under each kind of
// filter, search and sort, and scrolling deep. Prints milliseconds and the
// ratio to a COUNT(*) that scans every row of the same table in the same
// process.
// Checks results for correctness; never asserts on time.
#include "SyntheticVisits.h"

#include "models/VisitsModel.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace pd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Median wall time of `runs` runs, in milliseconds.
double medianMs(const std::function<void()> &work, int runs = 5)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    // An optional second argument keeps the seeded database there.
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("models.sqlite"));
    LocalStore store(path);
    QString error;
    if (!store.open(&error) || !SyntheticVisits::ingest(store, rows, &error)) {
        out() << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = store.database();
    bool correct = count(db, QStringLiteral("SELECT count(*) FROM visits")) == rows;

    // Baseline: one pass over every row (a bare COUNT(*) only sums b-tree
    // page headers, well under a millisecond, too small to compare with).
    const double plainCount =
        medianMs([&] { count(db, QStringLiteral("SELECT count(*) FROM visits")); });
    const double baseline = medianMs([&] {
        count(db, QStringLiteral("SELECT count(*) FROM visits WHERE duration_seconds >= 0"));
    });
    out() << "bench_models: " << rows << " visits; baseline full scan "
          << "(SELECT count(*) ... WHERE duration_seconds >= 0): "
          << QString::number(baseline, 'f', 2)
          << " ms; bare SELECT count(*): " << QString::number(plainCount, 'f', 2) << " ms"
          << Qt::endl;

    VisitsModel model(&store);
    const QDateTime newest = QDateTime::fromString(
        QString::fromLatin1(SyntheticVisits::row(0).startedAt), Qt::ISODateWithMs);
    const QDateTime dayStart = newest.addDays(-20);
    const QDateTime dayEnd = newest.addDays(-19);

    struct Case {
        const char *name;
        std::function<void()> setUp;
        // Checks every loaded row (first window).
        std::function<bool(int row)> rowOk;
    };
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    const QList<Case> cases = {
        {"first window, newest first", [&] { model.refresh(); },
         [&](int row) {
             return row == 0 || model.index(row - 1, 0).data().toDateTime() >=
                                    model.index(row, 0).data().toDateTime();
         }},
        {"filter browser = Safari (25%)",
         [&] { model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Safari")); },
         [&](int row) { return text(row, VisitsModel::Browser) == u"Safari"; }},
        {"filter device = tablet, country = KE (1/28)",
         [&] {
             model.setColumnFilter(VisitsModel::DeviceType, QStringLiteral("tablet"));
             model.setColumnFilter(VisitsModel::Country, QStringLiteral("KE"));
         },
         [&](int row) { return text(row, VisitsModel::Country) == u"KE"; }},
        {"filter browser = Opera (no match)",
         [&] { model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Opera")); },
         [&](int) { return false; }},
        {"date range: one day", [&] { model.setDateRange(dayStart, dayEnd); },
         [&](int row) {
             const QDateTime t = model.index(row, 0).data().toDateTime();
             return t >= dayStart && t < dayEnd;
         }},
        {"date range + filter browser = Edge",
         [&] {
             model.setDateRange(dayStart, dayEnd);
             model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Edge"));
         },
         [&](int row) { return text(row, VisitsModel::Browser) == u"Edge"; }},
        {"search \"checkout\" (common)", [&] { model.setSearchText(QStringLiteral("checkout")); },
         [&](int row) {
             return QString(text(row, VisitsModel::PageTitle) + text(row, VisitsModel::PageUrl))
                 .contains(u"checkout");
         }},
        {"search \"ação\" (10%)", [&] { model.setSearchText(QStringLiteral("ação")); },
         [&](int row) { return text(row, VisitsModel::PageTitle).contains(u"ação"); }},
        {"search \"zebra\" (no match)", [&] { model.setSearchText(QStringLiteral("zebra")); },
         [&](int) { return false; }},
        {"search \"shoes pricing\" + filter browser = Chrome",
         [&] {
             model.setSearchText(QStringLiteral("shoes pricing"));
             model.setColumnFilter(VisitsModel::Browser, QStringLiteral("Chrome"));
         },
         [&](int row) { return text(row, VisitsModel::Browser) == u"Chrome"; }},
        {"sort by duration (no index)",
         [&] { model.sort(VisitsModel::Duration, Qt::AscendingOrder); },
         [&](int row) {
             return row == 0 || model.index(row - 1, VisitsModel::Duration).data().toInt() <=
                                    model.index(row, VisitsModel::Duration).data().toInt();
         }},
        {"sort by city (nullable, no index)",
         [&] { model.sort(VisitsModel::City, Qt::DescendingOrder); },
         [&](int row) {
             return row == 0 || text(row - 1, VisitsModel::City) >= text(row, VisitsModel::City);
         }},
    };

    for (const Case &c : cases) {
        const auto reset = [&] {
            model.clearColumnFilters();
            model.setDateRange({}, {});
            model.setSearchText({});
            model.sort(VisitsModel::StartedAt, Qt::DescendingOrder);
        };
        // Each run starts from the unfiltered model; only the change is timed.
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            reset();
            QElapsedTimer timer;
            timer.start();
            c.setUp();
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        bool ok = true;
        for (int row = 0; row < model.rowCount(); ++row)
            ok = ok && c.rowOk(row);
        correct = correct && ok;
        out() << QStringLiteral("  %1: %2 ms (%3x scan), %4 rows in first window%5")
                     .arg(QString::fromUtf8(c.name))
                     .arg(times[2], 0, 'f', 2)
                     .arg(times[2] / baseline, 0, 'f', 2)
                     .arg(model.rowCount())
                     .arg(ok ? QString() : QStringLiteral(" WRONG"))
              << Qt::endl;
        reset();
    }

    // Scrolling: 50 windows deep, then the time of one more window.
    model.refresh();
    for (int i = 0; i < 50; ++i)
        model.fetchMore({});
    const int before = model.rowCount();
    const double deeper = medianMs([&] { model.fetchMore({}); });
    correct = correct && model.rowCount() == before + 5 * CacheTableModel::kDefaultWindow;
    out() << QStringLiteral("  next window after %1 rows: %2 ms (%3x scan)")
                 .arg(before)
                 .arg(deeper, 0, 'f', 2)
                 .arg(deeper / baseline, 0, 'f', 2)
          << Qt::endl;

    model.setSearchText(QStringLiteral("checkout"));
    qint64 matches = 0;
    const double counting = medianMs([&] { matches = model.matchCount(); }, 3);
    correct = correct && matches == count(db, QStringLiteral("SELECT count(*) FROM visits WHERE "
                                                             "page_title LIKE '%checkout%' OR "
                                                             "page_url LIKE '%checkout%'"));
    out() << QStringLiteral("  matchCount() of search \"checkout\": %1 rows, %2 ms (%3x scan)")
                 .arg(matches)
                 .arg(counting, 0, 'f', 2)
                 .arg(counting / baseline, 0, 'f', 2)
          << Qt::endl;
    out() << (correct ? "  results correct" : "  results WRONG") << Qt::endl;
    return correct ? 0 : 1;
}
