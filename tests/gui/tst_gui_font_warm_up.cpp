// The font database is built on a thread of its own at start (FontWarmUp):
// the thread builds the same database the GUI thread then uses.
#include "FontWarmUp.h"

#include <QFontDatabase>
#include <QTest>

using namespace pd;

class TestGuiFontWarmUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheDatabaseTheGuiThreadUses()
    {
        QObject app;
        auto *warmUp = new FontWarmUp(&app);
        QTRY_VERIFY(warmUp->isFinished());
        QVERIFY(warmUp->familiesFound() > 0);
        QCOMPARE(warmUp->familiesFound(), int(QFontDatabase::families().size()));
        // The GUI thread lays text out with it as before.
        QVERIFY(QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("Visits")) > 0);
    }
};

QTEST_MAIN(TestGuiFontWarmUp)
#include "tst_gui_font_warm_up.moc"
