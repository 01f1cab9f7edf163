#include "sync/JsonPageHandler.h"
#include "sync/JsonPageReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <string>

using namespace pd;

namespace {

// Collects every value it is offered, by path.
class Collector : public JsonPageHandler
{
public:
    std::vector<std::map<std::string, std::pair<JsonScalar::Kind, std::string>>> items;
    bool rejectSecond = false;

    void beginItem() override { items.emplace_back(); }
    int slotFor(std::string_view path) const override
    {
        m_paths.emplace_back(path);
        return int(m_paths.size()) - 1;
    }
    void value(int slot, const JsonScalar &value) override
    {
        items.back()[m_paths[std::size_t(slot)]] = {value.kind, std::string(value.text)};
    }
    bool endItem() override { return !(rejectSecond && items.size() == 2); }

    std::string text(std::size_t item, const std::string &path) const
    {
        const auto found = items.at(item).find(path);
        return found == items.at(item).end() ? std::string("<missing>") : found->second.second;
    }
    JsonScalar::Kind kind(std::size_t item, const std::string &path) const
    {
        return items.at(item).at(path).first;
    }

private:
    mutable std::vector<std::string> m_paths;
};

bool readPage(const QByteArray &body, Collector *collector, JsonPageReader *reader)
{
    return reader->read(body, *collector);
}

// The same body fed in pieces of `piece` bytes, as it arrives from the network.
bool feedPage(const QByteArray &body, qsizetype piece, Collector *collector, JsonPageReader *reader)
{
    reader->begin();
    for (qsizetype at = 0; at < body.size(); at += piece) {
        if (!reader->feed(QByteArrayView(body).sliced(at, qMin(piece, body.size() - at)),
                          *collector))
            return false;
    }
    return reader->finish(*collector);
}

// Whether reading `body` whole and in pieces of every size up to `maxPiece`
// (and one of a prime size) gives the same answer, items and envelope.
void checkPiecesAgree(const QByteArray &body, qsizetype maxPiece)
{
    Collector whole;
    JsonPageReader reader;
    const bool expected = readPage(body, &whole, &reader);
    const QString cursor = reader.nextCursor();
    const qint64 total = reader.total();
    const int count = reader.itemCount();
    QList<qsizetype> pieces;
    for (qsizetype piece = 1; piece <= maxPiece; ++piece)
        pieces << piece;
    pieces << 4093;
    for (const qsizetype piece : std::as_const(pieces)) {
        Collector collector;
        JsonPageReader streaming;
        const bool ok = feedPage(body, piece, &collector, &streaming);
        QVERIFY2(
            ok == expected,
            qPrintable(
                QStringLiteral("piece %1: %2 / %3").arg(piece).arg(ok).arg(streaming.error())));
        if (!expected) {
            QVERIFY(!streaming.error().isEmpty());
            continue;
        }
        QCOMPARE(streaming.itemCount(), count);
        QCOMPARE(streaming.nextCursor(), cursor);
        QCOMPARE(streaming.total(), total);
        QVERIFY2(collector.items == whole.items, qPrintable(QString::number(piece)));
    }
}

QString randomText(QRandomGenerator &random)
{
    static const char32_t pool[] = {U'a',      U'Z',          U'0',      U' ',     char32_t(0x22),
                                    U'\\',     U'/',          U'\n',     U'\t',    U'\u00e9',
                                    U'\u4e2d', U'\U0001F600', U'\u0001', U'\u2028'};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        const char32_t c = pool[random.bounded(int(std::size(pool)))];
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

} // namespace

class TestJsonPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeAndItems()
    {
        const QByteArray body =
            "{\"total\": 2, \"items\": [\n"
            "            {\"id\": \"a\", \"n\": -1.5e3, \"ok\": true, \"no\": false, \"none\": "
            "null,\n"
            "             \"location\": {\"city\": \"Lisboa\", \"country\": \"PT\", \"deep\": "
            "{\"x\": [1, 2]}},\n"
            "             \"tags\": [\"x\", {\"y\": 1}]},\n"
            "            {\"id\": \"b\"}\n"
            "        ], \"next_cursor\": \"c/2+=\", \"extra\": {\"ignored\": [null]}} ";
        Collector collector;
        JsonPageReader reader;
        QVERIFY2(readPage(body, &collector, &reader), qPrintable(reader.error()));
        QCOMPARE(reader.itemCount(), 2);
        QCOMPARE(reader.total(), 2);
        QCOMPARE(reader.nextCursor(), QStringLiteral("c/2+="));
        QCOMPARE(collector.text(0, "id"), std::string("a"));
        QCOMPARE(collector.text(0, "n"), std::string("-1.5e3"));
        QCOMPARE(collector.kind(0, "n"), JsonScalar::Kind::Number);
        QCOMPARE(collector.kind(0, "ok"), JsonScalar::Kind::True);
        QCOMPARE(collector.kind(0, "no"), JsonScalar::Kind::False);
        QCOMPARE(collector.kind(0, "none"), JsonScalar::Kind::Null);
        QCOMPARE(collector.text(0, "location.city"), std::string("Lisboa"));
        QCOMPARE(collector.text(0, "location.country"), std::string("PT"));
        QCOMPARE(collector.kind(0, "location.deep"), JsonScalar::Kind::Composite);
        QCOMPARE(collector.text(0, "location.deep"), std::string("{\"x\": [1, 2]}"));
        QCOMPARE(collector.text(0, "tags"), std::string("[\"x\", {\"y\": 1}]"));
        QCOMPARE(collector.text(1, "id"), std::string("b"));
    }

