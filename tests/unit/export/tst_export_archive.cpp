#include "export/ExportArchive.h"
#include "export/JoinedParts.h"
#include "export/TabularFile.h"

#include "RandomBytes.h"
#include "ZipBuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const QString kProfile = QStringLiteral("profile.json");
const QString kVisits = QStringLiteral("visits.csv");
const QString kMessages = QStringLiteral("messages.csv");
const QString kManifest = QStringLiteral("manifest.json");

QByteArray visitsCsv(int rows)
{
    QByteArray text = "id,page_title,page_url\r\n";
    for (int i = 0; i < rows; ++i)
        text += "v" + QByteArray::number(i) + ",\"Title, \"\"" + QByteArray::number(i) +
                "\"\"\",https://shop.test/p/" + QByteArray::number(i) + "\r\n";
    return text;
}

} // namespace

class TestExportArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QByteArray m_profile = R"([
{"full_name":"Ada","email":"ada@example.test","tags":["a","b"],"age":36,"verified":true,"phone":null}
])";
    QByteArray m_visits = visitsCsv(500);
    QByteArray m_messages = "id,body\r\nm1,\"Hello\r\nthere\"\r\n";

    QString newPath() { return m_dir.filePath(QStringLiteral("a%1.zip").arg(++m_count)); }

    QList<ZipBuilder::Listed> listed() const
    {
        return {{kProfile, m_profile, 1}, {kVisits, m_visits, 500}, {kMessages, m_messages, 1}};
    }

    // A well-formed export: manifest plus the three files; visits.csv stored
    // uncompressed when `storeVisits`, so a test can find and flip its bytes.
    QString validArchive(bool storeVisits = false)
    {
        const QString path = newPath();
        const bool written = ZipBuilder::write(path, {{kManifest, ZipBuilder::manifest(listed())},
                                                      {kProfile, m_profile},
                                                      {kVisits, m_visits, storeVisits},
                                                      {kMessages, m_messages}});
        return written ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validArchiveVerifies()
    {
        ExportArchive archive(validArchive());
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        QCOMPARE(archive.files(), (QStringList{kProfile, kVisits, kMessages}));
        QCOMPARE(archive.manifest().format, QStringLiteral("both"));
        QCOMPARE(archive.manifest().file(kVisits)->rows, 500);
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        const ArchiveVerification result = archive.verify([&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.verified, (QStringList{kProfile, kVisits, kMessages}));
        QCOMPARE(lastTotal, qint64(m_profile.size() + m_visits.size() + m_messages.size()));
        QCOMPARE(lastDone, lastTotal);
    }

    // A split download opens from any of its parts as the archive they join
    // into, read through JoinedParts across the parts' boundaries; a part
    // missing from the middle leaves a ZIP that is refused.
    void splitArchiveOpensFromItsParts()
    {
        const QString whole = validArchive(true);
        QFile file(whole);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const qint64 partSize = bytes.size() / 3 + 1;
        const QString base = m_dir.filePath(QStringLiteral("split.zip"));
        QStringList parts;
        for (int index = 1; index <= 3; ++index) {
            const QString path = base + QStringLiteral(".00") + QString::number(index);
            QFile part(path);
            QVERIFY(part.open(QIODevice::WriteOnly));
            QVERIFY(part.write(bytes.mid((index - 1) * partSize, partSize)) > 0);
            parts << path;
        }
        QCOMPARE(JoinedParts::partsOf(parts.at(1)), parts);
        QVERIFY(JoinedParts::partsOf(whole).isEmpty());

        // Reads and seeks as one file.
        JoinedParts joined(parts);
        QVERIFY(joined.open(QIODevice::ReadOnly));
        QCOMPARE(joined.size(), qint64(bytes.size()));
        QCOMPARE(joined.readAll(), bytes);
        for (const qint64 at :
             {qint64(0), partSize - 3, partSize, 2 * partSize - 1, qint64(bytes.size()) - 5}) {
            QVERIFY(joined.seek(at));
            QCOMPARE(joined.read(7), bytes.mid(at, 7));
        }
        joined.close();

        ExportArchive archive(parts.at(1));
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        QCOMPARE(archive.files(), (QStringList{kProfile, kVisits, kMessages}));
        const ArchiveVerification result = archive.verify();
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QBuffer visits;
        QVERIFY(visits.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(archive.extract(kVisits, visits, &error), qPrintable(error));
        QCOMPARE(visits.data(), m_visits);

        QVERIFY(QFile::rename(parts.at(1), base + QStringLiteral(".xyz")));
        ExportArchive incomplete(parts.at(0));
        QVERIFY(!incomplete.open());
    }

    void failedWriteIsNotReportedAsTampering()
    {
        ExportArchive archive(validArchive());
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        QBuffer readOnly; // every write fails, like a full disk
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!archive.extract(kVisits, readOnly, &error));
        QVERIFY2(error.contains(QLatin1String("temporary file")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("changed or damaged")), qPrintable(error));
        QVERIFY(archive.errorDetail().startsWith(QLatin1String("write failed")));
    }

    void verifyStopsWhenProgressSaysSo()
    {
        ExportArchive archive(validArchive());
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        int calls = 0;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        const ArchiveVerification result = archive.verify([&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            lastTotal = total;
            return false; // a cancel button pressed at once
        });
        QCOMPARE(calls, 1);
        QVERIFY(lastDone < lastTotal);
        QVERIFY(result.stopped);
        QVERIFY(!result.ok());
        QVERIFY(result.issues.isEmpty()); // stopping is not a finding
        QVERIFY(result.verified.isEmpty());
    }

    void tamperedByteIsDetected()
    {
        const QString path = validArchive(true);
        QByteArray zip = ZipBuilder::readAll(path);
        const qsizetype at = zip.indexOf("https://shop.test/p/250");
        QVERIFY(at > 0);
        zip[at + 8] = 'X'; // one byte of visits.csv, inside the ZIP
        QVERIFY(ZipBuilder::writeAll(path, zip));

        ExportArchive archive(path);
        QVERIFY(archive.open()); // the directory is intact
        const ArchiveVerification result = archive.verify();
        QVERIFY(!result.ok());
        QCOMPARE(result.paths(ArchiveVerification::Issue::Kind::Tampered), QStringList{kVisits});
        QCOMPARE(result.verified, (QStringList{kProfile, kMessages}));
        QVERIFY(result.summary().contains(kVisits));
        // Its rows are not offered either.
        QString error;
        QVERIFY(!archive.openTable(kVisits, &error));
        QVERIFY(error.contains(kVisits));
    }

    void contentSwappedWithAValidZipChecksumIsDetected()
    {
        // The ZIP is self-consistent (CRC fine): only the manifest's SHA-256 can tell.
        QByteArray altered = m_visits;
        altered.replace("p/7\r\n", "p/8\r\n");
        QCOMPARE(altered.size(), m_visits.size());
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(path, {{kManifest, ZipBuilder::manifest(listed())},
                                         {kProfile, m_profile},
                                         {kVisits, altered},
                                         {kMessages, m_messages}}));
        ExportArchive archive(path);
        QVERIFY(archive.open());
        const ArchiveVerification result = archive.verify();
        QCOMPARE(result.paths(ArchiveVerification::Issue::Kind::Tampered), QStringList{kVisits});
        QVERIFY(result.issues.constFirst().detail.contains(QLatin1String("SHA-256")));
    }

    void missingFileIsReported()
    {
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(path, {{kManifest, ZipBuilder::manifest(listed())},
                                         {kProfile, m_profile},
                                         {kVisits, m_visits}}));
        ExportArchive archive(path);
        QVERIFY(archive.open());
        const ArchiveVerification result = archive.verify();
        QCOMPARE(result.paths(ArchiveVerification::Issue::Kind::Missing), QStringList{kMessages});
        QCOMPARE(result.verified, (QStringList{kProfile, kVisits}));
    }

    void extraFileIsReported()
    {
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(path, {{kManifest, ZipBuilder::manifest(listed())},
                                         {kProfile, m_profile},
                                         {kVisits, m_visits},
                                         {kMessages, m_messages},
                                         {QStringLiteral("readme.txt"), "not exported"}}));
        ExportArchive archive(path);
        QVERIFY(archive.open());
        const ArchiveVerification result = archive.verify();
        QCOMPARE(result.paths(ArchiveVerification::Issue::Kind::Extra),
                 QStringList{QStringLiteral("readme.txt")});
        QCOMPARE(result.verified.size(), 3);
    }

    // Issue 15: the readable HTML copy is part of the verification, and is
    // extracted, each page checked, only into a new folder inside the
    // chosen one; a damaged page leaves nothing behind.
    void readableCopyIsVerifiedAndExtractedInsideTheFolder()
    {
        const QByteArray index = "<!DOCTYPE html><title>Index</title><a href=\"profile.html\">";
        const QByteArray page = "<!DOCTYPE html><title>Profile</title><td>Ada</td>";
        const auto archiveWith = [&](const QByteArray &pageInZip) {
            QJsonObject manifest = QJsonDocument::fromJson(ZipBuilder::manifest(listed())).object();
            QJsonArray readable;
            for (const auto &[name, bytes] : {std::pair{QStringLiteral("html/index.html"), index},
                                              std::pair{QStringLiteral("html/profile.html"), page}})
                readable.append(QJsonObject{{QStringLiteral("path"), name},
                                            {QStringLiteral("sha256"), ZipBuilder::sha256(bytes)},
                                            {QStringLiteral("size_bytes"), bytes.size()},
                                            {QStringLiteral("rows"), 1}});
            manifest.insert(QStringLiteral("readable"), readable);
            const QString path = newPath();
            return ZipBuilder::write(path, {{kManifest, QJsonDocument(manifest).toJson()},
                                            {kProfile, m_profile},
                                            {kVisits, m_visits},
                                            {kMessages, m_messages},
                                            {QStringLiteral("html/index.html"), index},
                                            {QStringLiteral("html/profile.html"), pageInZip}})
                       ? path
                       : QString();
        };
        QTemporaryDir chosen;
        QVERIFY(chosen.isValid());
        const QString folder = QDir(chosen.path()).canonicalPath();

        ExportArchive archive(archiveWith(page));
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        QVERIFY(archive.manifest().hasReadableCopy());
        const ArchiveVerification result = archive.verify();
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.verified.size(), 5);
        QString error;
        const QString first = archive.extractReadableCopy(folder, QStringLiteral("x"), &error);
        QCOMPARE(first, folder + QStringLiteral("/x/index.html"));
        QCOMPARE(ZipBuilder::readAll(first), index);
        QCOMPARE(ZipBuilder::readAll(folder + QStringLiteral("/x/profile.html")), page);
        // Never over what is there: a new folder each time.
        const QString second = archive.extractReadableCopy(folder, QStringLiteral("x"), &error);
        QCOMPARE(QFileInfo(second).absolutePath(), folder + QStringLiteral("/x (2)"));

        ExportArchive damaged(archiveWith(QByteArray(page).replace("Ada", "Eve")));
        QVERIFY(damaged.open());
        QCOMPARE(damaged.verify().paths(ArchiveVerification::Issue::Kind::Tampered),
                 QStringList{QStringLiteral("html/profile.html")});
        QVERIFY(damaged.extractReadableCopy(folder, QStringLiteral("y"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/y")));

        // An archive from before the readable copy says so.
        ExportArchive old(validArchive());
        QVERIFY(old.open());
        error.clear();
        QVERIFY(old.extractReadableCopy(folder, QStringLiteral("z"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("x"), QStringLiteral("x (2)")}));
    }

    void unsafeNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.csv");
        QTest::newRow("deep parent") << QStringLiteral("a/../../evil.csv");
        QTest::newRow("absolute") << QStringLiteral("/tmp/evil.csv");
        QTest::newRow("backslash parent") << QStringLiteral("..\\evil.csv");
        QTest::newRow("drive") << QStringLiteral("C:/evil.csv");
        QTest::newRow("dot segment") << QStringLiteral("./visits.csv");
    }

    void unsafeNamesAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!ExportArchive::isSafeEntryName(name));
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(
            path,
            {{kManifest, ZipBuilder::manifest(listed())}, {kProfile, m_profile}, {name, "x"}}));
        ExportArchive archive(path);
        QVERIFY(!archive.open());
        QVERIFY(archive.errorString().contains(QLatin1String("unsafe")));
        QCOMPARE(archive.errorDetail(), QStringLiteral("unsafe entry name"));
    }

    void safeNames()
    {
        QVERIFY(ExportArchive::isSafeEntryName(QStringLiteral("visits.csv")));
        QVERIFY(ExportArchive::isSafeEntryName(QStringLiteral("folder/")));
        QVERIFY(ExportArchive::isSafeEntryName(QStringLiteral("a/b..c.csv")));
        QVERIFY(!ExportArchive::isSafeEntryName(QString()));
        QVERIFY(!ExportArchive::isSafeEntryName(QStringLiteral("a//b")));
    }

    void duplicateNamesAreRefused()
    {
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(path, {{kManifest, ZipBuilder::manifest(listed())},
                                         {kVisits, m_visits},
                                         {kVisits, "id\r\nforged\r\n"}}));
        ExportArchive archive(path);
        QVERIFY(!archive.open());
        QCOMPARE(archive.errorDetail(), QStringLiteral("duplicate entry"));
    }

    void zipBombIsRefused()
    {
        // 64 MiB of zeros deflate to ~64 KiB: a ratio near 1000:1.
        const QString path = newPath();
        QVERIFY(ZipBuilder::writeFilled(path, {{kManifest, ZipBuilder::manifest(listed())}},
                                        kVisits, 64LL * 1024 * 1024, '\0'));
        ExportArchive archive(path);
        QVERIFY(!archive.open());
        QVERIFY(archive.errorString().contains(QLatin1String("zip bomb")));
        QVERIFY(archive.errorDetail().startsWith(QLatin1String("entry ratio")));
    }

    void oversizedEntryIsRefused()
    {
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(path, {{kManifest, ZipBuilder::manifest(listed())},
                                         {kVisits, randomBytes(3 * 1024 * 1024, 7)}}));
        ArchiveLimits limits;
        limits.maxEntryBytes = 2 * 1024 * 1024;
        ExportArchive capped(path, limits);
        QVERIFY(!capped.open());
        QVERIFY(capped.errorDetail().contains(QLatin1String("over the cap")));
        // Incompressible data of the same size passes the default limits.
        ExportArchive normal(path);
        QVERIFY2(normal.open(), qPrintable(normal.errorDetail()));
    }

    void tooManyEntriesAreRefused()
    {
        ArchiveLimits limits;
        limits.maxEntries = 3;
        ExportArchive archive(validArchive(), limits);
        QVERIFY(!archive.open());
        QVERIFY(archive.errorDetail().contains(QLatin1String("more than 3 entries")));
    }

    void entryLyingAboutItsSizeYieldsNoMore()
    {
        // A bomb that declares 1000 bytes: the ratio check sees nothing, so
        // the stream must stop at the declared size and the CRC must fail.
        const QString path = newPath();
        QVERIFY(ZipBuilder::writeFilled(path, {{kManifest, ZipBuilder::manifest(listed())}},
                                        kVisits, 32LL * 1024 * 1024, '\0'));
        QByteArray zip = ZipBuilder::readAll(path);
        QVERIFY(ZipBuilder::patchDeclaredSize(zip, kVisits, 1000));
        QVERIFY(ZipBuilder::writeAll(path, zip));
        ExportArchive archive(path);
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        const ArchiveVerification result = archive.verify();
        QCOMPARE(result.paths(ArchiveVerification::Issue::Kind::Tampered), QStringList{kVisits});
    }

    void manifestProblemsFailToOpen_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<bool>("present");
        QTest::newRow("absent") << QByteArray() << false;
        QTest::newRow("not json") << QByteArray("{nope") << true;
        QTest::newRow("no files") << QByteArray(R"({"format":"csv"})") << true;
        QTest::newRow("bad hash")
            << QByteArray(
                   R"({"files":[{"path":"visits.csv","sha256":"XYZ","size_bytes":1,"rows":0}]})")
            << true;
        QTest::newRow("unsafe listed path")
            << QByteArray(R"({"files":[{"path":"../visits.csv","sha256":")" + QByteArray(64, 'a') +
                          R"(","size_bytes":1,"rows":0}]})")
            << true;
    }

    void manifestProblemsFailToOpen()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(bool, present);
        QList<ZipBuilder::Entry> entries{{kVisits, m_visits}};
        if (present)
            entries.prepend({kManifest, manifest});
        const QString path = newPath();
        QVERIFY(ZipBuilder::write(path, entries));
        ExportArchive archive(path);
        QVERIFY(!archive.open());
        QVERIFY(archive.errorString().contains(QLatin1String("manifest.json")));
    }

    void notAZipFailsToOpen()
    {
        const QString path = newPath();
        QVERIFY(ZipBuilder::writeAll(path, "this is not a zip"));
        ExportArchive archive(path);
        QVERIFY(!archive.open());
        QVERIFY(!archive.errorString().isEmpty());
    }

    void tablesOfCsvAndJson()
    {
        ExportArchive archive(validArchive());
        QVERIFY(archive.open());
        QString error;
        const auto visits = archive.openTable(kVisits, &error, m_dir.path());
        QVERIFY2(visits, qPrintable(error));
        QCOMPARE(visits->columns(), (QStringList{QStringLiteral("id"), QStringLiteral("page_title"),
                                                 QStringLiteral("page_url")}));
        QCOMPARE(visits->rowCount(), 500);
        QList<QStringList> rows;
        QVERIFY(visits->readRows(498, 10, &rows, &error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("v498"), QStringLiteral("Title, \"498\""),
                                          QStringLiteral("https://shop.test/p/498")}));

        const auto messages = archive.openTable(kMessages, &error);
        QVERIFY2(messages, qPrintable(error));
        QVERIFY(messages->readRows(0, 1, &rows, &error));
        QCOMPARE(rows.at(0).at(1), QStringLiteral("Hello\r\nthere"));

        const auto profile = archive.openTable(kProfile, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->columns(),
                 (QStringList{QStringLiteral("full_name"), QStringLiteral("email"),
                              QStringLiteral("tags"), QStringLiteral("age"),
                              QStringLiteral("verified"), QStringLiteral("phone")}));
        QVERIFY(profile->readRows(0, 5, &rows, &error));
        QCOMPARE(rows,
                 (QList<QStringList>{{QStringLiteral("Ada"), QStringLiteral("ada@example.test"),
                                      QStringLiteral("[\"a\",\"b\"]"), QStringLiteral("36"),
                                      QStringLiteral("true"), QString()}}));
        QVERIFY(!archive.openTable(QStringLiteral("nothere.csv"), &error));
        QVERIFY(!archive.openTable(kManifest, &error));
    }
};

QTEST_GUILESS_MAIN(TestExportArchive)
#include "tst_export_archive.moc"
