#include "export/ArchiveDownloader.h"
#include "export/ExportArchive.h"
#include "export/TabularFile.h"

#include "ExportFlow.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

constexpr int kWaitMs = 600000;

// A line of /proc/self/status in KiB ("VmHWM", "VmRSS"), -1 when unknown.
qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0+), so the next reading is the
// peak of what follows only.
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

// A large archive (200,000 visits, JSON and CSV) streams to disk in constant
// memory. Figures are printed, not asserted on, except what the reply may
// buffer, which the read buffer bounds.
class TestArchiveDownloadLarge : public QObject
{
    Q_OBJECT

    TestServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<DownloadError>();
        QVERIFY2(m_server.start({QStringLiteral("--demo-scale"), QStringLiteral("200000"),
                                 QStringLiteral("--process-after"), QStringLiteral("0")}),
                 qPrintable(m_server.lastError()));
    }

    void largeArchiveStreamsInConstantMemory()
    {
        ExportFlow flow(m_server);
        QString error;
        // --demo-scale seeds the first demo account (the one with two-factor).
        QVERIFY2(flow.signIn(m_server.accounts().at(0), &error), qPrintable(error));
        const auto archive = flow.requestExport(
            {QStringLiteral("profile"), QStringLiteral("visits"), QStringLiteral("messages")},
            QStringLiteral("both"), "tst-archive-download-large", &error);
        QVERIFY2(archive, qPrintable(error));
        const qint64 visits = flow.total(QStringLiteral("visits"));
        QCOMPARE(visits, 200000);

        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        constexpr qint64 kReadBuffer = 64 * 1024;
        ArchiveDownloader downloader(&flow.client());
        downloader.setReadBufferSize(kReadBuffer);
        QSignalSpy finished(&downloader, &ArchiveDownloader::finished);
        QSignalSpy failed(&downloader, &ArchiveDownloader::failed);
        const bool peakReset = resetPeakRss();
        const qint64 rssBefore = statusKiB("VmRSS");
        downloader.start(*archive, folder.path());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs));
        const qint64 peakDuring = statusKiB("VmHWM");
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<DownloadError>().developerDetail()));
        QCOMPARE(QFileInfo(downloader.finalPath()).size(), archive->sizeBytes);
        qInfo("archive: %lld bytes; most bytes waiting in the reply at once: %lld "
              "(read buffer %lld)",
              archive->sizeBytes, downloader.maxBufferedBytes(), kReadBuffer);
        if (peakReset && rssBefore > 0 && peakDuring > 0)
            qInfo("RSS before the download %lld KiB, peak during it %lld KiB (growth %lld KiB)",
                  rssBefore, peakDuring, peakDuring - rssBefore);
        QVERIFY(downloader.maxBufferedBytes() < archive->sizeBytes / 16);

        ExportArchive opened(downloader.finalPath());
        QVERIFY2(opened.open(), qPrintable(opened.errorDetail()));
        const ArchiveVerification verification = opened.verify();
        QVERIFY2(verification.ok(), qPrintable(verification.summary()));
        auto table = opened.openTable(QStringLiteral("visits.csv"), &error, folder.path());
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rowCount(), visits);
    }
};

QTEST_GUILESS_MAIN(TestArchiveDownloadLarge)
#include "tst_archive_download_large.moc"
