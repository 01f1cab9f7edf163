#include "export/ArchiveDownloader.h"
#include "export/DownloadPaths.h"
#include "export/SplitArchiveDownloader.h"

#include "ApiClientTestBase.h"
#include "RandomBytes.h"
#include "ZipBuilder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

namespace {

const QString kArchiveUrl = QStringLiteral("https://api.test/api/v1/requests/req_1/archive");
const QString kFileName = QStringLiteral("privacy-export-req_1.zip");

// The archive endpoint: ETag, single `bytes=a-` ranges, If-Range.
struct ArchiveEndpoint {
    QByteArray body;
    QByteArray etag = "\"v1\"";
    qint64 streamChunk = -1; // > 0: stream spaces in chunks (body must be all spaces)
    QByteArray forcedContentRange;

    FakeResponse operator()(const FakeRequest &request) const
    {
        FakeResponse response;
        response.headers = {{"Content-Type", "application/zip"}, {"ETag", etag}};
        const QByteArray range = request.header("Range");
        qint64 from = 0;
        if (!range.isEmpty() && request.header("If-Range") == etag) {
            from = range.mid(6, range.indexOf('-') - 6).toLongLong();
            response.status = 206;
            response.headers.append(
                {"Content-Range", forcedContentRange.isEmpty()
                                      ? "bytes " + QByteArray::number(from) + '-' +
                                            QByteArray::number(body.size() - 1) + '/' +
                                            QByteArray::number(body.size())
                                      : forcedContentRange});
        }
        if (streamChunk > 0) {
            response.streamBytes = body.size() - from;
            response.chunkSize = streamChunk;
        } else {
            response.body = body.mid(from);
        }
        return response;
    }
};

} // namespace

