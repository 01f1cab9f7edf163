// The table pages (activity, messages, activity log) driven through their
// real widgets, over the local copy synced from the reference backend, and
// checked against what the server itself answers.
#include "DataPagesSession.h"

#include "core/AppServices.h"
#include "models/LogsModel.h"
#include "models/MessagesModel.h"
#include "models/VisitsModel.h"
#include "pages/ActivityPage.h"
#include "pages/LogsPage.h"
#include "pages/MessagesPage.h"
#include "store/LocalStore.h"
#include "store/SortIndexes.h"
#include "store/StoreConnection.h"
#include "widgets/ColumnFilterCombo.h"
#include "widgets/DataTableView.h"
#include "widgets/DateRangeEdit.h"
#include "widgets/DetailPane.h"
#include "widgets/SearchField.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QUrlQuery>

using namespace pd;
using namespace pd::test;

class TestGuiTables : public QObject
{
    Q_OBJECT

    TestServer m_server;
    Tokens m_tokens;
    DataPagesSession m_session;
    std::unique_ptr<ActivityPage> m_activity;

    qint64 serverTotal(const QString &path, const QUrlQuery &query)
    {
        QUrlQuery withLimit = query;
        withLimit.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const QJsonObject page =
            serverJson(m_server, m_tokens, path + u'?' + withLimit.toString(QUrl::FullyEncoded));
        return page.value(QStringLiteral("total")).toInteger(-1);
    }

    static QString isoUtc(const QDateTime &time)
    {
        return time.toUTC().toString(Qt::ISODateWithMs);
    }

    DataTableView *view() const { return m_activity->view(); }

