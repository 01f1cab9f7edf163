// The guided tour over the main window as the app runs it (AppController,
// PageCatalog) against the reference backend: it shows after the first
// sign-in, walks the areas of the window with Next / Back and the arrow
// keys, follows a resize, reads in light and dark palettes, is named for
// screen readers, is not shown again once closed, and Help → Take the Tour
// brings it back from the first step.
#include "DataPagesSession.h"

#include "AppController.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "core/SettingKeys.h"
#include "tour/GuidedTour.h"
#include "tour/TourOverlay.h"
#include "widgets/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

using namespace pd;
using namespace pd::test;

class TestGuiTour : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    std::unique_ptr<AppController> m_controller;

    MainWindow *window() const { return m_controller->mainWindow(); }
    GuidedTour *tour() const { return window()->tour(); }
    TourOverlay *overlay() const { return tour()->overlay(); }

    static QRect inWindow(const QWidget *widget, const QWidget *window)
    {
        return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    }

    // Where each step must be, worked out from the window's widgets.
    QRect expectedArea(GuidedTour::Area area) const
    {
        MainWindow *w = window();
        const auto menuTitle = [w](const QString &name) {
            auto *menu = w->findChild<QMenu *>(name);
            return menu ? w->menuBar()
                              ->actionGeometry(menu->menuAction())
                              .translated(w->menuBar()->mapTo(w, QPoint(0, 0)))
                        : QRect();
        };
        switch (area) {
        case GuidedTour::Area::Sidebar:
            return inWindow(w->sidebar(), w);
        case GuidedTour::Area::Pages:
            return inWindow(w->findChild<QWidget *>(u"pages"_qs), w);
        case GuidedTour::Area::SyncAction:
            return inWindow(w->findChild<QToolBar *>(u"mainToolBar"_qs)
                                ->widgetForAction(w->findChild<QAction *>(u"syncNowAction"_qs)),
                            w);
        case GuidedTour::Area::SyncStatus:
            return inWindow(w->syncStatus(), w);
        case GuidedTour::Area::RequestsMenu:
            return menuTitle(u"requestsMenu"_qs);
        case GuidedTour::Area::HelpMenu:
            return menuTitle(u"helpMenu"_qs);
        }
        return {};
    }

    AppServices *services() const { return m_session.services(); }

    // Lightness of `at` with the overlay shown and hidden.
    QPair<int, int> lightnessWithAndWithout(const QPoint &at) const
    {
        const int with = window()->grab().toImage().pixelColor(at).lightness();
        overlay()->hide();
        const int without = window()->grab().toImage().pixelColor(at).lightness();
        overlay()->show();
        return {with, without};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({}), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        m_controller = std::make_unique<AppController>(services(), m_session.settings(),
                                                       AppController::Options{});
        PageCatalog::addStandardPages(*window(), *services());
        window()->resize(1200, 800);
    }

    void cleanupTestCase() { m_controller.reset(); }

    void firstSignInShowsTheTour()
    {
        QVERIFY(!SettingKeys::tourCompleted.read(*m_session.settings()));
        QString error;
        QVERIFY2(m_session.signIn(m_server, 1, &error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTRY_VERIFY(tour()->isActive());
        QCOMPARE(tour()->currentStep(), 0);
        QVERIFY(overlay()->isVisible());
        QCOMPARE(overlay()->geometry(), window()->rect());
        QCOMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::Sidebar));
        QCOMPARE(overlay()->stepLabel()->text(), u"Step 1 of %1"_qs.arg(tour()->stepCount()));
        QVERIFY(!overlay()->backButton()->isEnabled());
        // The keyboard starts on the callout.
        QCOMPARE(overlay()->focusWidget(), overlay()->nextButton());
    }

    void nextAndBackMoveTheHighlight()
    {
        QCOMPARE(tour()->stepCount(), 6);
        for (int step = 0; step < tour()->stepCount(); ++step) {
            QCOMPARE(tour()->currentStep(), step);
            const QRect expected = expectedArea(tour()->area(step));
            QVERIFY2(!expected.isEmpty(), qPrintable(QString::number(step)));
            QCOMPARE(overlay()->highlight(), expected);
            QCOMPARE(overlay()->stepLabel()->text(),
                     u"Step %1 of %2"_qs.arg(step + 1).arg(tour()->stepCount()));
            // The step's explanation is what a screen reader hears.
            QVERIFY(!overlay()->textLabel()->text().isEmpty());
            QVERIFY(overlay()->accessibleDescription().contains(overlay()->textLabel()->text()));
            QVERIFY(overlay()->callout()->accessibleDescription().contains(
                overlay()->textLabel()->text()));
            // The callout does not cover what it talks about.
            QVERIFY(!overlay()->callout()->geometry().intersects(expected) ||
                    tour()->area(step) == GuidedTour::Area::Pages);
            const QStringList unnamed = unnamedFocusableWidgets(overlay());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
            if (step + 1 < tour()->stepCount()) {
                QCOMPARE(overlay()->nextButton()->accessibleName(), u"Next"_qs);
                QTest::mouseClick(overlay()->nextButton(), Qt::LeftButton);
            }
        }
        // The last step offers Done instead of Next.
        QCOMPARE(overlay()->nextButton()->accessibleName(), u"Done"_qs);
        QCOMPARE(overlay()->nextButton()->text().remove(u'&'), u"Done"_qs);
        QTest::mouseClick(overlay()->backButton(), Qt::LeftButton);
        QCOMPARE(tour()->currentStep(), tour()->stepCount() - 2);
        QCOMPARE(overlay()->highlight(), expectedArea(tour()->area(tour()->stepCount() - 2)));
    }

    void arrowKeysMoveAndTabStaysOnTheCallout()
    {
        tour()->start();
        QCOMPARE(tour()->currentStep(), 0);
        QTest::keyClick(overlay()->nextButton(), Qt::Key_Right);
        QCOMPARE(tour()->currentStep(), 1);
        QCOMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::Pages));
        QTest::keyClick(overlay()->focusWidget(), Qt::Key_Right);
        QCOMPARE(tour()->currentStep(), 2);
        QCOMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::SyncAction));
        QTest::keyClick(overlay()->focusWidget(), Qt::Key_Left);
        QCOMPARE(tour()->currentStep(), 1);
        // Left on the first step stays there.
        QTest::keyClick(overlay()->focusWidget(), Qt::Key_Left);
        QTest::keyClick(overlay()->focusWidget(), Qt::Key_Left);
        QCOMPARE(tour()->currentStep(), 0);

        QList<QWidget *> visited;
        for (int i = 0; i < 4; ++i) {
            QWidget *focus = overlay()->focusWidget();
            QVERIFY(focus);
            QVERIFY2(overlay()->callout()->isAncestorOf(focus), focus->metaObject()->className());
            visited << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        // Next and Close (Back is disabled on the first step), then round again.
        QCOMPARE(visited.at(0), overlay()->nextButton());
        QCOMPARE(visited.at(1), overlay()->closeButton());
        QCOMPARE(visited.at(2), overlay()->nextButton());
    }

    void followsWindowResizes()
    {
        tour()->start();
        const QSize before = window()->size();
        window()->resize(900, 640);
        QTRY_COMPARE(overlay()->geometry(), window()->rect());
        QTRY_COMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::Sidebar));
        QTest::keyClick(overlay()->nextButton(), Qt::Key_Right);
        QCOMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::Pages));
        QVERIFY(window()->rect().contains(overlay()->callout()->geometry()));
        window()->resize(before);
        QTRY_COMPARE(overlay()->geometry(), window()->rect());
        QTRY_COMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::Pages));
    }

    void usesThePaletteOfLightAndDarkThemes()
    {
        tour()->start();
        const QPalette original = window()->palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        // Some styles' dark palettes make Shadow a grey lighter than Window.
        dark.setColor(QPalette::Shadow, QColor(0x5a, 0x5a, 0x5a));
        for (const QPalette &palette : {original, dark}) {
            window()->setPalette(palette);
            const QImage picture = window()->grab().toImage();
            const QPoint inside = overlay()->callout()->geometry().topLeft() + QPoint(4, 4);
            QCOMPARE(picture.pixelColor(inside), palette.color(QPalette::Window));
            QCOMPARE(overlay()->textLabel()->palette().color(QPalette::WindowText),
                     palette.color(QPalette::WindowText));
            // Outside the lit area and the callout the window is dimmed.
            const QRect lit = overlay()->highlight();
            const QPoint outside(window()->width() - 3, lit.center().y());
            QVERIFY(!lit.adjusted(-8, -8, 8, 8).contains(outside));
            QVERIFY(!overlay()->callout()->geometry().contains(outside));
            const auto [with, without] = lightnessWithAndWithout(outside);
            QVERIFY2(without == 0 ? with == 0 : with < without,
                     qPrintable(u"%1 %2"_qs.arg(with).arg(without)));
        }
        window()->setPalette(original);
    }

    void closedTourIsNotShownAtTheNextSignIn()
    {
        tour()->start();
        QSignalSpy finished(tour(), &GuidedTour::finished);
        QTest::keyClick(overlay()->focusWidget(), Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!tour()->isActive());
        QVERIFY(!overlay()->isVisible());
        QVERIFY(SettingKeys::tourCompleted.read(*m_session.settings()));

        QSignalSpy signedOut(services(), &AppServices::signedOut);
        services()->signOut();
        QVERIFY(signedOut.wait(30000));
        QTRY_VERIFY(!window()->isVisible());
        QString error;
        QVERIFY2(m_session.signIn(m_server, 1, &error), qPrintable(error));
        QTRY_VERIFY(window()->isVisible());
        // The sign-in and first sync ran the event loop long after the
        // window showed: a tour would be up by now.
        QCoreApplication::processEvents();
        QVERIFY(!tour()->isActive());
        QVERIFY(!overlay()->isVisible());
    }

    void doneOnTheLastStepEndsTheTour()
    {
        tour()->start();
        while (tour()->currentStep() + 1 < tour()->stepCount())
            QTest::mouseClick(overlay()->nextButton(), Qt::LeftButton);
        QSignalSpy finished(tour(), &GuidedTour::finished);
        QTest::mouseClick(overlay()->nextButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!overlay()->isVisible());
        QVERIFY(!tour()->isActive());
    }

    void helpTakeTheTourStartsAgainFromStepOne()
    {
        auto *help = window()->findChild<QMenu *>(u"helpMenu"_qs);
        QVERIFY(help);
        auto *action = window()->findChild<QAction *>(u"tourAction"_qs);
        QVERIFY(action);
        QVERIFY(help->actions().contains(action));
        QVERIFY(action->text().contains(u'&'));
        // Left in the middle, then asked for again: from the start.
        tour()->start();
        QTest::keyClick(overlay()->nextButton(), Qt::Key_Right);
        QTest::keyClick(overlay()->focusWidget(), Qt::Key_Right);
        QCOMPARE(tour()->currentStep(), 2);
        QTest::mouseClick(overlay()->closeButton(), Qt::LeftButton);
        QVERIFY(!tour()->isActive());
        action->trigger();
        QVERIFY(tour()->isActive());
        QCOMPARE(tour()->currentStep(), 0);
        QCOMPARE(overlay()->highlight(), expectedArea(GuidedTour::Area::Sidebar));
        QCOMPARE(overlay()->focusWidget(), overlay()->nextButton());
        QTest::mouseClick(overlay()->closeButton(), Qt::LeftButton);
    }
};

QTEST_MAIN(TestGuiTour)
#include "tst_gui_tour.moc"
