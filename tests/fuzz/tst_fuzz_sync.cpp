// Fuzzes the sync's hot path, which reads list pages straight from the
// server: JsonPageReader (its own strict JSON reader) and PageIngestor (the
// reader plus the SQLite upsert in one transaction). See FuzzMutator.h.
#include "FuzzMutator.h"

#include "store/LocalStore.h"
#include "store/SyncState.h"
#include "store/SyncStateStore.h"
#include "sync/JsonPageHandler.h"
#include "sync/JsonPageReader.h"
#include "sync/PageIngestor.h"
#include "sync/SyncCategory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <string>
#include <vector>

using namespace pd;
using pd::fuzz::FuzzMutator;

namespace {

QJsonObject visit(int n)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("v%1").arg(n)},
        {QStringLiteral("started_at"), QStringLiteral("2026-11-2%1T10:00:00.000Z").arg(n % 10)},
        {QStringLiteral("duration_seconds"), 42 + n},
        {QStringLiteral("ip_address"), QStringLiteral("203.0.113.5")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Lisboa \u00e9\u4e2d")},
                     {QStringLiteral("region"), QJsonValue::Null},
                     {QStringLiteral("country"), QStringLiteral("PT")}}},
        {QStringLiteral("browser"), QStringLiteral("Firefox \"quoted\" \\ \n")},
        {QStringLiteral("browser_version"), QStringLiteral("128.0")},
        {QStringLiteral("device_type"), QStringLiteral("desktop")},
        {QStringLiteral("language"), QJsonValue::Null},
        {QStringLiteral("page_title"), QStringLiteral("Pricing \U0001F600")},
        {QStringLiteral("page_url"), QStringLiteral("https://example.com/pricing")},
        {QStringLiteral("referrer"), QJsonValue::Null},
        {QStringLiteral("next_site"), QStringLiteral("https://example.org/")},
        {QStringLiteral("extra"), QJsonArray{1, true, QJsonObject{{QStringLiteral("k"), 2}}}},
    };
}

QJsonObject pageObject(int items, const QJsonValue &cursor)
{
    QJsonArray array;
    for (int n = 0; n < items; ++n)
        array.append(visit(n));
    return QJsonObject{{QStringLiteral("items"), array},
                       {QStringLiteral("next_cursor"), cursor},
                       {QStringLiteral("total"), items + 5}};
}

QList<QByteArray> pageSeeds()
{
    return {
        QJsonDocument(pageObject(2, QStringLiteral("cursor-1"))).toJson(QJsonDocument::Compact),
        QJsonDocument(pageObject(1, QJsonValue::Null)).toJson(QJsonDocument::Indented),
        QJsonDocument(pageObject(0, QJsonValue::Null)).toJson(QJsonDocument::Compact),
        QByteArrayLiteral("{\"items\":[{\"id\":\"a\\u00e9\\ud83d\\ude00\\n\",\"started_at\":"
                          "\"2026-01-01T00:00:00Z\",\"location\":{\"city\":\"\\\"x\\\"\"}}],"
                          "\"next_cursor\":\"c\\/2\",\"total\":1}"),
    };
}

// Records everything the reader hands over and checks it on the spot.
class CheckingHandler : public JsonPageHandler
{
public:
    int begun = 0;
    int ended = 0;
    bool rejectSome = false;
    QString problem;

    void beginItem() override
    {
        if (begun != ended)
            note(QStringLiteral("beginItem inside an item"));
        ++begun;
    }
    int slotFor(std::string_view path) const override
    {
        m_paths.emplace_back(path);
        return int(m_paths.size()) - 1;
    }
    void value(int slot, const JsonScalar &value) override
    {
        if (slot < 0 || std::size_t(slot) >= m_paths.size()) {
            note(QStringLiteral("unknown slot"));
            return;
        }
        static const QRegularExpression number(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        const QByteArray text(value.text.data(), qsizetype(value.text.size()));
        switch (value.kind) {
        case JsonScalar::Kind::String:
            // Decoded text is always valid UTF-8 (lone surrogates replaced).
            {
                // (A plain fromUtf8 round trip would drop a leading BOM.)
                QStringDecoder utf8(QStringConverter::Utf8,
                                    QStringConverter::Flag::ConvertInitialBom);
                const QString decoded = utf8(text);
                if (utf8.hasError() || decoded.toUtf8() != text)
                    note(QStringLiteral("string is not valid UTF-8"));
            }
            break;
        case JsonScalar::Kind::Number:
            if (!number.match(QString::fromLatin1(text)).hasMatch())
                note(QStringLiteral("number is not a JSON number"));
            break;
        case JsonScalar::Kind::Composite:
            if (text.isEmpty() || !(text.startsWith('{') || text.startsWith('[')) ||
                !(text.endsWith('}') || text.endsWith(']')))
                note(QStringLiteral("composite is not bracketed"));
            break;
        case JsonScalar::Kind::True:
        case JsonScalar::Kind::False:
        case JsonScalar::Kind::Null:
            break;
        }
        // Copy, so a dangling view shows up (under ASan) as a bad read.
        m_values.emplace_back(value.text);
    }
    bool endItem() override
    {
        ++ended;
        m_values.clear();
        return !(rejectSome && ended == 3);
    }

private:
    void note(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
    }
    mutable std::vector<std::string> m_paths;
    std::vector<std::string> m_values;
};

// What the reader documents for lone surrogates (U+FFFD), which Qt's parser
// keeps as they are.
QString withLoneSurrogatesReplaced(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (text.at(i).isSurrogate()) {
            text[i] = QChar(QChar::ReplacementCharacter);
        }
    }
    return text;
}

