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

    // Known terms replace an ASCII word's prefix (same rows, cheaper for
    // FTS5); other words, and words that start too many terms, stay prefixes.
    void fromUserTextWithKnownTerms()
    {
        QStringList asked;
        const FtsQuery::TermLookup lookup = [&asked](const QString &prefix) {
            asked << prefix;
            if (prefix == u"check")
                return QStringList{u"check"_qs, u"checkout"_qs};
            if (prefix == u"a")
                return QStringList(FtsQuery::kMaxKnownTerms + 1, u"a"_qs);
            return QStringList();
        };
        QCOMPARE(FtsQuery::fromUserText(u"Check a ação c++ zz9"_qs, lookup),
                 QStringLiteral("(\"check\" OR \"checkout\") AND \"a\"* AND \"ação\"* AND "
                                "\"c++\"* AND \"zz9\"*"));
        // Only single ASCII tokens are looked up, lowercased as the index
        // folds them.
        QCOMPARE(asked, (QStringList{u"check"_qs, u"a"_qs, u"zz9"_qs}));
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
