// The app's style looks each standard icon up when it is first drawn, not
// when a widget asks for it: a window with a menu bar, a toolbar and a
// search field with a clear button (each asks for one at construction)
// paints its first frame without a single look-up, and the icons still
// show their pictures when drawn.
#include "IconPicture.h"
#include "widgets/CellTextDelegate.h"
#include "widgets/DeferredIconStyle.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace pd;
using pd::test::hasPicture;

namespace {

// Fusion, counting the standard icons asked of it.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++lookUps;
        return QProxyStyle::standardIcon(which, option, widget);
    }

    mutable int lookUps = 0;
};

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestGuiDeferredIconStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookedUpWhenFirstDrawnWithTheBaseStylesPicture()
    {
        auto *counting = new CountingStyle;
        const DeferredIconStyle style(counting);
        const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(counting->lookUps, 0);
        const QImage deferred = imageOf(icon);
        QCOMPARE(counting->lookUps, 1);
        QVERIFY(hasPicture(deferred));
        QCOMPARE(deferred, imageOf(counting->baseStyle()->standardIcon(
                               QStyle::SP_ToolBarHorizontalExtensionButton)));
        // Once for every copy.
        const QIcon copy = icon;
        imageOf(copy);
        QCOMPARE(counting->lookUps, 1);
    }

    void askingWidgetMayGoFirst()
    {
        auto *counting = new CountingStyle;
        const DeferredIconStyle style(counting);
        auto *widget = new QWidget;
        const QIcon icon = style.standardIcon(QStyle::SP_LineEditClearButton, nullptr, widget);
        delete widget;
        QVERIFY(hasPicture(imageOf(icon)));
    }

    void firstFrameLooksUpNoStandardIcon()
    {
        auto *counting = new CountingStyle;
        DeferredIconStyle::install(counting);
        QPointer<QStyle> installed = QApplication::style();
        QVERIFY(qobject_cast<DeferredIconStyle *>(installed));

        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&Account"));
        QToolBar *toolBar = window.addToolBar(QStringLiteral("Main toolbar"));
        toolBar->addAction(QStringLiteral("Sync"));
        auto *search = new QLineEdit(&window);
        search->setClearButtonEnabled(true);
        window.setCentralWidget(search);
        window.resize(640, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(counting->lookUps, 0);

        // The menu bar's overflow button still has its picture when needed.
        auto *overflow =
            window.menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(overflow);
        QVERIFY(hasPicture(imageOf(overflow->icon())));
        QVERIFY(counting->lookUps >= 1);
    }

    void tableCellsKeepTheirFastPath()
    {
        // It draws item views as its base does, so tables' cells are still
        // laid out once (CellTextDelegate) under it.
        const DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(CellTextDelegate::paintsUnder(&style));
    }
};

QTEST_MAIN(TestGuiDeferredIconStyle)
#include "tst_gui_deferred_icon_style.moc"
