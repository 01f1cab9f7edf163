// The main window as the app assembles it (PageCatalog): every page is in
// the sidebar and reachable by keyboard, built when first shown, each one
// reaches its content (or says it has none) against the reference backend,
// the Overview's buttons lead to the pages they name, the Requests menu
// starts the rights-request flows, a filed request is shown on the Requests
// page, and every page and dialog is usable with the keyboard alone and a
// screen reader (AccessibilityAudit). With PD_GUI_SCREENSHOT_DIR set it also
// saves each page in the light and the dark palette, for people reviewing
// the look.
#include "AccessibilityAudit.h"
#include "DataPagesSession.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "Translations.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "pages/ActivityPage.h"
#include "pages/Page.h"
#include "pages/RequestsPage.h"
#include "pages/SecurityPage.h"
#include "requests/CancelRequestDialog.h"
#include "requests/RequestFlows.h"
#include "security/ChangeEmailDialog.h"
#include "security/ChangePasswordDialog.h"
#include "security/DisableTwoFactorDialog.h"
#include "security/ReauthenticateDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "signin/AddServerDialog.h"
#include "signin/SignInDialog.h"
#include "widgets/DataTableView.h"
#include "widgets/DateRangeEdit.h"
#include "widgets/SidebarDelegate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RequestFlows *m_flows = nullptr;
    QSize m_leftSize;
    QList<int> m_expectedMainSizes;
    QList<int> m_expectedDetailSizes;

    QMenu *menuNamed(const QString &objectName) const
    {
        for (QAction *action : m_window->menuBar()->actions()) {
            if (action->menu() && action->menu()->objectName() == objectName)
                return action->menu();
        }
        return nullptr;
    }

    // A main window as the app builds it, reading and writing `settings`.
    std::unique_ptr<MainWindow> newWindow(QSettings *settings)
    {
        auto window = std::make_unique<MainWindow>(m_session.services(), settings);
        PageCatalog::addStandardPages(*window, *m_session.services());
        return window;
    }

    // Shows the page `key` of `window` and waits until it has its content
    // (or says it has none).
    static Page *showLoaded(MainWindow &window, const QString &key)
    {
        window.showPage(key);
        Page *page = window.currentPage();
        if (!page || page->key() != key)
            return nullptr;
        if (!QTest::qWaitFor(
                [page] {
                    return pageState(page) == QLatin1String("content") ||
                           pageState(page) == QLatin1String("empty");
                },
                30000))
            return nullptr;
        return page;
    }

    static DataTableView *activityTable(MainWindow &window)
    {
        Page *page = showLoaded(window, ActivityPage::pageKey());
        return page ? page->findChild<DataTableView *>() : nullptr;
    }

    // Fails the running test when a label of `root` is clipped once its
    // window has settled (dialogs grow to their messages a moment later).
    static void checkNothingClipped(QWidget *root, const QString &what)
    {
        QStringList clipped;
        const bool fits = QTest::qWaitFor(
            [&] {
                clipped = clippedTexts(root);
                return clipped.isEmpty();
            },
            2000);
        QVERIFY2(fits, qPrintable(what + u": " + clipped.join(u"; ")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_session.startSignedIn(m_server, TestServer::processAfter(3600), 1, &error),
                 qPrintable(error));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("window.ini")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_session.services(), m_settings.get());
        m_flows = PageCatalog::addStandardPages(*m_window, *m_session.services());
        QVERIFY(showExposed(m_window.get(), {1280, 860}));
        m_window->beginSession();
    }

    void cleanupTestCase() { m_window.reset(); }

    void pagesAreBuiltWhenFirstShown()
    {
        // On screen: the page the window opened on, and only that one.
        QCOMPARE(m_window->sidebar()->currentRow(), 0);
        QVERIFY(m_window->builtPage(0));
        QCOMPARE(m_window->findChildren<Page *>().size(), 1);
        for (int index = 1; index < m_window->pageCount(); ++index)
            QVERIFY2(!m_window->builtPage(index), qPrintable(QString::number(index)));
        // The keyboard reaches the next one, which is built as it shows.
        m_window->sidebar()->setFocus();
        QTest::keyClick(m_window->sidebar(), Qt::Key_Down);
        Page *second = m_window->builtPage(1);
        QVERIFY(second);
        QVERIFY(second->isVisible());
        QCOMPARE(m_window->currentPage(), second);
        QCOMPARE(second->key(), m_window->page(second->key())->key());
        QCOMPARE(m_window->findChildren<Page *>().size(), 2);
        QVERIFY(!m_window->builtPage(2));
    }

    void overviewLeadsToRequestsAndPolicy()
    {
        m_window->setCurrentPage(0);
        Page *overview = m_window->currentPage();
        QVERIFY(overview);
        QPushButton *allRequests = nullptr;
        QPushButton *review = nullptr;
        for (QPushButton *button : overview->findChildren<QPushButton *>()) {
            if (button->accessibleName() == u"See all requests"_qs)
                allRequests = button;
            else if (button->accessibleName() == u"Review the privacy policy"_qs)
                review = button;
        }
        QVERIFY(allRequests);
        QVERIFY(review);
        QTest::mouseClick(allRequests, Qt::LeftButton);
        QCOMPARE(m_window->currentPage()->key(), u"requests"_qs);
        m_window->setCurrentPage(0);
        // The policy notice shows only when the policy changed: its button
        // is pressed as the user would once it shows.
        review->click();
        QCOMPARE(m_window->currentPage()->key(), u"privacy-policy"_qs);
    }

    void everyPageReachesItsContent()
    {
        QCOMPARE(m_window->pageCount(), 12);
        QCOMPARE(m_window->sidebar()->count(), m_window->pageCount());
        QStringList titles;
        for (int index = 0; index < m_window->pageCount(); ++index) {
            m_window->setCurrentPage(index);
            Page *page = m_window->page(index);
            QCOMPARE(m_window->currentPage(), page);
            QCOMPARE(m_window->sidebar()->item(index)->text(), page->title());
            titles << page->title();
            // Each page leaves "loading" for its content, or says it has none;
            // none fails against a healthy server.
            QTRY_VERIFY2_WITH_TIMEOUT(
                pageState(page) == QLatin1String("content") ||
                    pageState(page) == QLatin1String("empty"),
                qPrintable(page->title() + u": " + pageState(page) + u' ' + pageMessage(page)),
                30000);
            const QStringList unnamed = unnamedFocusableWidgets(page);
            QVERIFY2(unnamed.isEmpty(), qPrintable(page->title() + u": " + unnamed.join(u", ")));
        }
        titles.removeDuplicates();
        QCOMPARE(titles.size(), m_window->pageCount());
    }

    void pagesAreReachableByKeyboard()
    {
        QMenu *go = menuNamed(QStringLiteral("goMenu"));
        QVERIFY(go);
        QVERIFY(go->actions().size() >= 9);
        for (int index = 0; index < 9; ++index) {
            QAction *action = go->actions().at(index);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
            m_window->setCurrentPage(index == 0 ? 1 : 0);
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
            QCOMPARE(m_window->currentPage(), m_window->page(index));
        }
    }

    void requestsMenuStartsEachFlow()
    {
        QMenu *menu = menuNamed(QStringLiteral("requestsMenu"));
        QVERIFY(menu);
        int flowActions = 0;
        for (QAction *action : menu->actions())
            flowActions += action->objectName().startsWith(u"request-"_qs) ? 1 : 0;
        QCOMPARE(flowActions, m_flows->types().size());
        QVERIFY(!m_flows->types().isEmpty());
        for (const QString &type : m_flows->types()) {
            auto *action = menu->findChild<QAction *>(u"request-"_qs + type);
            QVERIFY2(action, qPrintable(type));
            QVERIFY(action->text().contains(u'&'));
            action->trigger();
            QPointer<QDialog> dialog = m_flows->currentDialog();
            QVERIFY2(dialog, qPrintable(type));
            QTRY_VERIFY(dialog->isVisible());
            QVERIFY(!dialog->windowTitle().isEmpty());
            dialog->reject();
            QTRY_VERIFY(!dialog); // deleted on close: nothing lingers
        }
    }

    void aQueuedRequestIsShownOnTheRequestsPage()
    {
        m_window->setCurrentPage(0);
        QString error;
        const auto item = m_session.services()->outbox()->submit(
            QStringLiteral("security_report"),
            {{u"category"_qs, u"other"_qs}, {u"description"_qs, u"main window test"_qs}}, &error);
        QVERIFY2(item, qPrintable(error));
        Q_EMIT m_flows->requestQueued(*item);
        auto *requests = qobject_cast<RequestsPage *>(m_window->currentPage());
        QVERIFY(requests);
    }

    // Every page, the rights requests' dialogs, Settings, the account's
    // dialogs and the sign-in window (both steps, and adding a server) as a
    // screen reader and a keyboard-only user meet them: AccessibilityAudit's
    // rules, each finding naming its control.
    void everyPageAndDialogIsAccessible()
    {
        QStringList problems;
        const auto audit = [&problems](QWidget *window, const QString &what, int minimum) {
            const AccessibilityAudit found(window, minimum);
            for (const QString &problem : found.problems())
                problems << what + u": " + problem;
        };
        for (int index = 0; index < m_window->pageCount(); ++index) {
            const QString key = m_window->page(index)->key();
            QVERIFY2(showLoaded(*m_window, key), qPrintable(key));
            // The sidebar and at least one control of the page.
            audit(m_window.get(), key, 2);
        }
        for (const QString &type : m_flows->types()) {
            m_flows->start(type);
            QPointer<QDialog> dialog = m_flows->currentDialog();
            QVERIFY2(dialog, qPrintable(type));
            QTRY_VERIFY(dialog->isVisible());
            audit(dialog, u"request "_qs + type, 2);
            dialog->reject();
            QTRY_VERIFY(!dialog);
        }
        {
            SettingsDialog preferences(
                {u"en"_qs, std::chrono::minutes(15), Theme::Mode::System, m_dir.path()});
            QVERIFY(showExposed(&preferences, preferences.sizeHint()));
            audit(&preferences, u"settings"_qs, 4);
        }
        // The account's own dialogs, which send nothing until confirmed.
        const auto auditDialog = [&audit](QDialog &dialog, const QString &what, int minimum) {
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog))
                audit(&dialog, what, minimum);
            dialog.reject();
        };
        {
            ChangePasswordDialog dialog(m_session.services());
            auditDialog(dialog, u"change password"_qs, 3);
        }
        {
            ChangeEmailDialog dialog(m_session.services(), u"demo@example.com"_qs);
            auditDialog(dialog, u"change email"_qs, 2);
        }
        {
            DisableTwoFactorDialog dialog(m_session.services());
            auditDialog(dialog, u"turn off two-factor"_qs, 2);
        }
        {
            ReauthenticateDialog dialog(m_session.services(), u"Confirm it is you."_qs);
            auditDialog(dialog, u"re-authenticate"_qs, 2);
        }
        {
            CancelRequestDialog dialog(u"The request is withdrawn."_qs);
            auditDialog(dialog, u"cancel request"_qs, 2);
        }
        {
            AddServerDialog dialog(false);
            auditDialog(dialog, u"add server"_qs, 2);
        }
        SignInDialog signIn(m_session.services());
        QVERIFY(showExposed(&signIn, signIn.sizeHint()));
        audit(&signIn, u"sign-in"_qs, 4);
        signIn.setDemoAccount(u"demo@example.com"_qs, u"secret"_qs, u"JBSWY3DPEHPK3PXP"_qs);
        auto *steps = signIn.findChild<QStackedWidget *>();
        QVERIFY(steps);
        steps->setCurrentIndex(1);
        audit(&signIn, u"two-factor step"_qs, 2);
        // All of them in the log; a failure's message is cut short.
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) +
                                                u" problems, the first: "_qs + problems.value(0)));
    }

    // A selected row's icon is drawn in its own colours: the style's Selected
    // mode tinted it with the highlight until it all but vanished.
    void selectedSidebarIconKeepsItsColours()
    {
        QListWidget list;
        list.setItemDelegate(new SidebarDelegate(&list));
        list.setIconSize(QSize(24, 24));
        QPixmap red(24, 24);
        red.fill(Qt::red);
        list.addItem(new QListWidgetItem(QIcon(red), QStringLiteral("Overview")));
        list.resize(240, 80);
        list.setCurrentRow(0);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(list.item(0)->isSelected());
        const QImage image =
            list.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect row = list.visualItemRect(list.item(0));
        int pureRed = 0;
        for (int y = row.top(); y <= row.bottom(); ++y) {
            for (int x = row.left(); x <= row.right(); ++x)
                pureRed += image.pixel(x, y) == qRgb(255, 0, 0) ? 1 : 0;
        }
        // The whole icon, at any device pixel ratio of 1 or more.
        QVERIFY2(pureRed >= 24 * 24, qPrintable(QString::number(pureRed)));
    }

    void sidebarHasTwoGroupsWithCounts()
    {
        QListWidget *sidebar = m_window->sidebar();
        QStringList headings;
        QList<int> headed;
        for (int row = 0; row < sidebar->count(); ++row) {
            const QString heading =
                sidebar->item(row)->data(SidebarDelegate::HeadingRole).toString();
            if (!heading.isEmpty()) {
                headings << heading;
                headed << row;
            }
        }
        QCOMPARE(headings, (QStringList{u"What is held"_qs, u"Your controls"_qs}));
        QCOMPARE(headed.first(), 0);
        QCOMPARE(headed.last(), m_window->indexOfPage(SecurityPage::pageKey()));
        // Every control comes after everything held.
        for (const QString &key : {u"privacy-policy"_qs, u"requests"_qs})
            QVERIFY(m_window->indexOfPage(key) > headed.last());
        for (const QString &key : {u"activity"_qs, u"data-locations"_qs, u"devices"_qs})
            QVERIFY(m_window->indexOfPage(key) < headed.last());
        // A heading's row is taller by the heading; the row under it is as
        // tall as the others.
        QVERIFY(sidebar->sizeHintForRow(0) > sidebar->sizeHintForRow(1));
        QCOMPARE(sidebar->visualItemRect(sidebar->item(headed.last())).height(),
                 sidebar->sizeHintForRow(headed.last()));

        // How many visits the local copy holds, in figures and in words.
        QListWidgetItem *activity = sidebar->item(m_window->indexOfPage(u"activity"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!activity->data(SidebarDelegate::CountRole).toString().isEmpty(),
                                 20000);
        const QString count = activity->data(SidebarDelegate::CountRole).toString();
        DataTableView *table = activityTable(*m_window);
        QVERIFY(table);
        QTRY_VERIFY(table->matchCount() > 0);
        QCOMPARE(QLocale().toLongLong(count), table->matchCount());
        QVERIFY2(activity->data(Qt::AccessibleDescriptionRole).toString().contains(u"visit"_qs),
                 qPrintable(activity->data(Qt::AccessibleDescriptionRole).toString()));
        QVERIFY(activity->toolTip().contains(count));

        // An attention badge says why in the tooltip and to screen readers,
        // and goes when the reason does.
        QListWidgetItem *requests = sidebar->item(m_window->indexOfPage(u"requests"_qs));
        m_window->setPageAttention(u"requests"_qs, u"2 requests overdue"_qs);
        QCOMPARE(requests->data(Qt::AccessibleDescriptionRole).toString(),
                 u"2 requests overdue"_qs);
        QVERIFY(requests->toolTip().contains(u"2 requests overdue"_qs));
        m_window->setPageAttention(u"requests"_qs, {});
        QVERIFY(requests->data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }

    // The short columns of visits (time, place, browser…) show their whole
    // values; only the long free texts give way when the table is narrow.
    void activityColumnsFitTheirValues()
    {
        DataTableView *table = activityTable(*m_window);
        QVERIFY(table);
        QTableView *view = table->table();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QStringList cut;
        const auto nothingCut = [&] {
            cut.clear();
            const int last = view->model()->columnCount() - 1;
            const int rows = qMin(view->model()->rowCount(), 20);
            for (int column = 0; column < last; ++column) {
                const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
                if (header == u"Page title" || header == u"Came from")
                    continue; // elastic
                int needed = view->horizontalHeader()->sectionSizeHint(column);
                // The cell is drawn in the column less its grid line.
                const int grid = view->showGrid() ? 1 : 0;
                for (int row = 0; row < rows; ++row)
                    needed = qMax(
                        needed,
                        view->sizeHintForIndex(view->model()->index(row, column)).width() + grid);
                if (view->columnWidth(column) < needed)
                    cut << QStringLiteral("%1 %2<%3")
                               .arg(header)
                               .arg(view->columnWidth(column))
                               .arg(needed);
            }
            return cut.isEmpty();
        };
        QVERIFY2(QTest::qWaitFor(nothingCut, 5000), qPrintable(cut.join(u", ")));
        // Not by making every column as wide as the widest: a short value's
        // column is not much wider than it.
        const int device = 5;
        QCOMPARE(view->model()->headerData(device, Qt::Horizontal).toString(), u"Device"_qs);
        QVERIFY(view->columnWidth(device) < view->fontMetrics().averageCharWidth() * 20);
    }

    // The date fields never contradict the period beside them.
    void activityPeriodAndDatesAgree()
    {
        DataTableView *table = activityTable(*m_window);
        QVERIFY(table);
        DateRangeEdit *range = table->dateRange();
        QDateEdit *from = range->fromEdit();
        QDateEdit *to = range->toEdit();
        const QDate today = QDate::currentDate();
        const auto choose = [range](DateRangeEdit::Preset preset) {
            QComboBox *box = range->presetBox();
            const int target = box->findData(QVariant::fromValue(preset));
            box->setFocus();
            while (box->currentIndex() < target)
                QTest::keyClick(box, Qt::Key_Down);
            while (box->currentIndex() > target)
                QTest::keyClick(box, Qt::Key_Up);
        };
        const auto showsNoDate = [](QDateEdit *edit) {
            return !edit->isEnabled() && !edit->text().contains(QRegularExpression(u"\\d"_qs));
        };
        const auto shown = [](QDateEdit *edit, const QDate &date) {
            return edit->isEnabled() && edit->date() == date &&
                   edit->text() == QLocale().toString(date, edit->displayFormat());
        };

        // As the page opens: all time, and no date beside it.
        QCOMPARE(range->preset(), DateRangeEdit::Preset::AllTime);
        QVERIFY(showsNoDate(from));
        QVERIFY(showsNoDate(to));
        QVERIFY(!range->from().isValid());
        QVERIFY(!range->until().isValid());

        choose(DateRangeEdit::Preset::Last7Days);
        QVERIFY(shown(from, today.addDays(-6)));
        QVERIFY(shown(to, today));
        QCOMPARE(range->from(), today.addDays(-6).startOfDay());

        choose(DateRangeEdit::Preset::AllTime);
        QVERIFY(showsNoDate(from));
        QVERIFY(showsNoDate(to));

        // From "all time" a custom range starts from real dates, shown.
        choose(DateRangeEdit::Preset::Custom);
        QVERIFY(shown(to, today));
        QVERIFY(shown(from, from->date()));
        QVERIFY(from->date() <= today && from->date() > today.addYears(-1));
        QCOMPARE(range->from(), from->date().startOfDay());
        QCOMPARE(range->until(), today.addDays(1).startOfDay());

        // Editing a preset's date makes the period a custom one.
        choose(DateRangeEdit::Preset::Last30Days);
        QVERIFY(shown(from, today.addDays(-29)));
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Up);
        QCOMPARE(range->preset(), DateRangeEdit::Preset::Custom);
        QVERIFY(from->date() != today.addDays(-29));
        QVERIFY(shown(from, from->date()));

        choose(DateRangeEdit::Preset::AllTime);
        QVERIFY(showsNoDate(from));
    }

    // The size, the splitters and the column widths the user left are
    // those of the next window (a new run, or after a language switch).
    void windowLayoutIsRestored()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        const QRect available = QApplication::primaryScreen()->availableGeometry();
        // Within the screen, so that restoring it needs no adjusting, and
        // not the size a first window has.
        m_leftSize = available.size() * 19 / 20;
        {
            // A first window: most of the screen, never more.
            std::unique_ptr<MainWindow> first = newWindow(&settings);
            first->show();
            QVERIFY(QTest::qWaitForWindowExposed(first.get()));
            QVERIFY(first->width() <= available.width());
            QVERIFY(first->height() <= available.height());
            QVERIFY(first->width() >= available.width() * 3 / 4 ||
                    first->width() >= first->fontMetrics().averageCharWidth() * 150);

            auto *main = first->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(main);
            main->setSizes({main->width() / 4, main->width() * 3 / 4});
            DataTableView *table = activityTable(*first);
            QVERIFY(table);
            QTRY_VERIFY(table->table()->model()->rowCount() > 0);
            QVERIFY(first->size() != m_leftSize);
            first->resize(m_leftSize);
            // The user drags a column's edge.
            table->table()->horizontalHeader()->resizeSection(2, 333);
            auto *detail = table->findChild<QSplitter *>(QStringLiteral("detailSplitter"));
            QVERIFY(detail);
            detail->setSizes({detail->width() * 2 / 3, detail->width() / 3});
            QCoreApplication::processEvents();
            m_expectedMainSizes = main->sizes();
            m_expectedDetailSizes = detail->sizes();
            first->close(); // as the user closes it
        }
        std::unique_ptr<MainWindow> second = newWindow(&settings);
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second.get()));
        QCOMPARE(second->size(), m_leftSize);
        QCOMPARE(second->currentPage()->key(), ActivityPage::pageKey());
        QCOMPARE(second->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(),
                 m_expectedMainSizes);
        DataTableView *table = activityTable(*second);
        QVERIFY(table);
        QTRY_VERIFY(table->table()->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        QCOMPARE(table->table()->columnWidth(2), 333);
        QCOMPARE(table->findChild<QSplitter *>(QStringLiteral("detailSplitter"))->sizes(),
                 m_expectedDetailSizes);
    }

    // Every page and the main dialogs, in English and in Indonesian: no
    // label's text is cut by the room it was given.
    void noLabelIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_qs;
        QTest::newRow("Indonesian") << u"id"_qs;
    }

    void noLabelIsClipped()
    {
        QFETCH(QString, language);
        Translations::setSearchPath(QStringLiteral(PD_QM_DIR));
        Translations::apply(language);
        const auto restore = qScopeGuard([] { Translations::apply(u"en"_qs); });
        QSettings settings(m_dir.filePath(language + u".ini"), QSettings::IniFormat);
        std::unique_ptr<MainWindow> window = newWindow(&settings);
        QVERIFY(showExposed(window.get(), {1280, 860}));
        window->beginSession();
        if (language == u"id"_qs)
            QVERIFY(window->sidebar()->item(0)->text() != u"Overview"_qs); // translated
        for (int index = 0; index < window->pageCount(); ++index) {
            const QString key =
                window->sidebar()->item(index) ? window->page(index)->key() : QString();
            QVERIFY2(showLoaded(*window, key), qPrintable(key));
            checkNothingClipped(window.get(), key);
        }

        // The rights requests' dialogs.
        RequestFlows *flows = window->findChild<RequestFlows *>();
        QVERIFY(flows);
        for (const QString &type : flows->types()) {
            flows->start(type);
            QPointer<QDialog> dialog = flows->currentDialog();
            QVERIFY2(dialog, qPrintable(type));
            QTRY_VERIFY(dialog->isVisible());
            checkNothingClipped(dialog, u"request "_qs + type);
            dialog->reject();
            QTRY_VERIFY(!dialog);
        }

        SettingsDialog preferences(
            {language, std::chrono::minutes(15), Theme::Mode::System, m_dir.path()});
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        checkNothingClipped(&preferences, u"settings"_qs);

        // The sign-in window with a long message, then at its two-factor
        // step with the demo's hint under the explanation.
        SignInDialog signIn(m_session.services());
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        checkNothingClipped(&signIn, u"sign-in"_qs);
        signIn.showError(u"The system keychain could not be used, so you will have to sign in each "
                         "time you start the app: org.freedesktop.secrets was not provided by any "
                         ".service files"_qs);
        checkNothingClipped(&signIn, u"sign-in with a message"_qs);
        signIn.setDemoAccount(u"demo@example.com"_qs, u"secret"_qs, u"JBSWY3DPEHPK3PXP"_qs);
        auto *steps = signIn.findChild<QStackedWidget *>();
        QVERIFY(steps);
        steps->setCurrentIndex(1);
        QVERIFY(signIn.findChild<QLabel *>(u"totpExplanation"_qs)->isVisible());
        checkNothingClipped(&signIn, u"two-factor step"_qs);
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("PD_GUI_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set PD_GUI_SCREENSHOT_DIR to save the pages as images");
        QDir().mkpath(folder);
        const QPalette light = Theme::lightPalette();
        const QPalette dark = Theme::darkPalette();
        for (const auto &[name, palette] : {std::pair{u"light"_qs, light}, {u"dark"_qs, dark}}) {
            QApplication::setPalette(palette);
            for (int index = 0; index < m_window->pageCount(); ++index) {
                m_window->setCurrentPage(index);
                m_window->grab().save(QDir(folder).filePath(
                    QStringLiteral("%1-%2.png").arg(name).arg(index, 2, 10, QLatin1Char('0'))));
            }
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_main_window.moc"