    // Chooses `preset` the way a keyboard user does.
    void choosePreset(DateRangeEdit::Preset preset)
    {
        QComboBox *box = view()->dateRange()->presetBox();
        const int target = box->findData(QVariant::fromValue(preset));
        QVERIFY(target >= 0);
        box->setFocus();
        while (box->currentIndex() < target)
            QTest::keyClick(box, Qt::Key_Down);
        while (box->currentIndex() > target)
            QTest::keyClick(box, Qt::Key_Up);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        // Built before sign-in: the page must follow the first sync by itself.
        m_activity = std::make_unique<ActivityPage>(m_session.services());
        QVERIFY(showExposed(m_activity.get(), {1200, 700}));
        QCOMPARE(pageState(m_activity.get()), QStringLiteral("empty"));
        QVERIFY(pageMessage(m_activity.get()).contains(QStringLiteral("No visits recorded yet")));
        // With the page's picture above, and the one thing to do under it.
        auto *icon = m_activity->findChild<QLabel *>(QStringLiteral("emptyIcon"));
        QVERIFY(icon && icon->isVisible() && !icon->pixmap().isNull());
        auto *action = m_activity->findChild<QPushButton *>(QStringLiteral("emptyAction"));
        QVERIFY(action && action->isVisible());
        QCOMPARE(action->accessibleName(), QStringLiteral("Sync now"));
        // The test's own session first: its sign-in is logged before the sync.
        m_tokens = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        QVERIFY2(m_session.signIn(m_server, 1, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_activity.reset(); }

    void showsEverySyncedVisit()
    {
        QTRY_COMPARE(pageState(m_activity.get()), QStringLiteral("content"));
        const qint64 total = serverTotal(QStringLiteral("/api/v1/visits"), {});
        QVERIFY(total > 0);
        QTRY_COMPARE(view()->matchCount(), total);
        QVERIFY(view()->countLabel()->text().contains(QLocale().toString(total)));
        QVERIFY(view()->countLabel()->text().contains(QStringLiteral("visit")));
        QVERIFY(view()->countLabel()->text().startsWith(QLocale().toString(total)));
        // The note says when the data was synced.
        const QList<QLabel *> labels = view()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().startsWith(QStringLiteral("Synced "));
        }));
    }

    // A page opened on rows (a restored start) never draws its empty state's
    // large picture.
    void aPageWithRowsDrawsNoEmptyPicture()
    {
        ActivityPage page(m_session.services());
        QVERIFY(showExposed(&page, {1000, 600}));
        QTRY_COMPARE(pageState(&page), QStringLiteral("content"));
        auto *icon = page.findChild<QLabel *>(QStringLiteral("emptyIcon"));
        QVERIFY(icon);
        QVERIFY(icon->pixmap().isNull());
    }

    // A jump of the scrollbar to rows whose window was dropped: they show
    // "Loading…", greyed, without the UI thread reading them, and are
    // filled in when the model's reader delivers them; so is the detail
    // pane of such a row made current meanwhile.
    void aJumpShowsLoadingRowsThenFillsThem()
    {
        VisitsModel *model = m_session.services()->visits();
        QTableView *table = view()->table();
        QAbstractItemModel *rows = table->model();
        const int windowSize = model->windowSize();
        const int heldWindows = model->heldWindows();
        const auto restore = qScopeGuard([=] {
            model->setWindowSize(windowSize);
            model->setHeldWindows(heldWindows);
            model->refresh();
        });
        // Windows of 20, 4 held: more than the rows in view span.
        model->setWindowSize(20);
        model->setHeldWindows(4);
        model->refresh();
        while (model->rowCount() < 9 * 20 && model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY(model->rowCount() >= 9 * 20);
        // At the bottom, as the user left it: the first windows were dropped.
        QScrollBar *bar = table->verticalScrollBar();
        table->scrollToBottom();
        QTRY_VERIFY(bar->value() > 0);
        const int blocking = model->blockingReads();

        bar->setValue(0);
        QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Loading…"));
        QCOMPARE(rows->index(0, 0).data(Qt::ForegroundRole).value<QBrush>(),
                 table->palette().brush(QPalette::PlaceholderText));
        QVERIFY(rows->index(0, 1).data().toString().isEmpty());
        table->setCurrentIndex(rows->index(1, 0));
        QVERIFY(view()->detailPane()->fields().isEmpty()); // not "Not recorded"
        QCOMPARE(model->blockingReads(), blocking);

        QTRY_VERIFY(rows->index(0, 0).data().toString() != QStringLiteral("Loading…"));
        QVERIFY(!rows->index(0, 0).data().toString().isEmpty());
        QVERIFY(rows->index(0, 0).data(Qt::ForegroundRole).isNull());
        const QString title =
            model->index(1, VisitsModel::PageTitle).data(CacheTableModel::RawValueRole).toString();
        QVERIFY(!title.isEmpty());
        QTRY_VERIFY(view()->detailPane()->valueLabel(QStringLiteral("Page")) != nullptr);
        QCOMPARE(view()->detailPane()->valueLabel(QStringLiteral("Page"))->text(), title);
        QCOMPARE(model->blockingReads(), blocking);
    }

    void searchMatchesTheServer()
    {
        const QString term = QStringLiteral("London");
        m_activity->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_activity.get()));
        view()->table()->setFocus();
        QTest::keyClick(view()->table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view()->searchField()->hasFocus());
        QTest::keyClicks(view()->searchField(), term);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), term);
        const qint64 expected = serverTotal(QStringLiteral("/api/v1/visits"), query);
        QVERIFY(expected > 0);
        QVERIFY(expected < serverTotal(QStringLiteral("/api/v1/visits"), {}));
        QTRY_COMPARE(view()->matchCount(), expected);
        QTRY_COMPARE(qint64(view()->table()->model()->rowCount()), expected);
        // Every row shown is one of them.
        QAbstractItemModel *model = view()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const int location = 2;
            QVERIFY2(model->index(row, location).data().toString().contains(term),
                     qPrintable(model->index(row, location).data().toString()));
        }
    }

    void datePresetMatchesTheServer()
    {
        choosePreset(DateRangeEdit::Preset::Last12Months);
        DateRangeEdit *range = view()->dateRange();
        QCOMPARE(range->from().date(), QDate::currentDate().addYears(-1).addDays(1));
        QCOMPARE(range->until().date(), QDate::currentDate().addDays(1));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QStringLiteral("London"));
        query.addQueryItem(QStringLiteral("since"), isoUtc(range->from()));
        query.addQueryItem(QStringLiteral("until"), isoUtc(range->until()));
        const qint64 expected = serverTotal(QStringLiteral("/api/v1/visits"), query);
        QUrlQuery searchOnly;
        searchOnly.addQueryItem(QStringLiteral("q"), QStringLiteral("London"));
        QVERIFY(expected < serverTotal(QStringLiteral("/api/v1/visits"), searchOnly));
        QTRY_COMPARE(view()->matchCount(), expected);
    }

    void selectedRowShowsItsDetails()
    {
        QTableView *table = view()->table();
        QTRY_VERIFY(table->model()->rowCount() > 1);
        // The newest matching visit, as the server has it.
        DateRangeEdit *range = view()->dateRange();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QStringLiteral("London"));
        query.addQueryItem(QStringLiteral("since"), isoUtc(range->from()));
        query.addQueryItem(QStringLiteral("until"), isoUtc(range->until()));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const QJsonObject newest =
            serverJson(m_server, m_tokens,
                       QStringLiteral("/api/v1/visits?") + query.toString(QUrl::FullyEncoded))
                .value(QStringLiteral("items"))
                .toArray()
                .first()
                .toObject();
        const QString title = newest.value(QStringLiteral("page_title")).toString();
        QVERIFY(!title.isEmpty());

        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(view()->detailPane()->valueLabel(QStringLiteral("Page")) != nullptr);
        QLabel *shown = view()->detailPane()->valueLabel(QStringLiteral("Page"));
        QCOMPARE(shown->text(), title);
        QCOMPARE(shown->textFormat(), Qt::PlainText);
        QVERIFY(shown->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(view()->detailPane()->valueLabel(QStringLiteral("IP address"))->text(),
                 newest.value(QStringLiteral("ip_address")).toString());
        // Every field of the visit is there.
        QCOMPARE(view()->detailPane()->fields().size(),
                 m_session.services()->visits()->columnCount());
    }

    void sortsByAColumn()
    {
        QAbstractItemModelTester tester(view()->columnsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = view()->table();
        QHeaderView *header = table->horizontalHeader();
        const int durationColumn = 1;
        const QRect section(header->sectionViewportPosition(durationColumn), 0,
                            header->sectionSize(durationColumn), header->height());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section.center());
        VisitsModel *model = m_session.services()->visits();
        QTRY_COMPARE(model->sortColumn(), int(VisitsModel::Duration));
        QTRY_VERIFY(model->rowCount() > 1);
        const Qt::SortOrder order = model->sortOrder();
        for (int row = 1; row < model->rowCount(); ++row) {
            const qint64 previous =
                model->index(row - 1, VisitsModel::Duration).data().toLongLong();
            const qint64 current = model->index(row, VisitsModel::Duration).data().toLongLong();
            QVERIFY(order == Qt::AscendingOrder ? previous <= current : previous >= current);
        }
        // Sorting keeps the filters.
        QTRY_COMPARE(view()->matchCount(), qint64(model->rowCount()));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section.center());
        QTRY_VERIFY(model->sortOrder() != order);
    }

    void deviceFilterAndEscape()
    {
        ColumnFilterCombo *devices = view()->filters().value(0);
        QVERIFY(devices);
        QTRY_VERIFY(!view()->filterValuesPending());
        QVERIFY(devices->count() > 2); // "any" and the device types the data holds
        QVERIFY(devices->findText(QStringLiteral("Desktop")) > 0);
        devices->setCurrentIndex(devices->findText(QStringLiteral("Desktop")));
        QTableView *table = view()->table();
        QTRY_VERIFY(view()->matchCount() >= 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 5).data().toString(), QStringLiteral("Desktop"));
        devices->setCurrentIndex(0);

        // Esc clears the search at once; "All time" lifts the date range.
        view()->searchField()->setFocus();
        QTest::keyClick(view()->searchField(), Qt::Key_Escape);
        QCOMPARE(view()->searchField()->text(), QString());
        choosePreset(DateRangeEdit::Preset::AllTime);
        QTRY_COMPARE(view()->matchCount(), serverTotal(QStringLiteral("/api/v1/visits"), {}));
    }

    void messagesAndLogsPages()
    {
        MessagesPage messages(m_session.services());
        LogsPage logs(m_session.services());
        for (Page *page : {static_cast<Page *>(&messages), static_cast<Page *>(&logs)}) {
            QVERIFY(showExposed(page, {1000, 600}));
        }
        QTRY_COMPARE(pageState(&messages), QStringLiteral("content"));
        QTRY_COMPARE(messages.view()->matchCount(),
                     serverTotal(QStringLiteral("/api/v1/messages"), {}));
        QTRY_COMPARE(pageState(&logs), QStringLiteral("content"));
        QTRY_COMPARE(logs.view()->matchCount(), serverTotal(QStringLiteral("/api/v1/logs"), {}));

        // Narrow the messages to one channel: every row shown is on it.
        ColumnFilterCombo *channel = messages.view()->filters().value(0);
        // The channels offered are those the messages use.
        QTRY_VERIFY(!messages.view()->filterValuesPending());
        QVERIFY(channel && channel->count() > 1);
        channel->setCurrentIndex(1);
        const QString chosen = channel->currentText();
        QTRY_VERIFY(messages.view()->matchCount() <
                    serverTotal(QStringLiteral("/api/v1/messages"), {}));
        QAbstractItemModel *model = messages.view()->table()->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 1).data().toString(), chosen);

        // A log search matches the server's.
        const QString term = QStringLiteral("sign");
        QTest::keyClicks(logs.view()->searchField(), term);
        QTRY_VERIFY(logs.view()->matchCount() > 0);
        QTRY_VERIFY(logs.view()->matchCount() < serverTotal(QStringLiteral("/api/v1/logs"), {}));
    }

    void everyFocusableWidgetIsNamed()
    {
        const QStringList unnamed = unnamedFocusableWidgets(m_activity.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        MessagesPage messages(m_session.services());
        LogsPage logs(m_session.services());
        for (Page *page : {static_cast<Page *>(&messages), static_cast<Page *>(&logs)}) {
            page->show();
            QTRY_COMPARE(pageState(page), QStringLiteral("content"));
            const QStringList missing = unnamedFocusableWidgets(page);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        }
    }

    // Tooltips are rich text as soon as the text looks like markup: data
    // shows literally there too.
    void markupInDataIsShownLiterally()
    {
        const QString title = QStringLiteral("<img src=x> & <b>zzmarkup</b>");
        QSqlQuery insert(m_session.services()->store()->database());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO visits (id, started_at, duration_seconds, ip_address, browser,"
            " device_type, page_title, page_url) VALUES (?, ?, 5, '192.0.2.1', 'Firefox',"
            " 'desktop', ?, 'https://example.com/')")));
        insert.addBindValue(QStringLiteral("v-markup"));
        insert.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
        insert.addBindValue(title);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        view()->searchField()->clear();
        QTest::keyClicks(view()->searchField(), QStringLiteral("zzmarkup"));
        QAbstractItemModel *model = view()->table()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        bool found = false;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(0, column);
            if (index.data().toString() != title)
                continue;
            found = true;
            QTextDocument shown;
            shown.setHtml(index.data(Qt::ToolTipRole).toString());
            QCOMPARE(shown.toPlainText(), title);
        }
        QVERIFY(found);
        view()->searchField()->clear();
    }

    // Rows a bulk sync stored are indexed for search in the background: the
    // page says so beside the search box until the index covers them.
    void saysWhileSearchIsIndexing()
    {
        LocalStore *store = m_session.services()->store();
        QLabel *indexing = view()->searchIndexingLabel();
        QVERIFY(!indexing->isVisible());
        QString error;
        {
            // As the sync's bulk connection writes: no full-text trigger.
            auto bulk = store->openConnection(&error, StoreConnection::Mode::BulkIngest);
            QVERIFY2(bulk, qPrintable(error));
            QSqlQuery insert(bulk->database());
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO visits (id, started_at, duration_seconds, ip_address, browser,"
                " device_type, page_title, page_url) VALUES ('v-bulk', "
                "'2020-01-01T00:00:00.000Z', 5, '192.0.2.1', 'Firefox', 'desktop', 'zzbulk', "
                "'https://example.com/')")));
        }
        // Another writer holds the lock: the catch-up waits for it.
        auto writer = store->openConnection(&error);
        QVERIFY2(writer, qPrintable(error));
        QSqlQuery lock(writer->database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        m_session.services()->visits()->refresh();
        QVERIFY(indexing->isVisible());
        QVERIFY(indexing->text().contains(QStringLiteral("still indexing")));
        // A search meanwhile misses the row, and finds it by itself once the
        // index has caught up.
        view()->searchField()->clear();
        QTest::keyClicks(view()->searchField(), QStringLiteral("zzbulk"));
        QTRY_COMPARE(view()->searchField()->appliedText(), QStringLiteral("zzbulk"));
        QCOMPARE(view()->table()->model()->rowCount(), 0);
        QVERIFY(indexing->isVisible());
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY_WITH_TIMEOUT(!indexing->isVisible(), 20000);
        QTRY_COMPARE(view()->table()->model()->rowCount(), 1);
        view()->searchField()->clear();
    }

    // After a bulk sync, orders other than the time's wait for their sort
    // index: the page says which one and shows the rows newest first
    // meanwhile, then sorts by itself once the index is built.
    void saysWhileASortIsPrepared()
    {
        LocalStore *store = m_session.services()->store();
        VisitsModel *visits = m_session.services()->visits();
        QLabel *pending = view()->sortPendingLabel();
        QHeaderView *header = view()->table()->horizontalHeader();
        header->setSortIndicator(0, Qt::DescendingOrder);
        QCOMPARE(visits->sortColumn(), int(VisitsModel::StartedAt));
        QVERIFY(!pending->isVisible());
        const auto shownIds = [visits] {
            QStringList ids;
            for (int row = 0; row < visits->rowCount(); ++row)
                ids << visits->index(row, 0).data(CacheTableModel::ItemIdRole).toString();
            return ids;
        };
        const QStringList newestFirst = shownIds();
        QVERIFY(newestFirst.size() > 2);

        QString error;
        QVERIFY2(SortIndexes::drop(store->handle(), QStringLiteral("visits"), &error),
                 qPrintable(error));
        // Another writer holds the lock: the indexer waits for it.
        auto writer = store->openConnection(&error);
        QVERIFY2(writer, qPrintable(error));
        QSqlQuery lock(writer->database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const int location = view()->columnsModel()->columnForSourceColumn(VisitsModel::City);
        QVERIFY(location > 0);
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(location) + header->sectionSize(location) / 2,
                   header->height() / 2));
        QCOMPARE(visits->sortColumn(), int(VisitsModel::City));
        QVERIFY(visits->sortPending());
        QVERIFY(pending->isVisible());
        QVERIFY2(pending->text().contains(QStringLiteral("Sorting by Location is still being "
                                                         "prepared")),
                 qPrintable(pending->text()));
        QCOMPARE(shownIds(), newestFirst.mid(0, visits->rowCount()));
        const Qt::SortOrder order = visits->sortOrder();
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        QTRY_VERIFY_WITH_TIMEOUT(!pending->isVisible(), 20000);
        QVERIFY(!visits->sortPending());
        QSqlQuery sorted(store->database());
        const QString direction = order == Qt::AscendingOrder ? u"ASC"_qs : u"DESC"_qs;
        QVERIFY(sorted.exec(QStringLiteral("SELECT id FROM visits ORDER BY ifnull(city, '') %1, "
                                           "row_id %1 LIMIT %2")
                                .arg(direction)
                                .arg(visits->rowCount())));
        QStringList expected;
        while (sorted.next())
            expected << sorted.value(0).toString();
        QCOMPARE(shownIds(), expected);
        QVERIFY(expected != newestFirst.mid(0, expected.size()));
        header->setSortIndicator(0, Qt::DescendingOrder);
    }

    void signOutEmptiesThePage()
    {
        QSignalSpy signedOut(m_session.services(), &AppServices::signedOut);
        m_session.services()->signOut();
        QVERIFY(signedOut.wait(30000));
        QTRY_COMPARE(pageState(m_activity.get()), QStringLiteral("empty"));
        QCOMPARE(m_session.services()->visits()->rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiTables)
#include "tst_gui_tables.moc"
