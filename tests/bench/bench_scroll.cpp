// Scrolling the Activity view — the real page, DataTableView and VisitsModel
// over a LocalStore holding N visits — by Page Down, by mouse wheel and by
// jumps of the scrollbar to scattered rows among those loaded (dragging the
// thumb: the model may have to read rows again that it no longer holds),
// one frame per step: the time from sending the input event (or setting
// the scrollbar) until the event loop is idle again with the repaint done
// (offscreen platform). The floor, in the same process and run: a bare
// QTableView of the same size, with the same row height, column widths and
// selection settings, over a trivial QAbstractTableModel returning constant
// strings for as many rows. A jump to rows whose window is being read shows
// them as "Loading…" (the read runs on the model's reader thread): its frame
// ends with that repaint, and the time until the rows are filled in is
// reported too. Prints p50 and p99 of each; the target is
// p99 < 16 ms (a 60 Hz frame). The ctest entry checks that every step
// scrolled and painted, never time.
//   bench_scroll [--quick]   20,000 visits, 80 steps of each kind (ctest)
//   bench_scroll --full      1,000,000 visits, 2,000 steps of each kind
//   bench_scroll --rows N --steps S
#include "ActivityFixture.h"
#include "BenchReport.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using BenchReport::number;
using BenchReport::out;

namespace {

// The floor's model: every cell the same short text.
class ConstantModel : public QAbstractTableModel
{
public:
    ConstantModel(int rows, int columns)
        : m_rows(rows)
        , m_columns(columns)
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole && index.isValid() ? QVariant(m_text) : QVariant();
    }

private:
    int m_rows;
    int m_columns;
    QString m_text = QStringLiteral("Constant cell text");
};

class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *watched)
        : m_watched(watched)
    {
        watched->installEventFilter(this);
    }
    ~PaintCounter() override { m_watched->removeEventFilter(this); }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watched && event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    QWidget *m_watched;
    int m_paints = 0;
};

struct Frames {
    QList<double> pageDownMs;
    QList<double> wheelMs;
    QList<double> jumpMs;
    QList<double> loadingMs; // steps during which the model loaded more rows
    // From a jump to the rows in view all shown (placeholders filled in).
    QList<double> jumpShownMs;
    int jumpsWithPlaceholders = 0;
    int jumpsNeverFilled = 0;
    int stepsWithoutPaint = 0;
    int stepsWithoutMove = 0;
    int lastRow = -1;
    // Times the UI thread read a window itself or waited for one read ahead
    // (CacheTableModel::blockingReads()), by Page Down, wheel and jumps.
    int pageDownReads = 0;
    int wheelReads = 0;
    int jumpReads = 0;
};

// One step: the input, then every event it caused (the repaint included).
double frame(QWidget *target, QEvent *event, QWidget *viewport, int *paintsBefore,
             const PaintCounter &paints, Frames *frames)
{
    const QAbstractItemModel *model =
        static_cast<QAbstractItemView *>(viewport->parentWidget())->model();
    const int rowsBefore = model->rowCount();
    QElapsedTimer timer;
    timer.start();
    QApplication::sendEvent(target, event);
    QApplication::processEvents();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (model->rowCount() != rowsBefore)
        frames->loadingMs << ms;
    if (paints.paints() == *paintsBefore && viewport->isVisible())
        ++frames->stepsWithoutPaint;
    *paintsBefore = paints.paints();
    return ms;
}