// ArchiveDownloader on a fake network (resume rules, verification, paths).
class TestArchiveDownloader : public ApiClientTestBase
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    ArchiveEndpoint m_endpoint;

    ExportResult archiveFor(const QByteArray &body) const
    {
        ExportResult result;
        result.requestId = QStringLiteral("req_1");
        result.archiveUrl = QUrl(kArchiveUrl);
        result.sizeBytes = body.size();
        result.sha256 = ZipBuilder::sha256(body);
        return result;
    }

    // `body` offered in parts of `partSize` under /parts/<size>/<index>.
    ExportResult splitArchiveFor(const QByteArray &body, qint64 partSize) const
    {
        ExportResult result = archiveFor(body);
        ArchivePartSet set{partSize, {}};
        for (qint64 offset = 0; offset < body.size(); offset += partSize) {
            const int index = int(set.parts.size()) + 1;
            const QByteArray bytes = body.mid(offset, partSize);
            set.parts.append(
                {index, QUrl(kArchiveUrl + QStringLiteral("/parts/%1/%2").arg(partSize).arg(index)),
                 offset, bytes.size(), ZipBuilder::sha256(bytes)});
        }
        result.partSets = {set};
        return result;
    }

    // Answers each part's request with its bytes, noting which were asked.
    void serveParts(const QByteArray &body, qint64 partSize, QList<int> *asked)
    {
        network->setHandler([body, partSize, asked](const FakeRequest &fake) {
            const int index = fake.url.path().section(u'/', -1).toInt();
            *asked << index;
            FakeResponse response;
            response.body = body.mid((index - 1) * partSize, partSize);
            return response;
        });
    }

    QString folderPath(const QString &name) const { return m_dir->filePath(name); }
    QStringList folderEntries() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::System | QDir::Hidden);
    }

    // Runs one download to its end; the signal that ended it.
    QString run(ArchiveDownloader &downloader, const ExportResult &archive,
                DownloadError *error = nullptr)
    {
        QSignalSpy finished(&downloader, &ArchiveDownloader::finished);
        QSignalSpy failed(&downloader, &ArchiveDownloader::failed);
        downloader.start(archive, m_dir->path());
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
            return QStringLiteral("timeout");
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.constFirst().constFirst().value<DownloadError>();
            return QStringLiteral("failed");
        }
        return QStringLiteral("finished");
    }

    void usePart(const QByteArray &bytes, const QByteArray &etag)
    {
        QVERIFY(ZipBuilder::writeAll(folderPath(kFileName + QStringLiteral(".part")), bytes));
        QVERIFY(ZipBuilder::writeAll(folderPath(kFileName + QStringLiteral(".part.etag")), etag));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DownloadError>(); }

    void init()
    {
        setUp();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_endpoint = {};
        m_endpoint.body = randomBytes(300 * 1024, 11);
        network->setHandler([this](const FakeRequest &request) { return m_endpoint(request); });
    }

    void cleanup() { tearDown(); }

    void downloadsVerifiesAndRenames()
    {
        ArchiveDownloader downloader(client);
        QSignalSpy progress(&downloader, &ArchiveDownloader::progress);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QCOMPARE(downloader.finalPath(), QDir(m_dir->path()).canonicalPath() + u'/' + kFileName);
        QCOMPARE(ZipBuilder::readAll(downloader.finalPath()), m_endpoint.body);
        QCOMPARE(folderEntries(), QStringList{kFileName}); // no .part, no .etag
        const FakeRequest request = network->requests().constFirst();
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer t1"));
        QVERIFY(request.header("Range").isEmpty());
        QVERIFY(!request.header("X-Request-ID").isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(m_endpoint.body.size()));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(m_endpoint.body.size()));
    }

    void cancelKeepsThePartAndResumeAsksForTheRest()
    {
        m_endpoint.body = QByteArray(1024 * 1024, ' ');
        m_endpoint.streamChunk = 64 * 1024;
        ArchiveDownloader downloader(client);
        QSignalSpy progress(&downloader, &ArchiveDownloader::progress);
        QSignalSpy cancelled(&downloader, &ArchiveDownloader::cancelled);
        connect(&downloader, &ArchiveDownloader::progress, &downloader,
                [&downloader] { downloader.cancel(); });
        downloader.start(archiveFor(m_endpoint.body), m_dir->path());
        QVERIFY(cancelled.wait(5000));
        const qint64 kept = QFileInfo(folderPath(kFileName + QStringLiteral(".part"))).size();
        QVERIFY(kept > 0 && kept < m_endpoint.body.size());
        QVERIFY(!QFileInfo::exists(folderPath(kFileName)));

        downloader.disconnect(&downloader);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        const FakeRequest resumed = network->requests().constLast();
        QCOMPARE(resumed.header("Range"), "bytes=" + QByteArray::number(kept) + '-');
        QCOMPARE(resumed.header("If-Range"), m_endpoint.etag);
        QCOMPARE(downloader.resumedFrom(), kept);
        QCOMPARE(downloader.bytesTransferred(), m_endpoint.body.size() - kept);
        QCOMPARE(downloader.lastHttpStatus(), 206);
        QCOMPARE(ZipBuilder::readAll(downloader.finalPath()), m_endpoint.body);
        QVERIFY(downloader.maxBufferedBytes() <= 64 * 1024);
    }

    void changedArchiveAnswers200AndStartsOver()
    {
        usePart(QByteArray(1000, 'x'), "\"old\"");
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QCOMPARE(network->requests().size(), 1);
        QCOMPARE(network->requests().constFirst().header("Range"), QByteArray("bytes=1000-"));
        QCOMPARE(downloader.lastHttpStatus(), 200);
        QCOMPARE(ZipBuilder::readAll(downloader.finalPath()), m_endpoint.body);
    }

    void partLargerThanTheArchiveStartsOver()
    {
        usePart(QByteArray(m_endpoint.body.size() + 10, 'x'), m_endpoint.etag);
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QVERIFY(network->requests().constFirst().header("Range").isEmpty());
        QCOMPARE(ZipBuilder::readAll(downloader.finalPath()), m_endpoint.body);
    }

    void partWithoutEtagStartsOver()
    {
        QVERIFY(ZipBuilder::writeAll(folderPath(kFileName + QStringLiteral(".part")), "abc"));
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QVERIFY(network->requests().constFirst().header("Range").isEmpty());
    }

    void unexpectedContentRangeStartsOver()
    {
        usePart(m_endpoint.body.left(5000), m_endpoint.etag);
        m_endpoint.forcedContentRange = "bytes 0-99/" + QByteArray::number(m_endpoint.body.size());
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QCOMPARE(network->requests().size(), 2);
        QVERIFY(network->requests().constLast().header("Range").isEmpty());
        QCOMPARE(ZipBuilder::readAll(downloader.finalPath()), m_endpoint.body);
    }

    void resumedBytesThatFailTheCheckAreDownloadedAgain()
    {
        usePart(QByteArray(5000, 'x'), m_endpoint.etag); // same ETag, wrong bytes
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QCOMPARE(network->requests().size(), 2);
        QVERIFY(network->requests().constLast().header("Range").isEmpty());
        QCOMPARE(ZipBuilder::readAll(downloader.finalPath()), m_endpoint.body);
    }

    void completePartIsVerifiedWithoutTheNetwork()
    {
        usePart(m_endpoint.body, m_endpoint.etag);
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QVERIFY(network->requests().isEmpty());
        QCOMPARE(folderEntries(), QStringList{kFileName});
    }

    void wrongChecksumLeavesNoFile()
    {
        ExportResult archive = archiveFor(m_endpoint.body);
        archive.sha256 = QString(64, QLatin1Char('0'));
        ArchiveDownloader downloader(client);
        DownloadError error;
        QCOMPARE(run(downloader, archive, &error), QStringLiteral("failed"));
        QCOMPARE(error.kind(), DownloadError::Kind::ChecksumMismatch);
        QVERIFY(error.userMessage().contains(QLatin1String("checksum")));
        QVERIFY(folderEntries().isEmpty());
    }

    void moreBytesThanAnnouncedLeavesNoFile()
    {
        ExportResult archive = archiveFor(m_endpoint.body);
        m_endpoint.body += "trailing";
        ArchiveDownloader downloader(client);
        DownloadError error;
        QCOMPARE(run(downloader, archive, &error), QStringLiteral("failed"));
        QCOMPARE(error.kind(), DownloadError::Kind::SizeMismatch);
        QVERIFY(folderEntries().isEmpty());
    }

    void expiredArchiveDropsThePart()
    {
        usePart(m_endpoint.body.left(100), m_endpoint.etag);
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(404, QStringLiteral("not-found"));
        });
        ArchiveDownloader downloader(client);
        DownloadError error;
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body), &error), QStringLiteral("failed"));
        QCOMPARE(error.kind(), DownloadError::Kind::Api);
        QCOMPARE(error.apiError()->httpStatus(), 404);
        QVERIFY(error.userMessage().contains(QLatin1String("expired")));
        QVERIFY(folderEntries().isEmpty());
    }

    void serverErrorKeepsThePartForLater()
    {
        usePart(m_endpoint.body.left(100), m_endpoint.etag);
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(503, QStringLiteral("unavailable"));
        });
        ArchiveDownloader downloader(client);
        DownloadError error;
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body), &error), QStringLiteral("failed"));
        QVERIFY(error.isResumable());
        QCOMPARE(QFileInfo(folderPath(kFileName + QStringLiteral(".part"))).size(), 100);
    }

    void unauthenticatedRefreshesTheTokenOnce()
    {
        network->setHandler([this](const FakeRequest &request) {
            if (request.header("Authorization") == "Bearer t1")
                return FakeResponse::problem(401, QStringLiteral("unauthenticated"));
            return m_endpoint(request);
        });
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QCOMPARE(tokens->refreshes, 1);
        QCOMPARE(network->requests().constLast().header("Authorization"), QByteArray("Bearer t2"));
    }

    void tokenNeverGoesToAnotherOrigin()
    {
        ExportResult archive = archiveFor(m_endpoint.body);
        archive.archiveUrl = QUrl(QStringLiteral("https://evil.test/archive"));
        ArchiveDownloader downloader(client);
        DownloadError error;
        QCOMPARE(run(downloader, archive, &error), QStringLiteral("failed"));
        QCOMPARE(error.kind(), DownloadError::Kind::InvalidArchive);
        QVERIFY(network->requests().isEmpty());
    }

    void symlinkedPartOutsideTheFolderIsRefused()
    {
        QTemporaryDir outside;
        const QString target = outside.filePath(QStringLiteral("precious"));
        QVERIFY(ZipBuilder::writeAll(target, "keep me"));
        QVERIFY(QFile::link(target, folderPath(kFileName + QStringLiteral(".part"))));
        ArchiveDownloader downloader(client);
        DownloadError error;
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body), &error), QStringLiteral("failed"));
        QCOMPARE(error.kind(), DownloadError::Kind::UnsafePath);
        QCOMPARE(ZipBuilder::readAll(target), QByteArray("keep me"));
        QVERIFY(network->requests().isEmpty());
    }

    void existingFileIsNeverOverwritten()
    {
        QVERIFY(ZipBuilder::writeAll(folderPath(kFileName), "an older export"));
        ArchiveDownloader downloader(client);
        QCOMPARE(run(downloader, archiveFor(m_endpoint.body)), QStringLiteral("finished"));
        QCOMPARE(QFileInfo(downloader.finalPath()).fileName(),
                 QStringLiteral("privacy-export-req_1 (2).zip"));
        QCOMPARE(ZipBuilder::readAll(folderPath(kFileName)), QByteArray("an older export"));
    }

    void missingFolderFails()
    {
        ArchiveDownloader downloader(client);
        QSignalSpy failed(&downloader, &ArchiveDownloader::failed);
        downloader.start(archiveFor(m_endpoint.body), folderPath(QStringLiteral("nope")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.constFirst().constFirst().value<DownloadError>().kind(),
                 DownloadError::Kind::FileSystem);
    }
    // Issue 15: a large archive in parts, each checked against its own
    // SHA-256; the part that arrives damaged is detected and downloaded
    // again by itself, the others once; joined they are the archive.
    void partsAreVerifiedAndADamagedOneFetchedAgain()
    {
        const QByteArray archive = randomBytes(250 * 1024, 21);
        constexpr qint64 kPart = 100 * 1024;
        const QString base = kArchiveUrl + QStringLiteral("/parts/%1/").arg(kPart);
        QJsonArray parts;
        for (qint64 offset = 0, index = 1; offset < archive.size(); offset += kPart, ++index) {
            const QByteArray bytes = archive.mid(offset, kPart);
            parts.append(
                QJsonObject{{QStringLiteral("index"), index},
                            {QStringLiteral("url"), QString(base + QString::number(index))},
                            {QStringLiteral("offset"), offset},
                            {QStringLiteral("size_bytes"), bytes.size()},
                            {QStringLiteral("sha256"), ZipBuilder::sha256(bytes)}});
        }
        const QJsonObject request{
            {QStringLiteral("id"), QStringLiteral("req_1")},
            {QStringLiteral("type"), QStringLiteral("export")},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("archive_url"), kArchiveUrl},
                         {QStringLiteral("size_bytes"), archive.size()},
                         {QStringLiteral("sha256"), ZipBuilder::sha256(archive)},
                         {QStringLiteral("expires_at"), QStringLiteral("2030-01-01T00:00:00.000Z")},
                         {QStringLiteral("parts"),
                          QJsonArray{QJsonObject{{QStringLiteral("part_size"), kPart},
                                                 {QStringLiteral("parts"), parts}}}}}}};
        QString error;
        const std::optional<ExportResult> result = ExportResult::fromRequest(request, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->partSets.size(), 1);
        QCOMPARE(result->partSets.constFirst().parts.size(), 3);

        QHash<int, int> asked;
        network->setHandler([&](const FakeRequest &fake) {
            const int index = fake.url.path().section(u'/', -1).toInt();
            ++asked[index];
            FakeResponse response;
            response.headers = {{"Content-Type", "application/zip"}};
            response.body = archive.mid((index - 1) * kPart, kPart);
            if (index == 2 && asked.value(index) == 1)
                response.body[1000] = char(response.body.at(1000) ^ 0x20); // damaged on the way
            return response;
        });
        SplitArchiveDownloader downloader(client);
        QSignalSpy finished(&downloader, &SplitArchiveDownloader::finished);
        QSignalSpy failed(&downloader, &SplitArchiveDownloader::failed);
        QSignalSpy rejected(&downloader, &SplitArchiveDownloader::partRejected);
        QSignalSpy verified(&downloader, &SplitArchiveDownloader::partVerified);
        QSignalSpy progress(&downloader, &SplitArchiveDownloader::progress);
        QVERIFY(!downloader.start(*result, 4096, m_dir->path())); // not offered
        QVERIFY(downloader.start(*result, kPart, m_dir->path()));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.constFirst().at(0).toInt(), 2);
        QCOMPARE(rejected.constFirst().at(1).value<DownloadError>().kind(),
                 DownloadError::Kind::ChecksumMismatch);
        QCOMPARE(downloader.refetches(), 1);
        QCOMPARE(asked, (QHash<int, int>{{1, 1}, {2, 2}, {3, 1}}));
        QCOMPARE(verified.size(), 3);
        const QStringList paths = downloader.finalPaths();
        QCOMPARE(paths.size(), 3);
        QByteArray joined;
        for (int i = 0; i < paths.size(); ++i) {
            QCOMPARE(QFileInfo(paths.at(i)).fileName(),
                     kFileName + QStringLiteral(".00") + QString::number(i + 1));
            joined += ZipBuilder::readAll(paths.at(i));
        }
        QCOMPARE(joined, archive);
        QCOMPARE(folderEntries(), (QStringList{kFileName + QStringLiteral(".001"),
                                               kFileName + QStringLiteral(".002"),
                                               kFileName + QStringLiteral(".003")}));
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(archive.size()));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(archive.size()));
    }

    // Parts that do not join into exactly the archive are not offered.
    void inconsistentPartsAreNotOffered()
    {
        const auto resultWith = [](const QJsonArray &parts) {
            return QJsonObject{
                {QStringLiteral("id"), QStringLiteral("req_1")},
                {QStringLiteral("type"), QStringLiteral("export")},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("result"),
                 QJsonObject{{QStringLiteral("archive_url"), kArchiveUrl},
                             {QStringLiteral("size_bytes"), 20},
                             {QStringLiteral("sha256"), QString(64, u'a')},
                             {QStringLiteral("parts"),
                              QJsonArray{QJsonObject{{QStringLiteral("part_size"), 10},
                                                     {QStringLiteral("parts"), parts}}}}}}};
        };
        const auto part = [](int index, qint64 offset, qint64 size) {
            return QJsonObject{
                {QStringLiteral("index"), index},
                {QStringLiteral("url"),
                 QString(kArchiveUrl + QStringLiteral("/parts/10/") + QString::number(index))},
                {QStringLiteral("offset"), offset},
                {QStringLiteral("size_bytes"), size},
                {QStringLiteral("sha256"), QString(64, u'b')}};
        };
        QCOMPARE(ExportResult::fromRequest(resultWith({part(1, 0, 10), part(2, 10, 10)}), nullptr)
                     ->partSets.size(),
                 1);
        // A gap, a part too short in total, a part larger than the size.
        QVERIFY(ExportResult::fromRequest(resultWith({part(1, 0, 10), part(2, 11, 9)}), nullptr)
                    ->partSets.isEmpty());
        QVERIFY(ExportResult::fromRequest(resultWith({part(1, 0, 10), part(2, 10, 5)}), nullptr)
                    ->partSets.isEmpty());
        QVERIFY(ExportResult::fromRequest(resultWith({part(1, 0, 15), part(2, 15, 5)}), nullptr)
                    ->partSets.isEmpty());
    }
    // Cancelled after a part was verified, a new start() goes on from the
    // next part: the verified one is neither fetched nor saved twice.
    void cancelledSplitDownloadGoesOnFromTheNextPart()
    {
        const QByteArray archive = randomBytes(30 * 1024, 5);
        constexpr qint64 kPart = 10 * 1024;
        const ExportResult result = splitArchiveFor(archive, kPart);
        QList<int> asked;
        serveParts(archive, kPart, &asked);
        SplitArchiveDownloader downloader(client);
        QSignalSpy finished(&downloader, &SplitArchiveDownloader::finished);
        QSignalSpy cancelled(&downloader, &SplitArchiveDownloader::cancelled);
        connect(&downloader, &SplitArchiveDownloader::partVerified, &downloader, [&](int index) {
            if (index == 1)
                downloader.cancel();
        });
        QVERIFY(downloader.start(result, kPart, m_dir->path()));
        QTRY_COMPARE(cancelled.size(), 1);
        QVERIFY(finished.isEmpty());
        QVERIFY(downloader.start(result, kPart, m_dir->path()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(asked, (QList<int>{1, 2, 3}));
        QCOMPARE(folderEntries(), (QStringList{kFileName + QStringLiteral(".001"),
                                               kFileName + QStringLiteral(".002"),
                                               kFileName + QStringLiteral(".003")}));
        QCOMPARE(downloader.finalPaths().size(), 3);
    }

    // After the app was closed, a new downloader finds the parts it verified
    // in the folder: each is checked against its SHA-256 instead of being
    // downloaded again, and only one that no longer matches is fetched (the
    // damaged file is left as it is).
    void partsKeptFromAnEarlierRunAreCheckedNotDownloaded()
    {
        const QByteArray archive = randomBytes(30 * 1024, 9);
        constexpr qint64 kPart = 10 * 1024;
        const ExportResult result = splitArchiveFor(archive, kPart);
        QList<int> asked;
        serveParts(archive, kPart, &asked);
        QStringList firstPaths;
        {
            SplitArchiveDownloader first(client);
            QSignalSpy finished(&first, &SplitArchiveDownloader::finished);
            QVERIFY(first.start(result, kPart, m_dir->path()));
            QTRY_COMPARE(finished.size(), 1);
            firstPaths = first.finalPaths();
        }
        QCOMPARE(asked, (QList<int>{1, 2, 3}));
        asked.clear();
        // Part 2 changed on disk since (same size).
        QFile damaged(firstPaths.at(1));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.seek(100) && damaged.write("X") == 1);
        damaged.close();
        const QByteArray damagedBytes = ZipBuilder::readAll(firstPaths.at(1));

        SplitArchiveDownloader again(client);
        QSignalSpy finished(&again, &SplitArchiveDownloader::finished);
        QSignalSpy verified(&again, &SplitArchiveDownloader::partVerified);
        QSignalSpy checking(&again, &SplitArchiveDownloader::partChecking);
        QVERIFY(again.start(result, kPart, m_dir->path()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(asked, (QList<int>{2}));
        QCOMPARE(checking.size(), 3);
        QCOMPARE(verified.size(), 3);
        const QStringList paths = again.finalPaths();
        QCOMPARE(paths.size(), 3);
        QCOMPARE(paths.at(0), firstPaths.at(0));
        QCOMPARE(paths.at(2), firstPaths.at(2));
        QVERIFY(paths.at(1) != firstPaths.at(1));
        QByteArray joined;
        for (const QString &path : paths)
            joined += ZipBuilder::readAll(path);
        QCOMPARE(joined, archive);
        QCOMPARE(ZipBuilder::readAll(firstPaths.at(1)), damagedBytes);
    }
};

QTEST_GUILESS_MAIN(TestArchiveDownloader)
#include "tst_archive_downloader.moc"
