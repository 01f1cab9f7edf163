// Fuzzes what an export archive (a file the user opens, possibly not from
// our server) feeds the viewer: ArchiveManifest::parse, CsvReader/CsvTable
// and JsonRecordScanner/JsonTable. See FuzzMutator.h for seeds and replay.
#include "FuzzMutator.h"

#include "export/ArchiveManifest.h"
#include "export/CsvReader.h"
#include "export/CsvTable.h"
#include "export/ExportResult.h"
#include "export/JsonRecordScanner.h"
#include "export/JsonTable.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace pd;
using pd::fuzz::FuzzMutator;

namespace {

const QString kHash = QStringLiteral("0123456789abcdef").repeated(4);

QJsonObject manifestSeed()
{
    auto entry = [](const QString &path, int size, int rows) {
        return QJsonObject{{QStringLiteral("path"), path},
                           {QStringLiteral("sha256"), kHash},
                           {QStringLiteral("size_bytes"), size},
                           {QStringLiteral("rows"), rows}};
    };
    return QJsonObject{
        {QStringLiteral("account_id"), QStringLiteral("acc-1")},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-25T12:00:00Z")},
        {QStringLiteral("format"), QStringLiteral("both")},
        {QStringLiteral("files"),
         QJsonArray{entry(QStringLiteral("profile.json"), 120, 1),
                    entry(QStringLiteral("visits.csv"), 4096, 31),
                    entry(QStringLiteral("third_party_records.json"), 0, 0)}},
    };
}

QList<QByteArray> csvSeeds()
{
    return {
        QByteArrayLiteral("id,started_at,city,page_title\r\n"
                          "v1,2026-11-25T10:00:00Z,Lisboa,\"Pricing, plans\"\r\n"
                          "v2,2026-11-24T10:00:00Z,,\"He said \"\"hi\"\"\"\r\n"
                          "v3,2026-11-23T10:00:00Z,\"Multi\nline\",\xC3\xA9\xE4\xB8\xAD\r\n"),
        QByteArrayLiteral("\xEF\xBB\xBF"
                          "a,b\nx,y\n,\n\"\",\"\"\n"),
        QByteArrayLiteral("only\r1\r2\r3"),
        QByteArrayLiteral("a,b,c\n1,2,3\n4,5\n6,7,8,9\n"),
    };
}

QList<QByteArray> jsonSeeds()
{
    return {
        QByteArrayLiteral("[{\"id\":\"v1\",\"n\":1,\"ok\":true,\"none\":null,"
                          "\"nested\":{\"a\":[1,\"]\"]},\"s\":\"a \\\"}\\\" \\u00e9\"},\n"
                          " {\"id\":\"v2\",\"n\":2.5,\"ok\":false,\"none\":null,"
                          "\"nested\":[],\"s\":\"\"}]"),
        QByteArrayLiteral("\xEF\xBB\xBF [ ]"),
        QByteArrayLiteral("[{\"a\":1},{\"b\":2},{\"a\":9007199254740993,\"b\":1e300}]"),
    };
}

// Many rows, so the stride index (every 64th record) has several entries.
QByteArray longCsv(FuzzMutator &fuzz)
{
    QByteArray csv = "id,value\n";
    for (int n = 0; n < 200 + fuzz.below(200); ++n)
        csv += "r" + QByteArray::number(n) + (n % 7 ? ",plain\n" : ",\"quoted,\nline\"\r\n");
    return csv;
}

QByteArray longJson(FuzzMutator &fuzz)
{
    QByteArray json = "[";
    for (int n = 0; n < 200 + fuzz.below(200); ++n)
        json += (n ? ",{\"id\":" : "{\"id\":") + QByteArray::number(n) + ",\"v\":\"x}\"}";
    return json + "]";
}

std::unique_ptr<QIODevice> deviceWith(const QByteArray &data)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

// Reads every row of a loaded table, then random windows, which must match
// the full read (the stride index and seeking agree with a straight walk).
template <typename Table>
bool checkWindows(Table &table, FuzzMutator &fuzz, bool requireFullRead, bool requireWidth,
                  QByteArray *problem)
{
    QList<QStringList> all;
    QString error;
    const qint64 rows = table.rowCount();
    if (!table.readRows(0, int(rows) + 1, &all, &error)) {
        if (error.isEmpty())
            *problem = "readRows failed without an error";
        else if (requireFullRead)
            *problem = "a loaded table failed to read: " + error.toUtf8();
        return problem->isEmpty();
    }
    if (all.size() != rows) {
        *problem =
            "read " + QByteArray::number(all.size()) + " rows of " + QByteArray::number(rows);
        return false;
    }
    for (const QStringList &row : std::as_const(all)) {
        // CSV rows may be ragged (the model pads them) but never empty; JSON
        // rows have one value per column ({} under {} columns is none).
        if (requireWidth ? row.size() != table.columns().size() : row.isEmpty()) {
            *problem = "a row has the wrong number of values";
            return false;
        }
    }
    for (int n = 0; n < 8; ++n) {
        const qint64 first = fuzz.below(int(rows) + 3) - 1;
        const int count = fuzz.below(150) - 5;
        QList<QStringList> window;
        if (!table.readRows(first, count, &window, &error)) {
            *problem = "a window failed after the full read worked";
            return false;
        }
        const QList<QStringList> expected =
            first < 0 || count <= 0 || first >= rows ? QList<QStringList>() : all.mid(first, count);
        if (window != expected) {
            *problem = "window " + QByteArray::number(first) + "+" + QByteArray::number(count) +
                       " differs from the full read";
            return false;
        }
    }
    return true;
}

} // namespace

class TestFuzzExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A manifest the parser accepts only names safe, distinct files with
    // hex hashes and sane counts; anything else is refused with a reason.
    void archiveManifest()
    {
        FuzzMutator fuzz("archiveManifest", 0x5eed0201);
        const QList<QByteArray> seeds = {
            QJsonDocument(manifestSeed()).toJson(QJsonDocument::Compact),
            QJsonDocument(manifestSeed()).toJson(QJsonDocument::Indented)};
        static const QRegularExpression safeName(
            QStringLiteral("^[a-z][a-z0-9_]{0,63}\\.(json|csv)$"));
        const int count = fuzz.iterations(6000);
        int accepted = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.chance(60)
                                         ? QJsonDocument(fuzz.mutateJson(manifestSeed()).toObject())
                                               .toJson(QJsonDocument::Compact)
                                         : fuzz.mutate(seeds);
            QString error;
            const std::optional<ArchiveManifest> manifest = ArchiveManifest::parse(input, &error);
            if (!manifest) {
                PD_FUZZ_VERIFY(!error.isEmpty(), fuzz.context(i, input));
                continue;
            }
            ++accepted;
            QSet<QString> seen;
            for (const ArchiveManifest::File &file : manifest->files) {
                PD_FUZZ_VERIFY(safeName.match(file.path).hasMatch(), fuzz.context(i, input));
                PD_FUZZ_VERIFY(!seen.contains(file.path), fuzz.context(i, input));
                seen.insert(file.path);
                PD_FUZZ_VERIFY(ExportResult::isSha256Hex(file.sha256), fuzz.context(i, input));
                PD_FUZZ_VERIFY(file.sizeBytes >= 0 && file.rows >= 0, fuzz.context(i, input));
                PD_FUZZ_VERIFY(manifest->file(file.path) == &file, fuzz.context(i, input));
            }
        }
        qInfo("%d manifests, %d accepted", count, accepted);
        QVERIFY(accepted > 0);
    }

    // CsvReader with small record caps: every record moves forward, so a
    // loop over the reader always ends; errors carry a message.
    void csvReader()
    {
        FuzzMutator fuzz("csvReader", 0x5eed0202);
        const QList<QByteArray> seeds = csvSeeds();
        const int count = fuzz.iterations(5000);
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            const std::unique_ptr<QIODevice> device = deviceWith(input);
            QVERIFY(device->isOpen());
            CsvReader reader(device.get(), 1 + fuzz.below(200));
            QStringList fields;
            qint64 records = 0;
            for (;;) {
                const qint64 before = reader.position();
                const CsvReader::Status status =
                    fuzz.chance(50) ? reader.readRecord(&fields) : reader.skipRecord();
                if (status == CsvReader::Status::End)
                    break;
                if (status == CsvReader::Status::Error) {
                    PD_FUZZ_VERIFY(!reader.errorString().isEmpty(), fuzz.context(i, input));
                    break;
                }
                PD_FUZZ_VERIFY(reader.position() > before, fuzz.context(i, input));
                PD_FUZZ_VERIFY(++records <= input.size(), fuzz.context(i, input));
            }
        }
    }

    // CsvTable: a file it loads reads back whole and in any window alike.
    void csvTable()
    {
        FuzzMutator fuzz("csvTable", 0x5eed0203);
        QList<QByteArray> seeds = csvSeeds();
        seeds.append(longCsv(fuzz));
        const int count = fuzz.iterations(3000);
        int loaded = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            CsvTable table(deviceWith(input));
            QString error;
            if (!table.load(&error)) {
                PD_FUZZ_VERIFY(!error.isEmpty(), fuzz.context(i, input));
                continue;
            }
            ++loaded;
            PD_FUZZ_VERIFY(table.rowCount() >= 0, fuzz.context(i, input));
            QByteArray problem;
            PD_FUZZ_VERIFY(checkWindows(table, fuzz, true, false, &problem),
                           QByteArray(problem + " " + fuzz.context(i, input)));
        }
        qInfo("%d files, %d loaded", count, loaded);
        QVERIFY(loaded > 0);
    }

    // JsonRecordScanner: every element moves forward and starts with '{';
    // keysInOrder takes any bytes.
    void jsonRecordScanner()
    {
        FuzzMutator fuzz("jsonRecordScanner", 0x5eed0204);
        const QList<QByteArray> seeds = jsonSeeds();
        const int count = fuzz.iterations(5000);
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            const std::unique_ptr<QIODevice> device = deviceWith(input);
            QVERIFY(device->isOpen());
            JsonRecordScanner scanner(device.get(), 1 + fuzz.below(300));
            if (!scanner.begin()) {
                PD_FUZZ_VERIFY(!scanner.errorString().isEmpty(), fuzz.context(i, input));
                continue;
            }
            QByteArray record;
            qint64 previous = -1;
            qint64 records = 0;
            for (;;) {
                const JsonRecordScanner::Status status = scanner.next(&record);
                if (status == JsonRecordScanner::Status::End)
                    break;
                if (status == JsonRecordScanner::Status::Error) {
                    PD_FUZZ_VERIFY(!scanner.errorString().isEmpty(), fuzz.context(i, input));
                    break;
                }
                PD_FUZZ_VERIFY(record.startsWith('{'), fuzz.context(i, input));
                PD_FUZZ_VERIFY(scanner.recordStart() > previous, fuzz.context(i, input));
                PD_FUZZ_VERIFY(input.mid(scanner.recordStart(), record.size()) == record,
                               fuzz.context(i, input));
                previous = scanner.recordStart();
                PD_FUZZ_VERIFY(++records <= input.size(), fuzz.context(i, input));
                JsonRecordScanner::keysInOrder(record);
            }
            JsonRecordScanner::keysInOrder(input);
        }
    }

    // JsonTable: a file it loads reads back with one value per column in
    // every row, whole and in any window alike (or fails with a reason when
    // an element is not valid JSON, which only parsing it can tell).
    void jsonTable()
    {
        FuzzMutator fuzz("jsonTable", 0x5eed0205);
        QList<QByteArray> seeds = jsonSeeds();
        seeds.append(longJson(fuzz));
        const int count = fuzz.iterations(3000);
        int loaded = 0;
        for (int i = 0; i < count; ++i) {
            const QByteArray input = fuzz.mutate(seeds);
            JsonTable table(deviceWith(input));
            QString error;
            if (!table.load(&error)) {
                PD_FUZZ_VERIFY(!error.isEmpty(), fuzz.context(i, input));
                continue;
            }
            ++loaded;
            QByteArray problem;
            PD_FUZZ_VERIFY(checkWindows(table, fuzz, false, true, &problem),
                           QByteArray(problem + " " + fuzz.context(i, input)));
        }
        qInfo("%d files, %d loaded", count, loaded);
        QVERIFY(loaded > 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzExport)
#include "tst_fuzz_export.moc"