// `blockingReads`: the UI thread's window reads so far (0 for the floor);
// `loadingInView`: rows in view showing "Loading…" now.
Frames scroll(QTableView *table, int steps, const std::function<int()> &blockingReads,
              const std::function<int()> &loadingInView)
{
    Frames frames;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QApplication::processEvents();
    QWidget *viewport = table->viewport();
    const PaintCounter paints(viewport);
    int paintsBefore = paints.paints();
    int reads = blockingReads();
    for (int i = 0; i < steps; ++i) {
        const int row = table->currentIndex().row();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        double ms = frame(table, &press, viewport, &paintsBefore, paints, &frames);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
        QApplication::sendEvent(table, &release);
        frames.pageDownMs << ms;
        if (table->currentIndex().row() <= row)
            ++frames.stepsWithoutMove;
    }
    frames.lastRow = table->currentIndex().row();
    frames.pageDownReads = blockingReads() - reads;
    reads = blockingReads();
    const QPointF centre = QPointF(viewport->rect().center());
    for (int i = 0; i < steps; ++i) {
        const int value = table->verticalScrollBar()->value();
        // One notch down (three rows with the default settings).
        QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        frames.wheelMs << frame(viewport, &wheel, viewport, &paintsBefore, paints, &frames);
        if (table->verticalScrollBar()->value() <= value)
            ++frames.stepsWithoutMove;
    }
    frames.wheelReads = blockingReads() - reads;
    reads = blockingReads();
    // The same scattered positions for the page and the floor.
    std::minstd_rand random(13);
    QScrollBar *bar = table->verticalScrollBar();
    for (int i = 0; i < steps; ++i) {
        const int value = bar->value();
        int target = int(random() % unsigned(bar->maximum() + 1));
        if (target == value)
            target = value > 0 ? value - 1 : value + 1;
        const int rowsBefore = table->model()->rowCount();
        QElapsedTimer timer;
        timer.start();
        bar->setValue(target);
        QApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        frames.jumpMs << ms;
        if (table->model()->rowCount() != rowsBefore)
            frames.loadingMs << ms;
        if (paints.paints() == paintsBefore)
            ++frames.stepsWithoutPaint;
        if (loadingInView() > 0) {
            // Shown as placeholders: wait for the reader to fill them in.
            ++frames.jumpsWithPlaceholders;
            const QDeadlineTimer deadline(10000);
            while (loadingInView() > 0 && !deadline.hasExpired())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            QApplication::processEvents();
            if (loadingInView() > 0)
                ++frames.jumpsNeverFilled;
        }
        frames.jumpShownMs << double(timer.nsecsElapsed()) / 1e6;
        paintsBefore = paints.paints();
        if (bar->value() != target)
            ++frames.stepsWithoutMove;
    }
    frames.jumpReads = blockingReads() - reads;
    return frames;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

// The floor: the same kind of view, configured as DataTableView configures
// its table, over constant strings.
void configureLike(QTableView *floor, const QTableView *app)
{
    floor->setSelectionBehavior(app->selectionBehavior());
    floor->setSelectionMode(app->selectionMode());
    floor->setAlternatingRowColors(app->alternatingRowColors());
    floor->setWordWrap(app->wordWrap());
    floor->setHorizontalScrollMode(app->horizontalScrollMode());
    floor->setVerticalScrollMode(app->verticalScrollMode());
    floor->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    floor->verticalHeader()->setDefaultSectionSize(app->verticalHeader()->defaultSectionSize());
    floor->verticalHeader()->setVisible(app->verticalHeader()->isVisible());
    floor->horizontalHeader()->setStretchLastSection(app->horizontalHeader()->stretchLastSection());
    for (int column = 0; column < app->model()->columnCount(); ++column)
        floor->setColumnWidth(column, app->columnWidth(column));
}

void report(const char *label, const QList<double> &ms)
{
    out() << "    " << label << ": p50 " << number(percentile(ms, 0.5), 2) << " ms, p99 "
          << number(percentile(ms, 0.99), 2) << " ms, max " << number(percentile(ms, 1.0), 2)
          << " ms\n";
}

int fail(const QString &why)
{
    out() << "bench_scroll: " << why << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool full = BenchReport::isFull(argc, argv);
    const int rows = BenchReport::option(argc, argv, "--rows", full ? "1000000" : "20000").toInt();
    const int steps = BenchReport::option(argc, argv, "--steps", full ? "2000" : "80").toInt();

    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QString error;
    QElapsedTimer filling;
    filling.start();
    if (!ActivityFixture::fill(dataDir, rows, &error))
        return fail(QStringLiteral("cannot fill the store: ") + error);
    out() << "bench_scroll: " << rows << " visits stored in "
          << number(filling.elapsed() / 1000.0, 1) << " s" << Qt::endl;

    Frames ours;
    Frames bare;
    qint64 rssKiB = 0;
    {
        ActivityFixture activity;
        if (!activity.show(dataDir, &error))
            return fail(error);
        QTableView *table = activity.table();
        ConstantModel constants(rows, table->model()->columnCount());
        QTableView floor;
        floor.setModel(&constants);
        configureLike(&floor, table);
        floor.resize(table->size());
        floor.show();
        if (!QTest::qWaitForWindowExposed(&floor))
            return fail(QStringLiteral("the floor's table was never exposed"));
        // The same visible area: as many rows per page as the page's table.
        floor.resize(floor.size() + table->viewport()->size() - floor.viewport()->size());
        QApplication::processEvents();
        // The floor first, then the page: the same steps, one after the other.
        bare = scroll(
            &floor, steps, [] { return 0; }, [] { return 0; });
        activity.page()->activateWindow();
        ours = scroll(
            table, steps, [&activity] { return activity.blockingReads(); },
            [&activity] { return activity.rowsLoadingInView(); });
        rssKiB = BenchReport::statusKiB("VmRSS");
    }

    QList<double> oursAll = ours.pageDownMs + ours.wheelMs + ours.jumpMs;
    QList<double> bareAll = bare.pageDownMs + bare.wheelMs + bare.jumpMs;
    const double oursP99 = percentile(oursAll, 0.99);
    const double bareP99 = percentile(bareAll, 0.99);
    const double oursP50 = percentile(oursAll, 0.5);
    const double bareP50 = percentile(bareAll, 0.5);
    out() << "scrolling the Activity view over " << rows << " visits, " << steps
          << " Page Down steps, " << steps << " wheel steps, then " << steps
          << " scrollbar jumps (offscreen):\n"
          << "  Activity page (DataTableView, VisitsModel, LocalStore):\n";
    report("Page Down", ours.pageDownMs);
    report("wheel", ours.wheelMs);
    report("scrollbar jump", ours.jumpMs);
    report("scrollbar jump until its rows are shown", ours.jumpShownMs);
    out() << "    jumps that showed \"Loading…\" rows first: " << ours.jumpsWithPlaceholders
          << " of " << ours.jumpMs.size() << ", never filled in: " << ours.jumpsNeverFilled << "\n";
    if (!ours.loadingMs.isEmpty())
        report("steps that loaded more rows", ours.loadingMs);
    out() << "    windows the UI thread read or waited for: Page Down " << ours.pageDownReads
          << ", wheel " << ours.wheelReads << ", scrollbar jumps " << ours.jumpReads << "\n";
    out() << "    RSS after scrolling " << ours.lastRow << "+ rows: " << rssKiB / 1024 << " MiB\n";
    out() << "  floor: bare QTableView over constant strings, same size:\n";
    report("Page Down", bare.pageDownMs);
    report("wheel", bare.wheelMs);
    report("scrollbar jump", bare.jumpMs);
    out() << "  all steps: p50 " << number(oursP50, 2) << " ms vs " << number(bareP50, 2)
          << " ms, p99 " << number(oursP99, 2) << " ms vs " << number(bareP99, 2)
          << " ms (target p99 < 16 ms)\n"
          << "  rows reached by Page Down: " << ours.lastRow << " (floor " << bare.lastRow << ")\n";
    const QString floorText =
        QStringLiteral("bare QTableView over a constant-string model, same size and settings");
    const auto line = [&](const QString &kind, double p, const QList<double> &mine,
                          const QList<double> &floor, bool target) {
        const double oursMs = percentile(mine, p);
        const double floorMs = percentile(floor, p);
        BenchReport::result(
            QStringLiteral("scroll"),
            QStringLiteral("Activity view, %1 visits: %2 step, frame time p%3 (ms), lower is "
                           "better; ratio = floor / ours")
                .arg(rows)
                .arg(kind)
                .arg(int(p * 100)),
            oursMs, floorText, floorMs, floorMs / oursMs,
            target ? QStringLiteral("< 16 ms") : QStringLiteral("n.a."),
            target ? (oursMs < 16.0 ? QStringLiteral("yes") : QStringLiteral("no"))
                   : QStringLiteral("n.a."));
    };
    line(QStringLiteral("wheel"), 0.99, ours.wheelMs, bare.wheelMs, true);
    line(QStringLiteral("wheel"), 0.5, ours.wheelMs, bare.wheelMs, false);
    line(QStringLiteral("Page Down"), 0.99, ours.pageDownMs, bare.pageDownMs, true);
    line(QStringLiteral("Page Down"), 0.5, ours.pageDownMs, bare.pageDownMs, false);
    line(QStringLiteral("scrollbar jump"), 0.99, ours.jumpMs, bare.jumpMs, true);
    line(QStringLiteral("scrollbar jump"), 0.5, ours.jumpMs, bare.jumpMs, false);
    line(QStringLiteral("scrollbar jump until its rows are shown"), 0.99, ours.jumpShownMs,
         bare.jumpMs, false);

    // Correctness only: every step moved the view and was painted. (Page
    // Down stops at the last row loaded so far, so the page reaches fewer
    // rows than the floor in as many steps.)
    const bool correct = ours.stepsWithoutMove == 0 && ours.stepsWithoutPaint == 0 &&
                         ours.jumpsNeverFilled == 0 && bare.stepsWithoutMove == 0 &&
                         bare.stepsWithoutPaint == 0 && ours.lastRow > steps &&
                         bare.lastRow > steps;
    out() << "  steps that did not move: " << ours.stepsWithoutMove << " (floor "
          << bare.stepsWithoutMove << "), not painted: " << ours.stepsWithoutPaint << " (floor "
          << bare.stepsWithoutPaint << ")" << (correct ? " (correct)" : " (WRONG)") << Qt::endl;
    return correct ? 0 : 1;
}