    void lastPageHasNoCursor()
    {
        Collector collector;
        JsonPageReader reader;
        QVERIFY(
            readPage("{\"items\": [], \"next_cursor\": null, \"total\": 0}", &collector, &reader));
        QVERIFY(!reader.hasNextCursor());
        QCOMPARE(reader.itemCount(), 0);
        QCOMPARE(reader.total(), 0);
    }

    void escapes()
    {
        Collector collector;
        JsonPageReader reader;
        const QByteArray body =
            "{\"items\": [{\"s\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u4e2d\\ud83d\\ude00 "
            "\\ud800x\"}]}";
        QVERIFY2(readPage(body, &collector, &reader), qPrintable(reader.error()));
        const std::string expected = "a\"b\\c/d\b\f\n\r\t\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80 "
                                     "\xEF\xBF\xBDx";
        QCOMPARE(collector.text(0, "s"), expected);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not an object") << QByteArray("[]");
        QTest::newRow("no items") << QByteArray("{\"total\": 1}");
        QTest::newRow("items not array") << QByteArray("{\"items\": {}}");
        QTest::newRow("item not object") << QByteArray("{\"items\": [1]}");
        QTest::newRow("trailing comma in items") << QByteArray("{\"items\": [{\"a\": 1},]}");
        QTest::newRow("trailing comma in item") << QByteArray("{\"items\": [{\"a\": 1,}]}");
        QTest::newRow("trailing comma in page") << QByteArray("{\"items\": [],}");
        QTest::newRow("trailing data") << QByteArray("{\"items\": []} x");
        QTest::newRow("unterminated string") << QByteArray("{\"items\": [{\"a\": \"x}]}");
        QTest::newRow("control character") << QByteArray("{\"items\": [{\"a\": \"x\ty\"}]}");
        QTest::newRow("bad escape") << QByteArray("{\"items\": [{\"a\": \"\\x\"}]}");
        QTest::newRow("bad unicode escape") << QByteArray("{\"items\": [{\"a\": \"\\u12G4\"}]}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"items\": [{\"a\": \"\xC3\x28\"}]}");
        QTest::newRow("overlong utf-8") << QByteArray("{\"items\": [{\"a\": \"\xC0\xAF\"}]}");
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"items\": [{\"a\": \"\xED\xA0\x80\"}]}");
        QTest::newRow("truncated utf-8") << QByteArray("{\"items\": [{\"a\": \"\xE4\xB8");
        QTest::newRow("bad number") << QByteArray("{\"items\": [{\"a\": 01}]}");
        QTest::newRow("bad fraction") << QByteArray("{\"items\": [{\"a\": 1.}]}");
        QTest::newRow("bad literal") << QByteArray("{\"items\": [{\"a\": tru}]}");
        QTest::newRow("missing colon") << QByteArray("{\"items\": [{\"a\" 1}]}");
        QTest::newRow("bad total") << QByteArray("{\"items\": [], \"total\": 1.5}");
        QTest::newRow("negative total") << QByteArray("{\"items\": [], \"total\": -1}");
        QTest::newRow("duplicate items") << QByteArray("{\"items\": [], \"items\": []}");
        QByteArray deep = "{\"items\": [{\"a\": ";
        deep += QByteArray(40, '[') + QByteArray(40, ']') + "}]}";
        QTest::newRow("too deep") << deep;
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, body);
        Collector collector;
        JsonPageReader reader;
        QVERIFY(!readPage(body, &collector, &reader));
        QVERIFY(!reader.error().isEmpty());
        // Refused in pieces too, whatever the pieces.
        checkPiecesAgree(body, 12);
    }

    // A body read as it arrives gives what the whole body gives, cut
    // anywhere: inside strings, escapes, UTF-8 sequences, numbers, literals
    // and between members.
    void piecesAgreeWithWholeBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("envelope") << QByteArray(
            "{\"total\": 12345, \"items\": [{\"id\": \"a\", \"n\": -1.5e3, \"t\": true, "
            "\"f\": false, \"z\": null, \"o\": {\"x\": \"y\"}, \"arr\": [1, [2], {}]}, "
            "{\"id\": \"b\"}], \"other\": {\"k\": [1, \"]}\"]}, \"next_cursor\": \"c\\\"1\"}  ");
        QTest::newRow("escapes and utf-8") << QByteArray(
            "{\"items\": [{\"s\": \"\\u00e9\\ud83d\\ude00\xE4\xB8\xAD\xF0\x9F\x98\x80\\n\\\\\"}], "
            "\"next_cursor\": null, \"total\": 1}");
        QTest::newRow("total last") << QByteArray("{\"items\": [], \"total\": 1234567}");
        QTest::newRow("empty items") << QByteArray("{\"items\":[]}");
        QTest::newRow("cursor first") << QByteArray("{\"next_cursor\":\"\xEF\xBB\xBF"
                                                    "c\",\"items\":[{\"a\":1},{\"a\":2}]}");
    }
    void piecesAgreeWithWholeBody()
    {
        QFETCH(QByteArray, body);
        Collector collector;
        JsonPageReader reader;
        QVERIFY2(readPage(body, &collector, &reader), qPrintable(reader.error()));
        checkPiecesAgree(body, body.size());
    }

    // In pieces, only the unfinished item is kept: a page costs about one
    // item and one piece, however many items it has.
    void piecesKeepOnlyTheUnfinishedItem()
    {
        QByteArray body = "{\"items\": [";
        const QByteArray item = "{\"id\": \"v\", \"page_title\": \"" + QByteArray(200, 't') + "\"}";
        for (int i = 0; i < 20000; ++i)
            body += (i ? "," : "") + item;
        body += "], \"next_cursor\": null, \"total\": 20000}";
        Collector collector;
        JsonPageReader reader;
        constexpr qsizetype kPiece = 16 * 1024;
        QVERIFY2(feedPage(body, kPiece, &collector, &reader), qPrintable(reader.error()));
        QCOMPARE(reader.itemCount(), 20000);
        QVERIFY2(reader.peakBufferedBytes() <= kPiece + 2 * item.size(),
                 qPrintable(QString::number(reader.peakBufferedBytes())));
        QVERIFY(body.size() > 100 * reader.peakBufferedBytes());
    }

    // A malformed item is refused when it arrives, not when the page ends.
    void piecesRefuseAtTheBadItem()
    {
        QByteArray body = "{\"items\": [{\"a\": 1}, {\"a\": 01}";
        const QByteArray rest = ", {\"a\": 2}" + QByteArray(1 << 20, ' ') + "]}";
        Collector collector;
        JsonPageReader reader;
        reader.begin();
        QVERIFY(reader.feed(body.left(10), collector));
        QVERIFY(!reader.feed(body.mid(10), collector));
        QVERIFY2(reader.error().contains(QStringLiteral("at byte")), qPrintable(reader.error()));
        QVERIFY(!reader.feed(rest, collector));
        QVERIFY(!reader.finish(collector));
        QCOMPARE(reader.itemCount(), 1);
    }

    void piecesOfRandomPages()
    {
        QRandomGenerator random(20261202);
        for (int round = 0; round < 40; ++round) {
            QJsonArray items;
            for (int i = 0; i < 4; ++i) {
                items.append(QJsonObject{{QStringLiteral("s"), randomText(random)},
                                         {QStringLiteral("n"), double(random.bounded(-1000, 1000))},
                                         {QStringLiteral("o"), QJsonObject{{QStringLiteral("inner"),
                                                                            randomText(random)}}}});
            }
            const QJsonObject page{{QStringLiteral("items"), items},
                                   {QStringLiteral("next_cursor"), randomText(random)},
                                   {QStringLiteral("total"), 4}};
            QByteArray body = QJsonDocument(page).toJson(round % 2 ? QJsonDocument::Compact
                                                                   : QJsonDocument::Indented);
            if (round % 4 == 3) // and broken somewhere
                body[qsizetype(random.bounded(int(body.size())))] = char(random.bounded(256));
            checkPiecesAgree(body, 9);
        }
    }

    // Found by tst_fuzz_sync: objects under empty keys were all read as the
    // item's own members, recursing once per level until the stack overflowed.
    void emptyKeysDoNotRecurse()
    {
        Collector collector;
        JsonPageReader reader;
        QByteArray body = "{\"items\": [{\"id\": \"a\", \"\": ";
        body += QByteArrayLiteral("{\"\": ").repeated(500000);
        QVERIFY(!readPage(body, &collector, &reader));
        QVERIFY(reader.error().contains(QStringLiteral("nested too deeply")));

        // Members of an object under "" are ".name", never the item's own.
        Collector nested;
        QVERIFY2(readPage("{\"items\": [{\"id\": \"a\", \"\": {\"id\": \"b\", "
                          "\"x\": {\"y\": 1}}}]}",
                          &nested, &reader),
                 qPrintable(reader.error()));
        QCOMPARE(nested.text(0, "id"), std::string("a"));
        QCOMPARE(nested.text(0, ".id"), std::string("b"));
        QCOMPARE(nested.kind(0, ".x"), JsonScalar::Kind::Composite);
    }

    // Found by tst_fuzz_sync: a cursor starting with U+FEFF lost it.
    void cursorKeepsLeadingByteOrderMark()
    {
        Collector collector;
        JsonPageReader reader;
        QVERIFY2(readPage("{\"items\": [], \"next_cursor\": \"\xEF\xBB\xBF"
                          "c1\"}",
                          &collector, &reader),
                 qPrintable(reader.error()));
        QCOMPARE(reader.nextCursor(), QString(QChar(0xFEFF)) + QStringLiteral("c1"));
        QVERIFY2(readPage("{\"items\": [], \"next_cursor\": \"\\ufeffc2\"}", &collector, &reader),
                 qPrintable(reader.error()));
        QCOMPARE(reader.nextCursor(), QString(QChar(0xFEFF)) + QStringLiteral("c2"));
    }

    void handlerCanStop()
    {
        Collector collector;
        collector.rejectSecond = true;
        JsonPageReader reader;
        QVERIFY(
            !readPage("{\"items\": [{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]}", &collector, &reader));
        QCOMPARE(collector.items.size(), std::size_t(2));
    }

    // Whatever QJsonDocument writes, the reader reads back to the same values.
    void agreesWithQJsonDocument()
    {
        QRandomGenerator random(20261125);
        for (int round = 0; round < 200; ++round) {
            QJsonArray items;
            for (int i = 0; i < 5; ++i) {
                items.append(QJsonObject{{QStringLiteral("s"), randomText(random)},
                                         {QStringLiteral("n"), double(random.bounded(-1000, 1000))},
                                         {QStringLiteral("o"), QJsonObject{{QStringLiteral("inner"),
                                                                            randomText(random)}}}});
            }
            const QJsonObject page{{QStringLiteral("items"), items},
                                   {QStringLiteral("next_cursor"), randomText(random)},
                                   {QStringLiteral("total"), 5}};
            const QByteArray body = QJsonDocument(page).toJson(round % 2 ? QJsonDocument::Compact
                                                                         : QJsonDocument::Indented);
            Collector collector;
            JsonPageReader reader;
            QVERIFY2(readPage(body, &collector, &reader), qPrintable(reader.error()));
            QCOMPARE(reader.nextCursor(), page.value(QStringLiteral("next_cursor")).toString());
            for (int i = 0; i < 5; ++i) {
                const QJsonObject item = items.at(i).toObject();
                QCOMPARE(QString::fromStdString(collector.text(std::size_t(i), "s")),
                         item.value(QStringLiteral("s")).toString());
                QCOMPARE(QString::fromStdString(collector.text(std::size_t(i), "o.inner")),
                         item.value(QStringLiteral("o")).toObject().value(u"inner").toString());
                QCOMPARE(std::stod(collector.text(std::size_t(i), "n")),
                         item.value(QStringLiteral("n")).toDouble());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonPageReader)
#include "tst_json_page_reader.moc"
