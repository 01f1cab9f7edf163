// The server's start-up lines as the demo mode and the tests read them.
#include "demo/ServerStartupLines.h"

#include <QTest>

using namespace pd;

class TestServerStartupLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheServerPrints()
    {
        ServerStartupLines lines;
        QVERIFY(lines.read(u"listening: https://127.0.0.1:40123\n"_qs));
        QVERIFY(lines.read(u"  ca-certificate: /tmp/data dir/ca.pem  "_qs));
        QVERIFY(lines.read(
            u"demo-account: email=ana@example.com password=p=w totp-secret=JBSWY3DP"_qs));
        QVERIFY(lines.read(u"demo-account: email=budi@example.com password=x"_qs));
        QCOMPARE(lines.origin, QUrl(u"https://127.0.0.1:40123"_qs));
        // Only the surrounding blanks go; a path may hold spaces.
        QCOMPARE(lines.caPath, u"/tmp/data dir/ca.pem"_qs);
        QCOMPARE(lines.accounts.size(), 2);
        QCOMPARE(lines.accounts.at(0).email, u"ana@example.com"_qs);
        // Split at the first '=' only.
        QCOMPARE(lines.accounts.at(0).password, u"p=w"_qs);
        QCOMPARE(lines.accounts.at(0).totpSecret, u"JBSWY3DP"_qs);
        QVERIFY(lines.accounts.at(1).totpSecret.isEmpty());
    }

    void otherLinesAreNotTaken()
    {
        ServerStartupLines lines;
        QVERIFY(!lines.read(u"migrated schema to version 12"_qs));
        QVERIFY(!lines.read(u"listening:https://no-space"_qs));
        QVERIFY(!lines.read(QString()));
        QVERIFY(lines.origin.isEmpty());
        QVERIFY(lines.accounts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerStartupLines)
#include "tst_server_startup_lines.moc"
