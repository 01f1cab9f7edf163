#include "export/ArchiveTableModel.h"
#include "export/CsvTable.h"
#include "export/JsonTable.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

using namespace pd;

namespace {

QByteArray csvRow(qint64 i)
{
    // Every 10th row has a quoted field with a comma, a quote and a line break.
    const QByteArray title =
        i % 10 == 0 ? QByteArray("\"Sale, \"\"" + QByteArray::number(i) + "\"\"\r\nday\"")
                    : QByteArray("Page " + QByteArray::number(i));
    return "v" + QByteArray::number(i) + ',' + QByteArray::number(1700000000 + i) + ',' + title +
           ",https://shop.test/p/" + QByteArray::number(i) + ",Firefox,desktop\r\n";
}

QString expectedTitle(qint64 i)
{
    return i % 10 == 0 ? QStringLiteral("Sale, \"%1\"\r\nday").arg(i)
                       : QStringLiteral("Page %1").arg(i);
}

const QByteArray kHeader = "id,started_at,page_title,page_url,browser,device_type\r\n";

std::unique_ptr<QIODevice> bufferOf(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

std::unique_ptr<TabularFile> csvTable(const QByteArray &bytes, QString *error = nullptr)
{
    auto table = std::make_unique<CsvTable>(bufferOf(bytes));
    if (!table->load(error))
        return nullptr;
    return table;
}

} // namespace

class TestArchiveTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolTipShowsMarkupAsWritten()
    {
        // A cell is data, not markup: its tooltip is escaped rich text.
        auto table = csvTable("a,b\r\n<b>x</b> & y,\"1\r\n2\"\r\n");
        QVERIFY(table);
        ArchiveTableModel model(std::move(table));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("<b>x</b> & y"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<qt>&lt;b&gt;x&lt;/b&gt; &amp; y</qt>"));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<qt>1<br/>2</qt>"));
    }

    void csvModelPassesTheTester()
    {
        QByteArray text = kHeader;
        for (int i = 0; i < 1000; ++i)
            text += csvRow(i);
        QString error;
        auto table = csvTable(text, &error);
        QVERIFY2(table, qPrintable(error));
        ArchiveTableModel model(std::move(table));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("page_title"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        for (const int row : {0, 1, 255, 256, 640, 999, 3}) {
            QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("v%1").arg(row));
            QCOMPARE(model.index(row, 2).data().toString(), expectedTitle(row));
            QCOMPARE(model.index(row, 5).data(Qt::ToolTipRole).toString(),
                     QStringLiteral("<qt>desktop</qt>"));
        }
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
        QVERIFY(model.errorString().isEmpty());
    }

    void jsonModelPassesTheTester()
    {
        QByteArray text = "[\n";
        for (int i = 0; i < 700; ++i) {
            text += QByteArray(i ? ",\n" : "") + "{\"id\":\"m" + QByteArray::number(i) +
                    "\",\"sent_at\":\"2026-01-01T00:00:00.000Z\",\"body\":\"brace } and "
                    "\\\"quote\\\" " +
                    QByteArray::number(i) + "\",\"counterpart\":{\"name\":\"x\"},\"read\":false}";
        }
        text += "\n]\n";
        auto table = std::make_unique<JsonTable>(bufferOf(text));
        QString error;
        QVERIFY2(table->load(&error), qPrintable(error));
        ArchiveTableModel model(std::move(table));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(
            model.columnNames(),
            (QStringList{QStringLiteral("id"), QStringLiteral("sent_at"), QStringLiteral("body"),
                         QStringLiteral("counterpart"), QStringLiteral("read")}));
        QCOMPARE(model.index(699, 2).data().toString(),
                 QStringLiteral("brace } and \"quote\" 699"));
        QCOMPARE(model.index(300, 3).data().toString(), QStringLiteral("{\"name\":\"x\"}"));
        QCOMPARE(model.index(64, 4).data().toString(), QStringLiteral("false"));
    }

    void malformedFilesDoNotLoad_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("csv stray quote") << false << kHeader + csvRow(1) + "v2,\"x\"y,1,2,3,4\r\n";
        QTest::newRow("csv unclosed") << false << kHeader + "v1,\"open\r\n";
        QTest::newRow("json not array") << true << QByteArray("{\"id\":1}");
        QTest::newRow("json scalar element") << true << QByteArray("[1,2]");
        QTest::newRow("json unclosed") << true << QByteArray("[{\"id\":\"a\"},{\"id\":\"b");
        QTest::newRow("json missing comma")
            << true << QByteArray("[{\"id\":\"a\"} {\"id\":\"b\"}]");
    }

    void malformedFilesDoNotLoad()
    {
        QFETCH(bool, json);
        QFETCH(QByteArray, text);
        QString error;
        if (json) {
            JsonTable table(bufferOf(text));
            QVERIFY(!table.load(&error));
            QVERIFY(error.contains(QLatin1String("JSON")));
        } else {
            CsvTable table(bufferOf(text));
            QVERIFY(!table.load(&error));
            QVERIFY(error.contains(QLatin1String("CSV")));
        }
    }

    void emptyFiles()
    {
        auto csv = csvTable(kHeader);
        QVERIFY(csv);
        ArchiveTableModel csvModel(std::move(csv));
        QAbstractItemModelTester csvTester(&csvModel,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(csvModel.rowCount(), 0);
        QCOMPARE(csvModel.columnCount(), 6);
        auto json = std::make_unique<JsonTable>(bufferOf("[]"));
        QVERIFY(json->load(nullptr));
        ArchiveTableModel jsonModel(std::move(json));
        QCOMPARE(jsonModel.rowCount(), 0);
        QCOMPARE(jsonModel.columnCount(), 0);
    }

    // A million-row visits.csv opens without being loaded: only the index
    // (one offset per 64 rows) and a few blocks of rows are held.
    void millionRowCsvIsReadOnDemand()
    {
        constexpr qint64 kRows = 1000000;
        auto file = std::make_unique<QTemporaryFile>();
        QVERIFY(file->open());
        QByteArray chunk = kHeader;
        for (qint64 i = 0; i < kRows; ++i) {
            chunk += csvRow(i);
            if (chunk.size() > 1024 * 1024) {
                QCOMPARE(file->write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(file->write(chunk), chunk.size());
        QVERIFY(file->flush() && file->seek(0));
        const qint64 fileSize = file->size();

        QElapsedTimer timer;
        timer.start();
        auto table = std::make_unique<CsvTable>(std::move(file));
        QString error;
        QVERIFY2(table->load(&error), qPrintable(error));
        const qint64 indexMs = timer.elapsed();
        ArchiveTableModel model(std::move(table));
        QCOMPARE(model.rowCount(), int(kRows));
        QCOMPARE(model.cachedRowCount(), 0); // nothing decoded yet

        for (qint64 row = 0; row < kRows; row += 9973) {
            QCOMPARE(model.index(int(row), 0).data().toString(), QStringLiteral("v%1").arg(row));
            QCOMPARE(model.index(int(row), 2).data().toString(), expectedTitle(row));
        }
        QCOMPARE(model.index(int(kRows - 1), 3).data().toString(),
                 QStringLiteral("https://shop.test/p/%1").arg(kRows - 1));
        QVERIFY(model.cachedRowCount() <=
                ArchiveTableModel::kCachedBlocks * ArchiveTableModel::kBlockRows);
        qInfo("%lld-byte CSV, %lld rows: indexed in %lld ms; rows held in memory: %d", fileSize,
              kRows, indexMs, model.cachedRowCount());
    }
};

QTEST_GUILESS_MAIN(TestArchiveTableModel)
#include "tst_archive_table_model.moc"
