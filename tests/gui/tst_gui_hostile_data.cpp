// Every page of the main window against a backend whose data is hostile:
// markup, bidi overrides, NUL and other control characters, 1 MB strings,
// 10,000 extra log rows, numbers beyond 2^53, dates in the year 9999, and
// (written to the local store, as no valid server sends them) missing and
// invalid dates and 1e400. The reference server's rows are rewritten behind
// its API before the first sync. Each page must show the values bounded,
// literally (no rich text) and with bidi and control characters made
// harmless; the detail pane shows a whole 1 MB value on demand. Memory: the
// table pages (where the 1 MB values are rows) grow by less than
// kMaxTableGrowthBytes, the document pages (1 MB values in the documents
// they draw) by less than kMaxDocumentGrowthBytes, and a second walk of every
// page by less than kMaxRewalkGrowthBytes (what the pages hold does not pile
// up); the growth of the whole walk is printed. The longest stall of the UI
// thread during the walk (the widest gap of a heartbeat timer) is printed,
// not asserted: timing is for benchmarks, not tests.
#include "DataPagesSession.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "common/DisplayText.h"
#include "core/AppServices.h"
#include "models/VisitsModel.h"
#include "pages/DocumentPage.h"
#include "pages/Page.h"
#include "pages/TablePage.h"
#include "store/LocalStore.h"
#include "widgets/DataTableView.h"
#include "widgets/DetailPane.h"
#include "widgets/FieldFormat.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

#include <limits>
#include <tuple>

#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
// libasan exports it; GCC ships no header that declares it.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace pd;
using namespace pd::test;

namespace {

// Longer than this, a value shown anywhere but in the full-value viewer
// means it was not elided.
constexpr qsizetype kMaxShownChars = 5000;
constexpr qsizetype kLongChars = 1024 * 1024;
// Generous: the table pages took ~430 MB before values were elided (30 rows
// of 1 MB in the first window of each).
constexpr qint64 kMaxTableGrowthBytes = 64LL * 1024 * 1024;
// Generous: the document pages took ~180 MB (Cookies +76, Data locations
// +94) while their documents were kept whole; ~10-30 MB since strings are cut
// as they are read (the rest is the answers' bytes, which the allocator keeps).
constexpr qint64 kMaxDocumentGrowthBytes = 64LL * 1024 * 1024;
// Measured 31-76 MB (most of it the document pages fetching their 1 MB
// values again, and the allocator keeping what it freed); 9-31 MB since
// strings are cut as they are read.
constexpr qint64 kMaxRewalkGrowthBytes = 160LL * 1024 * 1024;
const QString kMarker = QStringLiteral("HOSTILE");
const QString kTailMarker = QStringLiteral("END-OF-VALUE");

QString markup()
{
    return QStringLiteral("<b>HOSTILE</b><img src=\"http://127.0.0.1:9/x.png\">"
                          "<a href=\"http://127.0.0.1:9/\">link</a>");
}

// An unterminated right-to-left override: what follows would read
// backwards ("exe.txt" as "txt.exe").
QString bidi()
{
    return QString(QChar(0x202E)) + QStringLiteral("txt.exe") + QChar(0x2067) +
           QStringLiteral("isolate");
}

QString controls(bool nul)
{
    return QStringLiteral("bell") + QChar(0x07) + QStringLiteral("esc") + QChar(0x1b) +
           QStringLiteral("[31m") + (nul ? QString(QChar(0)) : QString()) + QStringLiteral("end");
}

QString hostile(bool nul, qsizetype padding = 0)
{
    QString text = markup() + bidi() + controls(nul);
    if (padding > 0)
        text += QString(padding, u'x') + kTailMarker;
    return text;
}

// What the process holds. Under AddressSanitizer, resident memory also
// counts the freed blocks ASan keeps in its quarantine (256 MB by default),
// so there it would measure what a page allocated and freed rather than what
// it holds: ASan's count of live heap bytes is taken instead.
qint64 heldBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
#endif
}

// What one shown string may not be.
QString problemWith(const QString &text)
{
    if (text.size() > kMaxShownChars)
        return QStringLiteral("%1 characters shown").arg(text.size());
    int isolates = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f)
            return QStringLiteral("control character U+%1").arg(int(u), 4, 16, QLatin1Char('0'));
        // What marks a value cut while it was read (JsonStringCap): shown
        // only through DisplayText, which writes "… (N characters in all)".
        if (u == 0xfdd0)
            return QStringLiteral("the mark of a cut value");
        if (u >= 0x202a && u <= 0x202e)
            return QStringLiteral("bidi embedding or override U+%1").arg(int(u), 4, 16);
        if (u >= 0x2066 && u <= 0x2068)
            ++isolates;
        else if (u == 0x2069 && --isolates < 0)
            return QStringLiteral("unbalanced pop directional isolate");
    }
    if (isolates != 0)
        return QStringLiteral("unterminated directional isolate");
    if (text.contains(kMarker) && !text.contains(QStringLiteral("<b>HOSTILE")))
        return QStringLiteral("markup was not shown literally");
    return {};
}

