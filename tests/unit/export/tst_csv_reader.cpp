#include "export/CsvReader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace pd;

namespace {

using Records = QList<QStringList>;

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList result;
    for (const char *field : fields)
        result << QString::fromUtf8(field);
    return result;
}

// Reads every record; `ok` is false when the reader reported an error.
Records readAll(const QByteArray &text, bool *ok = nullptr, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Records records;
    QStringList fields;
    for (;;) {
        const CsvReader::Status status = reader.readRecord(&fields);
        if (status == CsvReader::Status::Record) {
            records.append(fields);
            continue;
        }
        if (ok)
            *ok = status == CsvReader::Status::End;
        if (error)
            *error = reader.errorString();
        return records;
    }
}

// The writer side of RFC 4180, as the server writes it.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvRecord(const QStringList &fields)
{
    QByteArrayList encoded;
    for (const QString &field : fields)
        encoded << csvField(field);
    return encoded.join(',') + "\r\n";
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Records>("expected");
        QTest::newRow("empty") << QByteArray() << Records{};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                              << Records{row({"a", "b"}), row({"1", "2"})};
        QTest::newRow("no final line break")
            << QByteArray("a,b\r\n1,2") << Records{row({"a", "b"}), row({"1", "2"})};
        QTest::newRow("bare lf") << QByteArray("a,b\n1,2\n")
                                 << Records{row({"a", "b"}), row({"1", "2"})};
        QTest::newRow("empty fields") << QByteArray(",,\r\n") << Records{row({"", "", ""})};
        QTest::newRow("trailing comma at end") << QByteArray("x,") << Records{row({"x", ""})};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\r\n") << Records{row({"a,b", "c"})};
        QTest::newRow("escaped quotes")
            << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\r\n") << Records{row({"say \"hi\"", "\""})};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\r\n") << Records{row({"", "x"})};
        QTest::newRow("embedded crlf") << QByteArray("\"line 1\r\nline 2\",b\r\nc,d\r\n")
                                       << Records{row({"line 1\r\nline 2", "b"}), row({"c", "d"})};
        QTest::newRow("embedded lf") << QByteArray("\"a\nb\"\n") << Records{row({"a\nb"})};
        QTest::newRow("utf-8") << QByteArray("Zoë,\xe6\x9d\xb1\xe4\xba\xac\r\n")
                               << Records{{QStringLiteral("Zoë"), QStringLiteral("東京")}};
        QTest::newRow("blank line is one empty field")
            << QByteArray("a\r\n\r\nb\r\n") << Records{row({"a"}), row({""}), row({"b"})};
    }

    void parses()
    {
        QFETCH(QByteArray, text);
        QFETCH(Records, expected);
        bool ok = false;
        QString error;
        QCOMPARE(readAll(text, &ok, &error), expected);
        QVERIFY2(ok, qPrintable(error));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("recordsBefore");
        QTest::newRow("quote inside unquoted field") << QByteArray("ok\r\nab\"c\r\n") << 1;
        QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\r\n") << 0;
        QTest::newRow("unclosed quote") << QByteArray("a\r\n\"never closed,\r\n") << 1;
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, recordsBefore);
        bool ok = true;
        QString error;
        QCOMPARE(readAll(text, &ok, &error).size(), recordsBefore);
        QVERIFY(!ok);
        QVERIFY(error.contains(QLatin1String("CSV")));
    }

    void capsTheRecordLength()
    {
        QBuffer buffer;
        buffer.setData("short\r\n" + QByteArray(5000, 'x') + "\r\nlast\r\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, 1000);
        QStringList fields;
        QCOMPARE(reader.readRecord(&fields), CsvReader::Status::Record);
        QCOMPARE(reader.readRecord(&fields), CsvReader::Status::Error);
        QCOMPARE(reader.readRecord(&fields), CsvReader::Status::Error); // stays failed
    }

    // Quotes, escaped quotes and CRLF that straddle the reader's 64 KiB buffer.
    void handlesBufferBoundaries()
    {
        for (int shift = -3; shift <= 3; ++shift) {
            const QString padding(65536 - 2 + shift, QLatin1Char('p'));
            const Records expected{{padding + QStringLiteral("\"q\"\r\nx"), QStringLiteral("y")},
                                   {QStringLiteral("z")}};
            QByteArray text;
            for (const QStringList &record : expected)
                text += csvRecord(record);
            bool ok = false;
            QCOMPARE(readAll(text, &ok), expected);
            QVERIFY(ok);
        }
    }

    void roundTripsRandomFields()
    {
        QRandomGenerator random(4180);
        const QString alphabet = QStringLiteral("ab ,\"\r\n;éß東");
        Records expected;
        QByteArray text;
        for (int r = 0; r < 2000; ++r) {
            QStringList record;
            const int columns = 1 + int(random.bounded(6));
            for (int c = 0; c < columns; ++c) {
                QString field;
                const int length = int(random.bounded(r % 97 == 0 ? 70000 : 12));
                for (int i = 0; i < length; ++i)
                    field += alphabet.at(random.bounded(alphabet.size()));
                record << field;
            }
            if (record == QStringList{QString()})
                record << QStringLiteral("x"); // a lone empty field writes a blank line
            expected << record;
            text += csvRecord(record);
        }
        bool ok = false;
        QString error;
        QCOMPARE(readAll(text, &ok, &error), expected);
        QVERIFY2(ok, qPrintable(error));
    }

    void seeksBackToRecordStarts()
    {
        QByteArray text;
        for (int i = 0; i < 1000; ++i)
            text += csvRecord({QString::number(i), QStringLiteral("multi\r\nline %1").arg(i)});
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<qint64> starts;
        for (;;) {
            starts << reader.position();
            if (reader.skipRecord() != CsvReader::Status::Record)
                break;
        }
        QCOMPARE(starts.size(), 1001);
        QCOMPARE(starts.last(), qint64(text.size()));
        QStringList fields;
        for (const int row : {999, 0, 500, 17}) {
            QVERIFY(reader.seek(starts.at(row)));
            QCOMPARE(reader.readRecord(&fields), CsvReader::Status::Record);
            QCOMPARE(fields, (QStringList{QString::number(row),
                                          QStringLiteral("multi\r\nline %1").arg(row)}));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
