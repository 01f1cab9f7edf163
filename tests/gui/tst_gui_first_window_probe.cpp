// The start-up benchmark's probe reports the first frame when the event that
// painted it is done, before the work the app deferred until after that
// frame (AfterFirstExpose) runs, for both of its end points: a first window
// exposed, and a main window's table with rows painted.
#include "AfterFirstExpose.h"
#include "FirstWindowProbe.h"

#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pd;

class TestGuiFirstWindowProbe : public QObject
{
    Q_OBJECT

private:
    // Shows `window` with deferred work queued at its first expose; true
    // when the probe reported before that work ran.
    static bool probeReportsBeforeDeferredWork(QWidget &window, FirstWindowProbe::Until until)
    {
        FirstWindowProbe probe(nullptr, until);
        bool deferredRan = false;
        bool reported = false;
        bool deferredRanFirst = false;
        connect(&probe, &FirstWindowProbe::reachedAt, &probe, [&](qint64) {
            reported = true;
            deferredRanFirst = deferredRan;
        });
        window.resize(480, 320);
        window.winId(); // its QWindow exists, unexposed
        AfterFirstExpose::run(
            &window, &window, [&] { deferredRan = true; }, 60000);
        window.show();
        if (!QTest::qWaitFor([&] { return reported && deferredRan; }))
            return false;
        return !deferredRanFirst;
    }

private Q_SLOTS:
    void firstWindowIsReportedBeforeDeferredWork()
    {
        QWidget window;
        QVERIFY(probeReportsBeforeDeferredWork(window, FirstWindowProbe::Until::FirstWindow));
    }

    void tableRowsAreReportedBeforeDeferredWork()
    {
        QMainWindow window;
        auto *model = new QStandardItemModel(50, 3, &window);
        for (int row = 0; row < 50; ++row)
            model->setItem(row, 0, new QStandardItem(QStringLiteral("row %1").arg(row)));
        auto *table = new QTableView(&window);
        table->setModel(model);
        window.setCentralWidget(table);
        QVERIFY(probeReportsBeforeDeferredWork(window, FirstWindowProbe::Until::TableRows));
    }
};

QTEST_MAIN(TestGuiFirstWindowProbe)
#include "tst_gui_first_window_probe.moc"
