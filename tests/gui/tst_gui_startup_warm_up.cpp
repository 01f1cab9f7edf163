// What the first frame needs is loaded on a thread of its own at start
// (StartupWarmUp): the SQLite driver, the font database the GUI thread then
// uses, the SVG icon engine, and the app's own icons drawn at the
// sidebar's size.
#include "StartupWarmUp.h"
#include "widgets/RenderedIcons.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QSqlDatabase>
#include <QTest>

using namespace pd;

namespace {

// Whether the process has mapped a library whose file name is `name`.
bool loaded(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(QByteArray('/' + name + '\n'));
}

} // namespace

class TestGuiStartupWarmUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWhatTheFirstFrameNeeds()
    {
        QVERIFY(!loaded("libqsqlite.so"));
        QVERIFY(!loaded("libqsvgicon.so"));
        QObject app;
        auto *warmUp = new StartupWarmUp(&app);
        // Nothing happens before begin(): main() builds the warm-up before
        // the application.
        QVERIFY(!warmUp->isFinished());
        QCOMPARE(warmUp->familiesFound(), 0);
        QCOMPARE(warmUp->renderedIcons()->count(), 0);
        warmUp->begin(QSize(24, 24));
        QTRY_VERIFY(warmUp->isFinished());
        QVERIFY(warmUp->familiesFound() > 0);
        QCOMPARE(warmUp->familiesFound(), int(QFontDatabase::families().size()));
        QVERIFY(loaded("libqsqlite.so"));
        QVERIFY(loaded("libqsvgicon.so"));
        // The driver was loaded through a connection that is gone.
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        // The GUI thread lays text out with it as before.
        QVERIFY(QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("Visits")) > 0);
        // Every embedded action icon, at the size asked for.
        const QStringList own =
            QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")});
        QVERIFY(!own.isEmpty());
        QCOMPARE(warmUp->renderedIcons()->count(), own.size());
        for (const QString &file : own)
            QVERIFY2(!warmUp->renderedIcons()->find(file.chopped(4), QSize(24, 24)).isNull(),
                     qPrintable(file));
    }

    // A start that ends before its window (--help, a bad --theme) destroys
    // a warm-up that never began: its thread ends, with nothing loaded.
    void aWarmUpThatNeverBeganEndsWithNothingLoaded()
    {
        std::shared_ptr<const RenderedIcons> icons;
        {
            StartupWarmUp warmUp;
            icons = warmUp.renderedIcons();
        }
        QCOMPARE(icons->count(), 0);
    }
};

QTEST_MAIN(TestGuiStartupWarmUp)
#include "tst_gui_startup_warm_up.moc"
