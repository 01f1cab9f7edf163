#include "models/FtsQuery.h"

#include <QTest>

using namespace pd;

class TestFtsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUserText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("  \t ") << QString();
        QTest::newRow("one word") << QStringLiteral("pric") << QStringLiteral("\"pric\"*");
        QTest::newRow("words") << QStringLiteral(" shoes   Lisboa ")
                               << QStringLiteral("\"shoes\"* \"Lisboa\"*");
        QTest::newRow("operators are words")
            << QStringLiteral("a AND b") << QStringLiteral("\"a\"* \"AND\"* \"b\"*");
        QTest::newRow("quotes doubled")
            << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"*");
        QTest::newRow("punctuation only dropped")
            << QStringLiteral("* ( c++") << QStringLiteral("\"c++\"*");
        QTest::newRow("unicode") << QStringLiteral("São") << QStringLiteral("\"São\"*");
    }
    void fromUserText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::fromUserText(text), expected);
    }

    void columnPhrase()
    {
        QCOMPARE(FtsQuery::columnPhrase(u"browser"_qs, u"Chrome Mobile"_qs),
                 QStringLiteral("{browser} : \"Chrome Mobile\""));
        QCOMPARE(FtsQuery::columnPhrase(u"city"_qs, u"a\"b"_qs),
                 QStringLiteral("{city} : \"a\"\"b\""));
        QVERIFY(FtsQuery::columnPhrase(u"city"_qs, u"--"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_fts_query.moc"
