// DisplayText: what every view shows of a server's value is bounded, with
// control characters visible and bidi controls unable to reorder anything.
#include "common/DisplayText.h"
#include "common/JsonStringCap.h"

#include <QTest>

using namespace pd;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainValuesAreUnchanged()
    {
        QCOMPARE(DisplayText::bounded(u"Firefox 121"), QStringLiteral("Firefox 121"));
        QCOMPARE(DisplayText::bounded(u""), QString());
        // Markup is data: the labels showing it are plain text.
        QCOMPARE(DisplayText::bounded(u"<b>x</b>"), QStringLiteral("<b>x</b>"));
    }

    void longValuesAreCutAndTheirLengthStated()
    {
        const QString value(1024 * 1024, u'x');
        const QString shown = DisplayText::bounded(value, 10);
        QVERIFY2(shown.startsWith(QStringLiteral("xxxxxxxxxx…")), qPrintable(shown));
        QVERIFY2(shown.size() < 60, qPrintable(shown));
        QVERIFY2(shown.contains(QLocale().toString(1024 * 1024)), qPrintable(shown));
        // Only the start was read: the stated length is the whole value's.
        const QString head = DisplayText::bounded(value.left(20), 10, 5000000);
        QVERIFY2(head.contains(QLocale().toString(5000000)), qPrintable(head));
        QVERIFY(!DisplayText::bounded(u"0123456789", 10).contains(u'…'));
    }

    void aCutNeverSplitsASurrogatePair()
    {
        const QString value =
            QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("cd");
        const QString shown = DisplayText::bounded(value, 3);
        QVERIFY(shown.startsWith(QStringLiteral("ab…")));
    }

    void controlCharactersBecomeVisible()
    {
        const QString value = QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0x1b) +
                              QStringLiteral("[31m") + QChar(0x7f) + QChar(0x85);
        QCOMPARE(DisplayText::bounded(value), QStringLiteral("a\u2400b\u241b[31m\u2421\ufffd"));
        QCOMPARE(DisplayText::bounded(u"one\ntwo\tthree\r"), QStringLiteral("one two three "));
        QCOMPARE(DisplayText::paragraph(u"one\r\ntwo\tthree"), QStringLiteral("one\ntwo\tthree"));
        QCOMPARE(DisplayText::whole(u"one\ntwo"), QStringLiteral("one\ntwo"));
    }

    void bidiControlsAreDroppedAndTheValueIsolated()
    {
        // "txt.exe" behind a right-to-left override reads "exe.txt".
        const QString value = QChar(0x202e) + QStringLiteral("txt.exe");
        QCOMPARE(DisplayText::bounded(value), QStringLiteral("\u2068txt.exe\u2069"));
        // An unterminated isolate cannot swallow what follows the value.
        QCOMPARE(DisplayText::bounded(QStringLiteral("a\u2067b")),
                 QStringLiteral("\u2068ab\u2069"));
        // Right-to-left text stays, isolated from its neighbours.
        QCOMPARE(DisplayText::bounded(u"\u05e9\u05dc\u05d5\u05dd"),
                 QStringLiteral("\u2068\u05e9\u05dc\u05d5\u05dd\u2069"));
        // The marks stay: they reorder nothing beyond themselves.
        QCOMPARE(DisplayText::bounded(u"a\u200eb"), QStringLiteral("a\u200eb"));
    }

    void theWholeValueIsNotCut()
    {
        const QString value = QString(100000, u'x') + QChar(0) + QChar(0x202e);
        const QString whole = DisplayText::whole(value);
        QCOMPARE(whole.size(), 100003); // isolated: FSI, ␀, PDI
        QVERIFY(whole.contains(QChar(0x2400)));
        QVERIFY(!whole.contains(QChar(0x202e)));
    }
    // A value JsonStringCap cut while its document was read carries its
    // whole length; the mark itself is never shown.
    void aValueCutWhileReadStatesItsWholeLength()
    {
        const QString cut = QString(5000, u'x') + QChar(JsonStringCap::kCutMark) + u"1048576";
        const QString shown = DisplayText::bounded(cut);
        QVERIFY2(shown.startsWith(QString(DisplayText::kCellChars, u'x') + u'…'),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QLocale().toString(1048576)), qPrintable(shown));
        QVERIFY(!shown.contains(QChar(JsonStringCap::kCutMark)));
        const QString whole = DisplayText::whole(cut);
        QVERIFY(whole.startsWith(QString(5000, u'x') + u'…'));
        QVERIFY2(whole.contains(QLocale().toString(1048576)), qPrintable(whole.right(40)));
        // A mark that is not a cut's (none comes from a server through
        // JsonStringCap) is shown as U+FFFD.
        QCOMPARE(DisplayText::bounded(QStringLiteral("a\uFDD0b")), QStringLiteral("a\uFFFDb"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_display_text.moc"
