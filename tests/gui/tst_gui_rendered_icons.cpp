// The app's own icons drawn ahead on another thread (RenderedIcons) look as
// Qt's SVG icon engine draws them, are drawn without looking the icon up,
// and give way to the desktop theme's icon of the same name.
#include "widgets/AppIcon.h"
#include "widgets/DeferredIconEngine.h"
#include "widgets/RenderedIcons.h"
#include "widgets/SidebarDelegate.h"

#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace pd;

namespace {

constexpr QSize kPixels(24, 24);

QStringList ownIconNames()
{
    QStringList names;
    for (const QString &file :
         QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")}))
        names << file.chopped(4);
    return names;
}

// Drawn on a thread of their own, as at start.
std::shared_ptr<RenderedIcons> renderedOnAThread(QSize pixels)
{
    auto icons = std::make_shared<RenderedIcons>();
    std::unique_ptr<QThread> thread(QThread::create([&] { icons->renderAll(pixels); }));
    thread->start();
    thread->wait();
    return icons;
}

QImage premultiplied(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// What QIcon::paint() puts in a transparent square of `size`.
QImage painted(const QIcon &icon, QSize size, QIcon::Mode mode = QIcon::Normal)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(QPoint(), size), Qt::AlignCenter, mode);
    painter.end();
    return image;
}

QImage grabbed(QWidget &widget)
{
    return widget.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestGuiRenderedIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsEveryOwnIconAsQtsEngineDoes()
    {
        const QStringList names = ownIconNames();
        QVERIFY(!names.isEmpty());
        const auto icons = renderedOnAThread(kPixels);
        QCOMPARE(icons->count(), names.size());
        for (const QString &name : names) {
            const QImage ahead = icons->find(name, kPixels);
            QVERIFY2(!ahead.isNull(), qPrintable(name));
            QCOMPARE(ahead.size(), kPixels);
            const QIcon qts(RenderedIcons::ownFile(name));
            QCOMPARE(ahead.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     premultiplied(qts.pixmap(kPixels)));
        }
        QVERIFY(icons->find(names.constFirst(), QSize(32, 32)).isNull());
        QVERIFY(icons->find(QStringLiteral("no-such-icon"), kPixels).isNull());
    }

    void anIconDrawnAheadIsNotLookedUp()
    {
        const auto icons = renderedOnAThread(kPixels);
        const QString name = QStringLiteral("computer");
        const QString file = RenderedIcons::ownFile(name);
        int lookUps = 0;
        const QIcon icon(new DeferredIconEngine(
            [&] {
                ++lookUps;
                return QIcon(file);
            },
            [&](QSize pixels) { return icons->find(name, pixels); }));
        const QIcon qts(file);

        QVERIFY(!icon.isNull());
        QCOMPARE(icon.actualSize(kPixels), kPixels);
        QCOMPARE(premultiplied(icon.pixmap(kPixels)), premultiplied(qts.pixmap(kPixels)));
        QCOMPARE(painted(icon, kPixels), painted(qts, kPixels));
        // The other modes as Qt's engine makes them from the normal one.
        for (const QIcon::Mode mode : {QIcon::Selected, QIcon::Disabled, QIcon::Active}) {
            QCOMPARE(premultiplied(icon.pixmap(kPixels, mode)),
                     premultiplied(qts.pixmap(kPixels, mode)));
            QCOMPARE(painted(icon, kPixels, mode), painted(qts, kPixels, mode));
        }
        QCOMPARE(lookUps, 0);

        // Any other size is looked up, once.
        QCOMPARE(premultiplied(icon.pixmap(QSize(32, 32))), premultiplied(qts.pixmap(32, 32)));
        QCOMPARE(lookUps, 1);
        QCOMPARE(premultiplied(icon.pixmap(kPixels)), premultiplied(qts.pixmap(kPixels)));
        QCOMPARE(lookUps, 1);
    }

    // A desktop theme that has the icon is drawn, not our own drawing.
    void theThemesIconWins()
    {
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        const QString name = QStringLiteral("computer");
        QDir root(themes.path());
        QVERIFY(root.mkpath(QStringLiteral("t/24x24/devices")));
        QFile index(root.filePath(QStringLiteral("t/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=t\nDirectories=24x24/devices\n\n"
                    "[24x24/devices]\nSize=24\nType=Fixed\n");
        index.close();
        QImage red(kPixels, QImage::Format_ARGB32_Premultiplied);
        red.fill(Qt::red);
        QVERIFY(red.save(root.filePath(QStringLiteral("t/24x24/devices/computer.png"))));

        const QStringList oldPaths = QIcon::themeSearchPaths();
        const QString oldTheme = QIcon::themeName();
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("t"));
        const auto icons = renderedOnAThread(kPixels);
        const QImage drawn = premultiplied(AppIcon::themed(name, icons).pixmap(kPixels));
        QIcon::setThemeName(oldTheme);
        QIcon::setThemeSearchPaths(oldPaths);
        QCOMPARE(drawn, red);
    }

    // The sidebar with icons drawn ahead looks as it does without them.
    void theSidebarLooksTheSame()
    {
        const auto icons = renderedOnAThread(SidebarDelegate::iconSize());
        const auto sidebar = [&](std::shared_ptr<const RenderedIcons> rendered) {
            auto list = std::make_unique<QListWidget>();
            list->setItemDelegate(new SidebarDelegate(list.get()));
            list->setIconSize(SidebarDelegate::iconSize(list.get()));
            for (const QString &name : ownIconNames())
                list->addItem(new QListWidgetItem(AppIcon::themed(name, rendered), name));
            list->setCurrentRow(1);
            list->resize(300, 600);
            return list;
        };
        const auto plain = sidebar(nullptr);
        const auto ahead = sidebar(icons);
        QCOMPARE(grabbed(*ahead), grabbed(*plain));
    }
};

QTEST_MAIN(TestGuiRenderedIcons)
#include "tst_gui_rendered_icons.moc"
