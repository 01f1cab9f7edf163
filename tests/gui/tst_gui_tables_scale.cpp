// The activity page over a million cached visits (seeded straight into the
// local store, as tests/bench/bench_models does): it opens, searches, filters,
// sorts and scrolls while holding only windows of rows, never the table.
// Prints how long each step took; asserts only on what was loaded.
#include "DataPagesSession.h"
#include "SyntheticVisits.h"

#include "core/AppServices.h"
#include "models/VisitsModel.h"
#include "pages/ActivityPage.h"
#include "store/LocalStore.h"
#include "widgets/ColumnFilterCombo.h"
#include "widgets/DataTableView.h"
#include "widgets/SearchField.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// Rows a view may hold at once: the first window and a few more fetched as
// the user scrolls (CacheTableModel::kDefaultWindow each).
constexpr int kWindow = CacheTableModel::kDefaultWindow;

bool seed(const QString &path, int rows, QString *error)
{
    LocalStore store(path);
    return store.open(error) && SyntheticVisits::ingest(store, rows, error);
}

} // namespace

class TestGuiTablesScale : public QObject
{
    Q_OBJECT

    int m_rows = 1000000;
    DataPagesSession m_session;
    std::unique_ptr<ActivityPage> m_page;

    DataTableView *view() const { return m_page->view(); }
    VisitsModel *model() const { return m_session.services()->visits(); }

    void report(const char *what, const QElapsedTimer &timer)
    {
        qInfo("%s: %.1f ms", what, double(timer.nsecsElapsed()) / 1e6);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("PD_GUI_SCALE_ROWS"))
            m_rows = qEnvironmentVariableIntValue("PD_GUI_SCALE_ROWS");
        QVERIFY(QDir().mkpath(m_session.dataDir()));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(seed(QDir(m_session.dataDir()).filePath(QStringLiteral("cache.sqlite3")), m_rows,
                      &error),
                 qPrintable(error));
        qInfo("seeded %d visits in %.1f s", m_rows, double(timer.elapsed()) / 1000);
        QVERIFY2(m_session.start(&error), qPrintable(error));
        QCOMPARE(model()->matchCount(), qint64(m_rows));
    }

    void cleanupTestCase() { m_page.reset(); }

    void opensWithOneWindow()
    {
        QElapsedTimer timer;
        timer.start();
        m_page = std::make_unique<ActivityPage>(m_session.services());
        QVERIFY(showExposed(m_page.get(), {1200, 700}));
        report("page built and shown", timer);
        QCOMPARE(pageState(m_page.get()), QStringLiteral("content"));
        // The count runs off the UI thread and arrives after the first window.
        QTRY_COMPARE_WITH_TIMEOUT(view()->matchCount(), qint64(m_rows), 30000);
        report("row count shown", timer);
        QVERIFY2(view()->countLabel()->text().startsWith(QLocale().toString(m_rows)),
                 qPrintable(view()->countLabel()->text()));
        QVERIFY(model()->rowCount() <= kWindow);
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(view()->table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    }

    void scrollingFetchesWindowByWindow()
    {
        QTableView *table = view()->table();
        QElapsedTimer timer;
        timer.start();
        QScrollBar *scrollBar = table->verticalScrollBar();
        for (int step = 1; step <= 5; ++step) {
            // As when the user drags the scroll bar to the bottom.
            const int bottom = scrollBar->maximum();
            scrollBar->setValue(bottom);
            QTRY_VERIFY(model()->rowCount() >= qMin(m_rows, kWindow * (step + 1)));
            QVERIFY(model()->rowCount() <= kWindow * (step + 1));
            // The scroll bar grows with the rows now held.
            QTRY_VERIFY(scrollBar->maximum() > bottom);
        }
        report("five scrolls to the end", timer);
    }

    void searchKeepsTheWindow()
    {
        // SyntheticVisits: "checkout" starts a title word or a URL segment.
        qint64 expected = 0;
        for (int i = 0; i < m_rows; ++i)
            expected += (i % 12 == 5 || (i / 12) % 12 == 5 || (i / 5) % 12 == 5) ? 1 : 0;
        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(view()->searchField(), QStringLiteral("checkout"));
        QTRY_COMPARE(view()->matchCount(), expected);
        report("search (including the 200 ms pause)", timer);
        QVERIFY(model()->rowCount() <= kWindow);
        QVERIFY(model()->rowCount() > 0);
        QTest::keyClick(view()->searchField(), Qt::Key_Escape);
        QTRY_COMPARE(view()->matchCount(), qint64(m_rows));
    }

    void filterAndSortKeepTheWindow()
    {
        ColumnFilterCombo *devices = view()->filters().value(0);
        QVERIFY(devices);
        QTRY_VERIFY(!view()->filterValuesPending());
        QCOMPARE(devices->count(), 5); // "any" and the four device types of the data
        const int tablet = devices->findText(QStringLiteral("Tablet"));
        QVERIFY(tablet > 0);
        QElapsedTimer timer;
        timer.start();
        devices->setCurrentIndex(tablet);
        QTRY_COMPARE(view()->matchCount(), qint64(m_rows / 4));
        report("device filter", timer);
        QVERIFY(model()->rowCount() <= kWindow);

        QHeaderView *header = view()->table()->horizontalHeader();
        const int duration = 1;
        timer.restart();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(duration) + header->sectionSize(duration) / 2,
                   header->height() / 2));
        QTRY_COMPARE(model()->sortColumn(), int(VisitsModel::Duration));
        report("sort by duration", timer);
        QVERIFY(model()->rowCount() <= kWindow);
        devices->setCurrentIndex(0);
        QTRY_COMPARE(view()->matchCount(), qint64(m_rows));
        QVERIFY(model()->rowCount() <= kWindow);
    }
};

QTEST_MAIN(TestGuiTablesScale)
#include "tst_gui_tables_scale.moc"
