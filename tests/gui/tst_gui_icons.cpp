// Every icon the main window shows has a picture on a desktop whose icon
// theme has none of them: the sidebar's page icons, the actions' icons and
// the app icon come from the app's own embedded drawings. Rendering them
// also proves that Qt's SVG icon engine (libqt6svg6) is present.
#include "DataPagesSession.h"
#include "IconPicture.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "core/AppServices.h"
#include "pages/Page.h"
#include "widgets/AppIcon.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QListWidget>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;

namespace {

// True when `icon` draws something at `size` (not just a transparent square).
bool paints(const QIcon &icon, int size)
{
    return hasPicture(icon.pixmap(size, size).toImage());
}

} // namespace

class TestGuiIcons : public QObject
{
    Q_OBJECT

    DataPagesSession m_session;
    std::unique_ptr<MainWindow> m_window;

    AppServices *services() const { return m_session.services(); }

private Q_SLOTS:
    void initTestCase()
    {
        // A desktop without any icon theme.
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("pd-no-such-theme"));
        QVERIFY(QIcon::fromTheme(QStringLiteral("view-refresh")).isNull());

        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(services(), m_session.settings());
        PageCatalog::addStandardPages(*m_window, *services());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.stop();
    }

    void everySidebarPageHasAnIcon()
    {
        QVERIFY(m_window->pageCount() > 0);
        QCOMPARE(m_window->sidebar()->count(), m_window->pageCount());
        for (int index = 0; index < m_window->pageCount(); ++index) {
            const QString name = m_window->page(index)->iconName();
            const QIcon icon = m_window->sidebar()->item(index)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QVERIFY2(paints(icon, 16), qPrintable(name));
            QVERIFY2(paints(icon, 32), qPrintable(name));
        }
    }

    void theWindowsActionsHaveIcons_data()
    {
        QTest::addColumn<QString>("objectName");
        QTest::newRow("sync") << QStringLiteral("syncNowAction");
        QTest::newRow("sign out") << QStringLiteral("signOutAction");
        QTest::newRow("settings") << QStringLiteral("settingsAction");
        QTest::newRow("about") << QStringLiteral("aboutAction");
        QTest::newRow("copy diagnostics") << QStringLiteral("copyDiagnosticsAction");
        QTest::newRow("quit") << QStringLiteral("quitAction");
    }

    void theWindowsActionsHaveIcons()
    {
        QFETCH(QString, objectName);
        auto *action = m_window->findChild<QAction *>(objectName);
        QVERIFY(action);
        QVERIFY(!action->icon().isNull());
        QVERIFY(paints(action->icon(), 16));
    }

    void theAppIconIsEmbedded()
    {
        const QIcon icon = AppIcon::application();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 256})
            QVERIFY2(paints(icon, size), qPrintable(QString::number(size)));
        // The fallback for a name the app has no drawing for stays empty
        // instead of showing something unrelated.
        QVERIFY(AppIcon::themed(QStringLiteral("pd-no-such-icon")).isNull());
    }
};

QTEST_MAIN(TestGuiIcons)
#include "tst_gui_icons.moc"