int countRows(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM visits")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestFuzzSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // JsonPageReader: never crashes, fails with a reason, and what it
    // accepts Qt's parser accepts too, with the same items, cursor and total.
    void jsonPageReader()
    {
        FuzzMutator fuzz("jsonPageReader", 0x5eed0101);
        const QList<QByteArray> seeds = pageSeeds();
        const QJsonObject structured = pageObject(2, QStringLiteral("c"));
        const int count = fuzz.iterations(20000);
        int accepted = 0;
        JsonPageReader reader; // reused, as the ingestor does
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.chance(30)
                                         ? QJsonDocument(fuzz.mutateJson(structured).toObject())
                                               .toJson(QJsonDocument::Compact)
                                         : fuzz.mutate(seeds);
            CheckingHandler handler;
            handler.rejectSome = fuzz.chance(10);
            const bool ok = reader.read(input, handler);
            PD_FUZZ_VERIFY(handler.problem.isEmpty(),
                           qPrintable(handler.problem + QLatin1Char(' ') +
                                      QString::fromLatin1(fuzz.context(i, input))));
            PD_FUZZ_VERIFY(reader.itemCount() <= handler.ended, fuzz.context(i, input));
            PD_FUZZ_VERIFY(handler.begun - handler.ended <= 1, fuzz.context(i, input));
            if (!ok) {
                PD_FUZZ_VERIFY(!reader.error().isEmpty(), fuzz.context(i, input));
                continue;
            }
            ++accepted;
            PD_FUZZ_VERIFY(reader.error().isEmpty(), fuzz.context(i, input));
            PD_FUZZ_VERIFY(reader.itemCount() == handler.ended, fuzz.context(i, input));
            PD_FUZZ_VERIFY(reader.total() >= -1, fuzz.context(i, input));
            QJsonParseError parseError;
            const QJsonDocument qt = QJsonDocument::fromJson(input, &parseError);
            // The reader checks number grammar only (columns convert the
            // text later); Qt also refuses numbers beyond double.
            if (parseError.error == QJsonParseError::IllegalNumber)
                continue;
            PD_FUZZ_VERIFY(parseError.error == QJsonParseError::NoError,
                           qPrintable(parseError.errorString() + QLatin1Char(' ') +
                                      QString::fromLatin1(fuzz.context(i, input))));
            const QJsonObject page = qt.object();
            PD_FUZZ_VERIFY(page.value(QLatin1String("items")).toArray().size() ==
                               reader.itemCount(),
                           fuzz.context(i, input));
            const QJsonValue cursor = page.value(QLatin1String("next_cursor"));
            // Qt's parser itself drops leading U+FEFFs from strings without
            // escapes (tst_json_page_reader checks the reader keeps them).
            QString expected =
                withLoneSurrogatesReplaced(cursor.isString() ? cursor.toString() : QString());
            QString actual = reader.nextCursor();
            while (expected.startsWith(QChar(0xFEFF)))
                expected.remove(0, 1);
            while (actual.startsWith(QChar(0xFEFF)))
                actual.remove(0, 1);
            PD_FUZZ_VERIFY(actual == expected, fuzz.context(i, input));
        }
        qInfo("%d pages, %d accepted", count, accepted);
        QVERIFY(accepted > 0);
    }

    // PageIngestor: a page is written whole or not at all. A refused page
    // leaves the table as it was; an accepted one adds at most its items.
    void pageIngestor()
    {
        FuzzMutator fuzz("pageIngestor", 0x5eed0102);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalStore store(dir.filePath(QStringLiteral("fuzz.sqlite")));
        QString error;
        PD_FUZZ_VERIFY(store.open(&error), qPrintable(error));
        PageIngestor ingestor(store.handle(), *SyncCategory::byName(QStringLiteral("visits")));
        PD_FUZZ_VERIFY(ingestor.prepare(&error), qPrintable(error));
        const QList<QByteArray> seeds = pageSeeds();
        const QJsonObject structured = pageObject(3, QStringLiteral("c"));
        const QString now = QStringLiteral("2026-11-25T12:00:00.000Z");
        const int count = fuzz.iterations(2000);
        int accepted = 0;
        int rows = countRows(store.database());
        QCOMPARE(rows, 0);
        for (int i = 0; i < count; ++i) {
            QByteArray input = fuzz.chance(40)
                                   ? QJsonDocument(fuzz.mutateJson(structured).toObject())
                                         .toJson(QJsonDocument::Compact)
                                   : fuzz.mutate(seeds);
            // Fresh ids now and then, so inserts and in-place updates both run.
            if (fuzz.chance(50))
                input.replace("\"v", QByteArray("\"w" + QByteArray::number(i)));
            SyncState walk;
            walk.category = QStringLiteral("visits");
            const PageIngestResult result = ingestor.ingest(input, walk, now);
            const int after = countRows(store.database());
            if (!result.ok) {
                PD_FUZZ_VERIFY(!result.error.isEmpty(), fuzz.context(i, input));
                PD_FUZZ_VERIFY(result.rows == 0, fuzz.context(i, input));
                PD_FUZZ_VERIFY(after == rows, fuzz.context(i, input));
                continue;
            }
            ++accepted;
            PD_FUZZ_VERIFY(after >= rows && after - rows <= result.rows, fuzz.context(i, input));
            PD_FUZZ_VERIFY(result.walkComplete == result.nextCursor.isEmpty(),
                           fuzz.context(i, input));
            const SyncState stored = SyncStateStore(store.database()).load(walk.category);
            PD_FUZZ_VERIFY(stored.walkRows == result.rows, fuzz.context(i, input));
            rows = after;
        }
        qInfo("%d pages, %d accepted, %d rows", count, accepted, rows);
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzSync)
#include "tst_fuzz_sync.moc"
