// The main window as the app assembles it (PageCatalog): every page is in
// the sidebar and reachable by keyboard, built when first shown, each one
// reaches its content (or says it has none) against the reference backend,
// the Overview's buttons lead to the pages they name, the Requests menu
// starts the rights-request flows, and a filed request is shown on the
// Requests page. With PD_GUI_SCREENSHOT_DIR set it also saves each page in
// the light and the dark palette, for people reviewing the look.
#include "DataPagesSession.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "pages/Page.h"
#include "pages/RequestsPage.h"
#include "requests/RequestFlows.h"
#include "settings/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
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

    QMenu *menuNamed(const QString &objectName) const
    {
        for (QAction *action : m_window->menuBar()->actions()) {
            if (action->menu() && action->menu()->objectName() == objectName)
                return action->menu();
        }
        return nullptr;
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