// Checks every string shown under `root`; counts those carrying the
// hostile marker.
class ShownTextCheck
{
public:
    QStringList problems;
    int hostileShown = 0;

    void check(QWidget *root, const QString &where)
    {
        m_where = where;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            const QString text = label->text();
            add(text, QStringLiteral("label ") + label->accessibleName());
            if (text.contains(kMarker) &&
                !(label->textFormat() == Qt::PlainText ||
                  (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text))))
                problems << where + QStringLiteral(": a label shows hostile text as rich text");
            add(label->toolTip(), QStringLiteral("tooltip"));
        }
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                add(button->text(), QStringLiteral("button"));
        }
        for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
            if (box->isVisible())
                add(box->title(), QStringLiteral("group"));
        }
        for (QComboBox *combo : root->findChildren<QComboBox *>()) {
            if (!combo->isVisible())
                continue;
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i), QStringLiteral("choice"));
        }
        for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
            if (edit->isVisible())
                add(edit->text(), QStringLiteral("field"));
        }
        for (QTextEdit *edit : root->findChildren<QTextEdit *>()) {
            // A rich-text document would have turned <b> into bold.
            if (edit->isVisible() && edit->toPlainText().contains(kMarker) &&
                !edit->toPlainText().contains(QStringLiteral("<b>HOSTILE")))
                problems << where + QStringLiteral(": a text edit rendered markup");
        }
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model())
                continue;
            const QAbstractItemModel *model = view->model();
            const int rows = qMin(model->rowCount(), 60);
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    add(model->data(index).toString(), QStringLiteral("cell"));
                    const QString tip = model->data(index, Qt::ToolTipRole).toString();
                    if (tip.size() > kMaxShownChars)
                        problems << where + QStringLiteral(": a tooltip of %1 characters")
                                                .arg(tip.size());
                }
            }
        }
    }

private:
    void add(const QString &text, const QString &what)
    {
        if (text.contains(kMarker))
            ++hostileShown;
        if (const QString problem = problemWith(text); !problem.isEmpty())
            problems << m_where + u": " + what + u": " + problem;
    }

    QString m_where;
};

// Whether a label or a cell under `root` says `length` (a cut value's).
bool statesLength(QWidget *root, const QString &length)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(length))
            return true;
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!view->isVisible() || !model)
            continue;
        for (int row = 0; row < qMin(model->rowCount(), 60); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->data(model->index(row, column)).toString().contains(length))
                    return true;
            }
        }
    }
    return false;
}

