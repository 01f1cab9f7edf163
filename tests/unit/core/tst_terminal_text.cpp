// --diagnose prints what the server sent (its name, certificate subjects):
// escape sequences and bidirectional overrides must reach the terminal as
// visible text, never as control.
#include "diagnostics/DiagnosisReport.h"
#include "diagnostics/TerminalText.h"

#include <QList>
#include <QTest>

using namespace pd;

class TestTerminalText : public QObject
{
    Q_OBJECT

    static QStringList unsafeCharacters(const QString &text)
    {
        QStringList found;
        for (const uint c : text.toUcs4()) {
            const bool control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
            const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control || bidi)
                found << QString::number(c, 16);
        }
        return found;
    }

private Q_SLOTS:
    void hostileServerTextIsNeutralised()
    {
        DiagnosisReport report;
        report.url = QUrl(QStringLiteral("https://privacy.example"));
        report.urlAllowed = true;
        report.reachable = true;
        report.discoveryAttempted = true;
        report.discoveryOk = true;
        report.providerName =
            QStringLiteral("Evil\x1b]0;owned\x07 Corp\x1b[2J\u009b31m\u202Eexe.gnp");
        DiagnosisReport::Certificate certificate;
        certificate.subject = QStringLiteral("CN=\x1b[8mhidden\x1b[0m, O=Tab\there");
        certificate.issuer = QStringLiteral("CN=Ré seau \u2067isolate\u2069");
        report.chain.append(certificate);

        const QString raw = report.toText();
        QVERIFY(!unsafeCharacters(raw).isEmpty()); // the report itself quotes them
        const QString shown = TerminalText::sanitize(raw);
        QVERIFY2(unsafeCharacters(shown).isEmpty(), qPrintable(unsafeCharacters(shown).join(u',')));
        QVERIFY(shown.contains(QStringLiteral("Evil\\u001b]0;owned\\u0007 Corp\\u001b[2J")));
        QVERIFY(shown.contains(QStringLiteral("\\u202eexe.gnp")));
        // Ordinary text, accents, tabs and line breaks are kept.
        QVERIFY(shown.contains(QStringLiteral("O=Tab\there")));
        QVERIFY(shown.contains(QStringLiteral("Ré seau")));
        QCOMPARE(shown.count(u'\n'), raw.count(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminal_text.moc"
