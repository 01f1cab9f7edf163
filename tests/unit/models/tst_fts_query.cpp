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

    // Known terms replace an ASCII word's prefix (the same rows, cheaper for
    // FTS5); other words, words that start no or too many terms, and words
    // whose terms could not be read stay prefixes.
    void fromUserTextWithKnownTerms()
    {
        QStringList asked;
        const FtsQuery::TermLookup lookup = [&asked](const QString &prefix, int limit) {
            asked << prefix;
            if (prefix == u"check")
                return QStringList{u"check"_qs, u"checkout"_qs};
            if (prefix == u"shoe")
                return QStringList{u"shoes"_qs};
            if (prefix == u"a")
                return QStringList(limit, u"a"_qs);
            return QStringList();
        };
        QCOMPARE(FtsQuery::fromUserText(u"Check SHOE a ação c++ zz9"_qs, lookup),
                 QStringLiteral("(\"check\" OR \"checkout\") AND \"shoes\" AND \"a\"* AND "
                                "\"ação\"* AND \"c++\"* AND \"zz9\"*"));
        // Only single ASCII tokens are looked up, lowercased as the index
        // folds them.
        QCOMPARE(asked, (QStringList{u"check"_qs, u"shoe"_qs, u"a"_qs, u"zz9"_qs}));
    }

    // The groups of known terms read back from what fromUserText() made;
    // nothing when a word stayed a prefix.
    void knownTermGroups()
    {
        const FtsQuery::TermLookup lookup = [](const QString &prefix, int) {
            if (prefix == u"check")
                return QStringList{u"check"_qs, u"checkout"_qs};
            if (prefix == u"shoe")
                return QStringList{u"shoes"_qs};
            return QStringList();
        };
        QCOMPARE(FtsQuery::knownTermGroups(FtsQuery::fromUserText(u"check SHOE"_qs, lookup)),
                 (QList<QStringList>{{u"check"_qs, u"checkout"_qs}, {u"shoes"_qs}}));
        QCOMPARE(FtsQuery::knownTermGroups(FtsQuery::fromUserText(u"shoe zz9"_qs, lookup)),
                 QList<QStringList>());
        QCOMPARE(FtsQuery::knownTermGroups(FtsQuery::fromUserText(u"shoe"_qs)),
                 QList<QStringList>());
        QCOMPARE(FtsQuery::knownTermGroups(QString()), QList<QStringList>());
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