// The widest gap between the beats of a 5 ms timer: how long the UI thread
// was busy at once.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs()
    {
        m_longest = qMax(m_longest, m_clock.elapsed());
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TestGuiHostileData : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_accountId;
    qsizetype m_longLength = 0; // of the 1 MB values the server sends

    void sql(const QString &statement, const QVariantList &binds = {})
    {
        bool ok = false;
        m_server.runSql(statement, binds, &ok);
        QVERIFY2(ok, qPrintable(statement + u": " + m_server.lastError()));
    }

    // Rewrites the demo account's rows behind the API.
    void poisonServerData()
    {
        const bool postgres = m_server.databaseLocation().startsWith(u"postgresql:");
        const QString shortText = hostile(!postgres);
        const QString longText = hostile(!postgres, kLongChars);
        m_longLength = longText.size();
        const QString id = m_accountId;
        // The newest rows, so that they fill the first window of each table;
        // few enough 1 MB values to stay under the 64 MB page cap.
        sql(QStringLiteral("UPDATE visits SET page_title = ?, referrer = ?, city = ?, browser = ?"
                           " WHERE id IN (SELECT id FROM visits WHERE account_id = ?"
                           " ORDER BY started_at DESC LIMIT 30)"),
            {longText, shortText, shortText, shortText, id});
        sql(QStringLiteral("UPDATE visits SET started_at = 253402300799000 WHERE id = (SELECT"
                           " max(id) FROM visits WHERE account_id = ?)"),
            {id});
        sql(QStringLiteral("UPDATE messages SET body = ?, counterpart = ? WHERE id IN (SELECT id"
                           " FROM messages WHERE account_id = ? ORDER BY sent_at DESC LIMIT 20)"),
            {longText, shortText, id});
        sql(QStringLiteral("UPDATE logs SET detail = ?, event = ? WHERE id IN (SELECT id"
                           " FROM logs WHERE account_id = ? ORDER BY occurred_at DESC LIMIT 5)"),
            {longText, shortText, id});
        // 10,000 more log entries.
        sql(QStringLiteral("INSERT INTO logs (account_id, occurred_at, level, event, detail,"
                           " ip_address) SELECT ?, 1700000000000 + n, 'info', ?, ?, '203.0.113.9'"
                           " FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1"
                           " FROM seq WHERE n < 10000) SELECT n FROM seq)"),
            {id, shortText, shortText});
        sql(QStringLiteral("UPDATE third_party_records SET value = ?, source = ?"
                           " WHERE account_id = ?"),
            {longText, shortText, id});
        sql(QStringLiteral("UPDATE profiles SET full_name = ?, address_line1 = ?, city = ?,"
                           " website = ? WHERE account_id = ?"),
            {longText, shortText, shortText, shortText, id});
        sql(QStringLiteral("UPDATE billing_cards SET holder_name = ? WHERE account_id = ?"),
            {longText, id});
        sql(QStringLiteral("UPDATE usage_counters SET agents = 9007199254740993,"
                           " media_bytes = 9223372036854775807 WHERE account_id = ?"),
            {id});
        sql(QStringLiteral("UPDATE cookies SET name = ?, domain = ?, purpose = ?"
                           " WHERE account_id = ?"),
            {shortText, shortText, longText, id});
        sql(QStringLiteral("UPDATE google_authorizations SET client_name = ? WHERE account_id = ?"),
            {longText, id});
        sql(QStringLiteral("UPDATE sessions SET device_name = ?, user_agent = ?, location = ?"
                           " WHERE account_id = ?"),
            {longText, shortText, shortText, id});
        sql(QStringLiteral("UPDATE storage_regions SET name = ?, provider = ?"),
            {shortText, longText});
        sql(QStringLiteral("UPDATE processors SET purpose = ?"), {longText});
        sql(QStringLiteral("UPDATE sharing_recipients SET situation = ?"), {longText});
        sql(QStringLiteral("UPDATE request_history SET message = ?"), {longText});
    }

    // Rows no valid server sends, written where the sync would have put
    // them: a visit with no time, one with a time that is not one and
    // a duration of 1e400.
    TablePage *tablePage(const QString &key)
    {
        m_window->showPage(key);
        return qobject_cast<TablePage *>(m_window->currentPage());
    }

    void poisonLocalStore()
    {
        QSqlQuery query(m_session.services()->store()->database());
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO visits (id, started_at, duration_seconds, ip_address, browser,"
            " device_type, page_title, page_url) VALUES (?, ?, ?, '198.51.100.1', 'Firefox',"
            " 'desktop', ?, 'https://example.com/')")));
        // The reference server writes durations as 32-bit numbers: beyond
        // 2^53 is written here too.
        for (const auto &[id, time, duration] :
             {std::tuple{u"bad-time"_qs, u""_qs, QVariant(std::numeric_limits<double>::infinity())},
              std::tuple{u"bad-duration"_qs, u"not a date"_qs, QVariant(u"1e400"_qs)},
              std::tuple{u"huge-duration"_qs, u"9999-12-31T23:59:59.000Z"_qs,
                         QVariant(qint64(9007199254740993LL))}}) {
            query.addBindValue(id);
            query.addBindValue(time);
            query.addBindValue(duration);
            query.addBindValue(QString(QStringLiteral("invalid ") + id));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        m_session.services()->visits()->refresh();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(TestServer::processAfter(3600)), qPrintable(m_server.lastError()));
        const QString email = m_server.accounts().at(1).email;
        bool ok = false;
        const auto rows = m_server.runSql(QStringLiteral("SELECT id FROM accounts WHERE email = ?"),
                                          {email}, &ok);
        QVERIFY2(ok && !rows.isEmpty(), qPrintable(m_server.lastError()));
        m_accountId = rows.constFirst().constFirst().toString();
        poisonServerData();
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        QVERIFY2(m_session.signIn(m_server, 1, &error), qPrintable(error));
        // The session this sign-in opened, too.
        sql(QStringLiteral(
                "UPDATE sessions SET device_name = ?, location = ? WHERE account_id = ?"),
            {hostile(false, kLongChars), hostile(false), m_accountId});
        poisonLocalStore();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("window.ini")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_session.services(), m_settings.get());
        PageCatalog::addStandardPages(*m_window, *m_session.services());
        QVERIFY(showExposed(m_window.get(), {1280, 860}));
        m_window->beginSession();
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyPageShowsHostileDataSafely()
    {
        Heartbeat heartbeat;
        ShownTextCheck shown;
        QTest::qWait(200);
        const qint64 baseline = heldBytes();
        qint64 longest = 0;
        QString longestPage;
        QStringList hostilePages;
        // Pages that state the whole length of a 1 MB value they show in part.
        QStringList lengthPages;
        const QString wholeLength = QLocale().toString(qlonglong(m_longLength));
        qint64 tableGrowth = 0;
        qint64 documentGrowth = 0;
        qint64 firstWalk = 0;
        for (int round = 0; round < 2; ++round) {
            for (int index = 0; index < m_window->pageCount(); ++index) {
                const qint64 before = heldBytes();
                heartbeat.start();
                m_window->setCurrentPage(index);
                Page *page = m_window->currentPage();
                QTRY_VERIFY_WITH_TIMEOUT(pageState(page) != QLatin1String("loading"), 30000);
                QTest::qWait(150); // painted, and whatever the page does next
                if (auto *table = qobject_cast<TablePage *>(page)) {
                    QTableView *view = table->view()->table();
                    // Down the first window, as a user scrolling.
                    for (int row = 0; row < qMin(view->model()->rowCount(), 40); row += 4) {
                        view->setCurrentIndex(view->model()->index(row, 0));
                        QTest::qWait(5);
                    }
                    view->setCurrentIndex(view->model()->index(0, 0));
                    QTest::qWait(20);
                }
                const qint64 stall = heartbeat.longestMs();
                if (round == 0 && qobject_cast<TablePage *>(page))
                    tableGrowth += heldBytes() - before;
                if (round == 0 && qobject_cast<DocumentPage *>(page))
                    documentGrowth += heldBytes() - before;
                if (stall > longest) {
                    longest = stall;
                    longestPage = page->title();
                }
                qInfo("%s: longest UI-thread stall %lld ms, memory held %+lld MB",
                      qPrintable(page->title()), stall, (heldBytes() - baseline) >> 20);
                const int hostileBefore = shown.hostileShown;
                shown.check(page, page->title());
                if (shown.hostileShown > hostileBefore)
                    hostilePages << page->title();
                if (statesLength(page, wholeLength))
                    lengthPages << page->title();
            }
            if (round == 0)
                firstWalk = heldBytes();
        }
        const qint64 rewalkGrowth = heldBytes() - firstWalk;
        const qint64 growth = heldBytes() - baseline;
        qInfo("longest UI-thread stall over the walk: %lld ms (%s); memory held grew by %lld "
              "MB (baseline %lld MB): %lld MB on the table pages, %lld MB on the document pages, "
              "%lld MB on the second walk",
              longest, qPrintable(longestPage), growth >> 20, baseline >> 20, tableGrowth >> 20,
              documentGrowth >> 20, rewalkGrowth >> 20);
        hostilePages.removeDuplicates();
        qInfo("pages that showed hostile values: %s", qPrintable(hostilePages.join(u", ")));
        shown.problems.removeDuplicates();
        QVERIFY2(shown.problems.isEmpty(), qPrintable(shown.problems.mid(0, 30).join(u'\n')));
        // Where the poisoned rows land (so that the walk cannot pass empty).
        for (const QString &title : {u"Activity"_qs, u"Messages"_qs, u"Personal data"_qs,
                                     u"Cookies"_qs, u"Connected apps"_qs, u"Data locations"_qs})
            QVERIFY2(hostilePages.contains(title), qPrintable(title));
        // The documents' 1 MB values were cut as they were read, their
        // length kept.
        lengthPages.removeDuplicates();
        qInfo("pages that stated a 1 MB value's length: %s", qPrintable(lengthPages.join(u", ")));
        for (const QString &title :
             {u"Personal data"_qs, u"Cookies"_qs, u"Connected apps"_qs, u"Data locations"_qs})
            QVERIFY2(lengthPages.contains(title), qPrintable(title));
        QVERIFY2(tableGrowth < kMaxTableGrowthBytes, qPrintable(QString::number(tableGrowth)));
        QVERIFY2(documentGrowth < kMaxDocumentGrowthBytes,
                 qPrintable(QString::number(documentGrowth)));
        QVERIFY2(rewalkGrowth < kMaxRewalkGrowthBytes, qPrintable(QString::number(rewalkGrowth)));
    }

    // A 1 MB value is shown in part in the table and the detail pane, and
    // whole in the pane's viewer when asked for.
    void theDetailPaneShowsAWholeValueOnDemand_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("activity") << u"activity"_qs;
        QTest::newRow("messages") << u"messages"_qs;
        QTest::newRow("activity-log") << u"activity-log"_qs;
    }

    void theDetailPaneShowsAWholeValueOnDemand()
    {
        QFETCH(QString, page);
        TablePage *table = tablePage(page);
        QVERIFY2(table, qPrintable(page));
        QTRY_VERIFY_WITH_TIMEOUT(pageState(table) == QLatin1String("content"), 30000);
        QTableView *view = table->view()->table();
        DetailPane *pane = table->view()->detailPane();
        QPushButton *showAll = nullptr;
        for (int row = 0; row < view->model()->rowCount() && !showAll; ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            QCoreApplication::processEvents(); // the pane's new rows show
            for (QPushButton *button : pane->findChildren<QPushButton *>()) {
                if (button->isVisible() && button->accessibleName().startsWith(u"Show all of"))
                    showAll = button;
            }
        }
        QVERIFY2(showAll, "no field of the first window is shown in part");
        QPlainTextEdit *viewer = pane->wholeValueViewer();
        QVERIFY(!viewer->isVisible());
        Heartbeat heartbeat;
        heartbeat.start();
        QTest::mouseClick(showAll, Qt::LeftButton);
        QTRY_VERIFY(viewer->isVisible());
        QTest::qWait(100); // laid out and painted
        qInfo("%s: showing a whole 1 MB value stalled the UI thread %lld ms", qPrintable(page),
              heartbeat.longestMs());
        QVERIFY(viewer->isReadOnly());
        const QString whole = viewer->toPlainText();
        QVERIFY2(whole.size() > kLongChars, qPrintable(QString::number(whole.size())));
        QVERIFY(whole.endsWith(kTailMarker + QChar(0x2069)));
        QVERIFY(whole.contains(QStringLiteral("<b>HOSTILE</b><img")));
        QVERIFY(!whole.contains(QChar(0)) && !whole.contains(QChar(0x202e)) &&
                !whole.contains(QChar(0x1b)));
        // Its labels stay bounded.
        for (QLabel *label : pane->findChildren<QLabel *>())
            QVERIFY2(problemWith(label->text()).isEmpty(), qPrintable(problemWith(label->text())));
        // Another row: the viewer goes with the value it showed.
        view->setCurrentIndex(view->model()->index(view->currentIndex().row() + 1, 0));
        QVERIFY(!viewer->isVisible());
        QVERIFY(viewer->toPlainText().isEmpty());
    }

    // Numbers and times that are not, or absurd ones, are written plainly.
    void invalidNumbersAndDatesAreNamed()
    {
        TablePage *table = tablePage(u"activity"_qs);
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(pageState(table) == QLatin1String("content"), 30000);
        CacheTableModel *model = table->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        TableColumnsModel *columns = table->view()->columnsModel();
        QHash<QString, int> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            rows.insert(model->data(model->index(row, 0), CacheTableModel::ItemIdRole).toString(),
                        row);
        }
        QVERIFY(rows.contains(u"bad-time"_qs) && rows.contains(u"bad-duration"_qs) &&
                rows.contains(u"huge-duration"_qs));
        const int badTime = rows.value(u"bad-time"_qs);
        const int badDuration = rows.value(u"bad-duration"_qs);
        // A missing time, a time that is not one, 1e400 and text as durations.
        QCOMPARE(columns->fieldText(badTime, VisitsModel::StartedAt, false),
                 DisplayText::invalid());
        QCOMPARE(columns->fieldText(badDuration, VisitsModel::StartedAt, true),
                 DisplayText::invalid());
        QCOMPARE(columns->fieldText(badTime, VisitsModel::Duration, false), DisplayText::invalid());
        QCOMPARE(columns->fieldText(badDuration, VisitsModel::Duration, true),
                 DisplayText::invalid());
        // Beyond 2^53 and in the year 9999: exact, not rounded or wrapped.
        const int farFuture = rows.value(u"huge-duration"_qs);
        QCOMPARE(columns->fieldText(farFuture, VisitsModel::Duration, false),
                 FieldFormat::duration(9007199254740993LL));
        QVERIFY(columns->fieldText(farFuture, VisitsModel::StartedAt, true).contains(u"9999"));
    }
};

QTEST_MAIN(TestGuiHostileData)
#include "tst_gui_hostile_data.moc"
