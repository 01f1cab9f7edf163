#include "export/ArchiveDownloader.h"
#include "export/ArchiveTableModel.h"
#include "export/ExportArchive.h"
#include "export/TabularFile.h"

#include "DownloadedFiles.h"
#include "ExportFlow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

constexpr int kWaitMs = 120000;
const QString kLargeVisits = QStringLiteral("20000");

} // namespace

// Export end to end against the reference backend: submit, wait, download
// with ArchiveDownloader (whole, interrupted and resumed, with a wrong
// checksum), then open the archive offline with ExportArchive.
class TestArchiveDownload : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<ExportFlow> m_flow;
    ExportResult m_archive;
    // A larger archive (the first demo account, seeded with kLargeVisits
    // visits) that cannot arrive in one network read, for the resume test.
    std::unique_ptr<ExportFlow> m_largeFlow;
    ExportResult m_largeArchive;
    QString m_firstDownload;
    QTemporaryDir m_firstFolder;

    // Runs `downloader` to its end: "finished", "failed" or "timeout".
    static QString run(ArchiveDownloader &downloader, const ExportResult &archive,
                       const QString &folder, DownloadError *error = nullptr)
    {
        QSignalSpy finished(&downloader, &ArchiveDownloader::finished);
        QSignalSpy failed(&downloader, &ArchiveDownloader::failed);
        downloader.start(archive, folder);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs))
            return QStringLiteral("timeout");
        if (!failed.isEmpty() && error)
            *error = failed.constFirst().constFirst().value<DownloadError>();
        return failed.isEmpty() ? QStringLiteral("finished") : QStringLiteral("failed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<DownloadError>();
        QVERIFY2(m_server.start({QStringLiteral("--process-after"), QStringLiteral("0"),
                                 QStringLiteral("--demo-scale"), kLargeVisits}),
                 qPrintable(m_server.lastError()));
        m_flow = std::make_unique<ExportFlow>(m_server);
        QString error;
        QVERIFY2(m_flow->signIn(m_server.accounts().at(1), &error), qPrintable(error));
        const auto archive = m_flow->requestExport(
            {QStringLiteral("profile"), QStringLiteral("visits"), QStringLiteral("messages")},
            QStringLiteral("both"), "tst-archive-download-1", &error);
        QVERIFY2(archive, qPrintable(error));
        m_archive = *archive;
        QVERIFY(m_archive.sizeBytes > 0);
        QVERIFY(m_firstFolder.isValid());

        m_largeFlow = std::make_unique<ExportFlow>(m_server);
        QVERIFY2(m_largeFlow->signIn(m_server.accounts().at(0), &error), qPrintable(error));
        const auto large = m_largeFlow->requestExport(
            {QStringLiteral("visits")}, QStringLiteral("both"), "tst-archive-download-2", &error);
        QVERIFY2(large, qPrintable(error));
        m_largeArchive = *large;
    }

    void downloadsVerifiesAndOpensTheArchive()
    {
        ArchiveDownloader downloader(&m_flow->client());
        QSignalSpy progress(&downloader, &ArchiveDownloader::progress);
        QCOMPARE(run(downloader, m_archive, m_firstFolder.path()), QStringLiteral("finished"));
        m_firstDownload = downloader.finalPath();
        QCOMPARE(QFileInfo(m_firstDownload).fileName(),
                 QStringLiteral("privacy-export-%1.zip").arg(m_archive.requestId));
        QCOMPARE(QFileInfo(m_firstDownload).size(), m_archive.sizeBytes);
        QCOMPARE(sha256Of(m_firstDownload), m_archive.sha256);
        QCOMPARE(filesIn(m_firstFolder.path()), QStringList{QFileInfo(m_firstDownload).fileName()});
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), m_archive.sizeBytes);
        QCOMPARE(progress.constLast().at(1).toLongLong(), m_archive.sizeBytes);
        qInfo("downloaded %lld bytes; at most %lld bytes waited in the reply at once",
              m_archive.sizeBytes, downloader.maxBufferedBytes());

        ExportArchive archive(m_firstDownload);
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        const QStringList expected{QStringLiteral("profile.json"),  QStringLiteral("profile.csv"),
                                   QStringLiteral("visits.json"),   QStringLiteral("visits.csv"),
                                   QStringLiteral("messages.json"), QStringLiteral("messages.csv")};
        QStringList files = archive.files();
        files.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(files, sortedExpected);
        const ArchiveVerification verification = archive.verify();
        QVERIFY2(verification.ok(), qPrintable(verification.summary()));
        // The data files and the pages of the readable copy, each checked.
        QVERIFY(!archive.manifest().readable.isEmpty());
        QCOMPARE(verification.verified.size(),
                 expected.size() + archive.manifest().readable.size());

        const qint64 visits = m_flow->total(QStringLiteral("visits"));
        QVERIFY(visits > 0);
        QString error;
        auto table = archive.openTable(QStringLiteral("visits.csv"), &error);
        QVERIFY2(table, qPrintable(error));
        ArchiveTableModel model(std::move(table));
        QCOMPARE(qint64(model.rowCount()), visits);
        QCOMPARE(archive.manifest().file(QStringLiteral("visits.csv"))->rows, visits);
        QVERIFY(model.columnNames().contains(QStringLiteral("page_url")));
        QVERIFY(!model.index(model.rowCount() - 1, 0).data().toString().isEmpty());
        auto json = archive.openTable(QStringLiteral("visits.json"), &error);
        QVERIFY2(json, qPrintable(error));
        QCOMPARE(json->rowCount(), visits);
    }

    void interruptedDownloadResumesWithARange()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        qint64 kept = 0;
        {
            ArchiveDownloader first(&m_largeFlow->client());
            first.setReadBufferSize(16 * 1024);
            QSignalSpy cancelled(&first, &ArchiveDownloader::cancelled);
            connect(&first, &ArchiveDownloader::progress, &first, [&first] { first.cancel(); });
            first.start(m_largeArchive, folder.path());
            QVERIFY(cancelled.wait(kWaitMs));
            kept = first.bytesTransferred();
        }
        const QString part = folder.filePath(
            QStringLiteral("privacy-export-%1.zip.part").arg(m_largeArchive.requestId));
        QCOMPARE(QFileInfo(part).size(), kept);
        QVERIFY2(
            kept > 0 && kept < m_largeArchive.sizeBytes,
            qPrintable(
                QStringLiteral("kept %1 of %2 bytes").arg(kept).arg(m_largeArchive.sizeBytes)));

        // A new downloader (as after a restart of the app) continues the .part.
        ArchiveDownloader second(&m_largeFlow->client());
        QCOMPARE(run(second, m_largeArchive, folder.path()), QStringLiteral("finished"));
        QCOMPARE(second.resumedFrom(), kept);
        QCOMPARE(second.lastHttpStatus(), 206);
        QCOMPARE(second.bytesTransferred(), m_largeArchive.sizeBytes - kept);
        QVERIFY(second.bytesTransferred() < m_largeArchive.sizeBytes);
        QCOMPARE(sha256Of(second.finalPath()), m_largeArchive.sha256);
        QCOMPARE(QFileInfo(second.finalPath()).size(), m_largeArchive.sizeBytes);
        ExportArchive archive(second.finalPath());
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        QVERIFY(archive.verify().ok());
        QCOMPARE(filesIn(folder.path()), QStringList{QFileInfo(second.finalPath()).fileName()});
        qInfo("interrupted after %lld of %lld bytes; the resume fetched %lld", kept,
              m_largeArchive.sizeBytes, second.bytesTransferred());
    }

    void wrongChecksumIsRejectedAndLeavesNoFile()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ExportResult wrong = m_archive;
        wrong.sha256 = QString::fromLatin1(
            QCryptographicHash::hash("not the archive", QCryptographicHash::Sha256).toHex());
        ArchiveDownloader downloader(&m_flow->client());
        DownloadError error;
        QCOMPARE(run(downloader, wrong, folder.path(), &error), QStringLiteral("failed"));
        QCOMPARE(error.kind(), DownloadError::Kind::ChecksumMismatch);
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY(downloader.bytesTransferred() >= m_archive.sizeBytes); // it did download
        QCOMPARE(filesIn(folder.path()), QStringList());
    }

    void anExistingDownloadIsNotOverwritten()
    {
        ArchiveDownloader downloader(&m_flow->client());
        QCOMPARE(run(downloader, m_archive, m_firstFolder.path()), QStringLiteral("finished"));
        QCOMPARE(QFileInfo(downloader.finalPath()).fileName(),
                 QStringLiteral("privacy-export-%1 (2).zip").arg(m_archive.requestId));
        QCOMPARE(sha256Of(m_firstDownload), m_archive.sha256);
    }
};

QTEST_GUILESS_MAIN(TestArchiveDownload)
#include "tst_archive_download.moc"
