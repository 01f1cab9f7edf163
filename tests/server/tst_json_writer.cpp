// JsonWriter, the visits list's fast path, must write exactly what
// QJsonDocument writes for the same values: the pages' bytes did not change
// when the list moved to it, and clients parse both the same way.
#include "data/JsonWriter.h"
#include "kernel/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace pd::server;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringsAsQJsonDocumentWritesThem_data();
    void stringsAsQJsonDocumentWritesThem();
    void integersAsQJsonDocumentWritesThem();
    void theLowestIntegerIsWrittenWhole();
    void timesAsToApiTimeWritesThem_data();
    void timesAsToApiTimeWritesThem();
    void nestedContainersAsQJsonDocumentWritesThem();
};

void TestJsonWriter::stringsAsQJsonDocumentWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("Checkout - Example Shop");
    QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" C:\\temp\\");
    QTest::newRow("named escapes") << QStringLiteral("a\bb\fc\nd\re\tf");
    QTest::newRow("other controls") << QString::fromUtf16(u"\u0001x\u001f\u0000y");
    QTest::newRow("slash and DEL") << QString::fromUtf16(u"https://example.com/a?b=1\u007f");
    QTest::newRow("non-ASCII") << QString::fromUtf16(u"Zürich, São Paulo, 東京, 🙂");
    QTest::newRow("escape at both ends") << QStringLiteral("\"middle\"");
    QTest::newRow("non-ASCII beside escapes") << QString::fromUtf16(u"\"é\"\n東\u0001🙂\\ü");
    // Longer than the writer's first buffer, so that it grows mid-string.
    QTest::newRow("long") << QString::fromUtf16(u"ab\"ü東🙂\u0002").repeated(200);
    // ASCII only (copied in runs between escapes), longer than the first
    // buffer too.
    QTest::newRow("long ASCII") << QStringLiteral("/path?q=1 \"x\"\\\t\x01 end").repeated(200);
}

void TestJsonWriter::stringsAsQJsonDocumentWritesThem()
{
    QFETCH(QString, text);
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1StringView("value"));
    json.string(text);
    json.endObject();
    const QByteArray expected =
        QJsonDocument(QJsonObject{{QStringLiteral("value"), text}}).toJson(QJsonDocument::Compact);
    QCOMPARE(json.take(), expected);

    // The same text as SQLite hands it over (UTF-8), as list pages write it.
    JsonWriter utf8;
    utf8.beginObject();
    utf8.key(QLatin1StringView("value"));
    utf8.utf8String(text.toUtf8());
    utf8.endObject();
    QCOMPARE(utf8.take(), expected);
}

void TestJsonWriter::integersAsQJsonDocumentWritesThem()
{
    // Within 2^53, where QJsonDocument writes integers exactly.
    const QList<qint64> values{0, 7, -7, 1234567890123, -9007199254740992, 9007199254740992};
    JsonWriter json;
    json.beginArray();
    QJsonArray expected;
    for (const qint64 value : values) {
        json.integer(value);
        expected.append(value);
    }
    json.endArray();
    QCOMPARE(json.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::theLowestIntegerIsWrittenWhole()
{
    JsonWriter json;
    json.beginArray();
    json.integer(std::numeric_limits<qint64>::min());
    json.endArray();
    QCOMPARE(json.take(), QByteArray("[-9223372036854775808]"));
}

void TestJsonWriter::timesAsToApiTimeWritesThem_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("leap day") << qint64(951782400123);       // 2000-02-29T00:00:00.123Z
    QTest::newRow("end of a year") << qint64(1767225599999); // 2025-12-31T23:59:59.999Z
    QTest::newRow("now-ish") << qint64(1796203774317);
    QTest::newRow("far future") << qint64(253402300799999);
    QTest::newRow("before 1970") << qint64(-86400000);
}

void TestJsonWriter::timesAsToApiTimeWritesThem()
{
    QFETCH(qint64, ms);
    JsonWriter json;
    json.beginArray();
    json.apiTime(ms);
    json.endArray();
    QCOMPARE(json.take(), QJsonDocument(QJsonArray{toApiTime(ms)}).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::nestedContainersAsQJsonDocumentWritesThem()
{
    // The shape of a visits page: keys written in sorted order, as
    // QJsonObject keeps them.
    JsonWriter json;
    json.beginObject();
    json.key(QLatin1StringView("items"));
    json.beginArray();
    for (int i = 0; i < 2; ++i) {
        json.beginObject();
        json.key(QLatin1StringView("id"));
        json.string(QString::number(i));
        json.key(QLatin1StringView("location"));
        json.beginObject();
        json.key(QLatin1StringView("city"));
        json.textOrNull(i == 0 ? QStringLiteral("Bandung") : QString());
        json.key(QLatin1StringView("country"));
        json.textOrNull(QStringLiteral("ID"));
        json.endObject();
        json.key(QLatin1StringView("n"));
        json.integer(-1234567890123LL * i);
        json.endObject();
    }
    json.endArray();
    json.key(QLatin1StringView("next_cursor"));
    json.null();
    json.key(QLatin1StringView("total"));
    json.integer(2);
    json.endObject();

    QJsonArray items;
    for (int i = 0; i < 2; ++i) {
        items.append(QJsonObject{
            {QStringLiteral("n"), -1234567890123LL * i},
            {QStringLiteral("id"), QString::number(i)},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("city"), i == 0 ? QJsonValue(QStringLiteral("Bandung"))
                                                         : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("country"), QStringLiteral("ID")}}},
        });
    }
    const QJsonObject page{{QStringLiteral("total"), 2},
                           {QStringLiteral("items"), items},
                           {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}};
    QCOMPARE(json.take(), QJsonDocument(page).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
