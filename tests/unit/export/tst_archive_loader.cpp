// ArchiveLoader: the archive viewer's slow work (verification, extraction and
// indexing of a table) runs off the calling thread, reports progress, can be
// cancelled, and reports tampered archives.
#include "export/ArchiveLoader.h"
#include "export/ArchiveTableModel.h"
#include "export/TabularFile.h"

#include "ZipBuilder.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

const QString kVisits = QStringLiteral("visits.csv");
const QString kManifest = QStringLiteral("manifest.json");
constexpr int kRows = 200000;
constexpr int kWaitMs = 60000;

QByteArray visitsCsv(int rows)
{
    QByteArray text = "id,page_title,page_url\r\n";
    text.reserve(qsizetype(rows) * 64);
    for (int i = 0; i < rows; ++i)
        text += "v" + QByteArray::number(i) + ",Title " + QByteArray::number(i) +
                ",https://shop.test/p/" + QByteArray::number(i) + "\r\n";
    return text;
}

} // namespace

class TestArchiveLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_visits;
    QString m_path;
    QString m_bigPath; // stored, big enough to be cancelled half way
    qint64 m_bigSize = 0;

    // Starts `start` on `loader`, cancels it once its worker reported some
    // progress, and checks the worker stopped before the end.
    void cancelHalfWay(ArchiveLoader &loader, const std::function<void()> &start)
    {
        QSignalSpy cancelled(&loader, &ArchiveLoader::cancelled);
        loader.setProgressInterval(1);
        connect(&loader, &ArchiveLoader::progress, &loader, [&loader](qint64 done, qint64) {
            if (done > 0 && loader.isBusy())
                loader.cancel();
        });
        start();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, kWaitMs);
        QVERIFY(!loader.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(ArchiveLoader::runningWorkers(), 0, kWaitMs);
        const auto [done, total] = loader.cancelledProgress();
        QVERIFY(done > 0);
        QCOMPARE(total, m_bigSize);
        QVERIFY2(done < total, "the worker ran to the end despite cancel()");
    }

    QString scratchDir() const { return m_dir.filePath(QStringLiteral("scratch")); }

    // Files this process holds open in `folder`, named or not (Linux).
    static QStringList openFilesUnder(const QString &folder)
    {
        QStringList files;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.startsWith(folder + u'/'))
                files << target;
        }
        return files;
    }

    // Files in the loader's scratch folder and in the system's temporary one.
    QStringList leftoverTemporaryFiles() const
    {
        QStringList files;
        for (const QString &folder : {scratchDir(), m_dir.filePath(QStringLiteral("tmp"))}) {
            for (const QString &name :
                 QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
                files << folder + u'/' + name;
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ArchiveLoader::Check>();
        QVERIFY(m_dir.isValid());
        m_visits = visitsCsv(kRows);
        m_path = m_dir.filePath(QStringLiteral("large.zip"));
        QVERIFY(ZipBuilder::write(m_path,
                                  {{kManifest, ZipBuilder::manifest({{kVisits, m_visits, kRows}})},
                                   {kVisits, m_visits, true}}));
        const int bigRows = kRows * 5;
        const QByteArray big = visitsCsv(bigRows);
        m_bigSize = big.size();
        m_bigPath = m_dir.filePath(QStringLiteral("big.zip"));
        QVERIFY(ZipBuilder::write(
            m_bigPath,
            {{kManifest, ZipBuilder::manifest({{kVisits, big, bigRows}})}, {kVisits, big, true}}));
        // Extracted tables go to the scratch folder, never the system's
        // temporary folder: make that one ours to see that nothing lands there.
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("tmp")));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("scratch")));
        qputenv("TMPDIR", m_dir.filePath(QStringLiteral("tmp")).toLocal8Bit());
    }

    void tableLoadsOffTheCallingThread()
    {
        ArchiveLoader loader(scratchDir());
        QSignalSpy loaded(&loader, &ArchiveLoader::tableLoaded);
        QSignalSpy failed(&loader, &ArchiveLoader::tableFailed);
        QSignalSpy progress(&loader, &ArchiveLoader::progress);
        // The event loop keeps running while the file is extracted and indexed.
        int ticks = 0;
        int ticksBeforeLoaded = -1;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        connect(&loader, &ArchiveLoader::tableLoaded, this, [&] { ticksBeforeLoaded = ticks; });
        timer.start();
        loader.loadTable(m_path, kVisits);
        QVERIFY(loader.isBusy());
        QVERIFY(loaded.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        QVERIFY(failed.isEmpty());
        QVERIFY(!loader.isBusy());
        QVERIFY2(ticksBeforeLoaded > 0, "the UI thread was blocked");
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(m_visits.size()));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(m_visits.size()));

        // The extracted copy is in the scratch folder while it is shown (an
        // unnamed file where the system allows: only the process sees it)...
        QCOMPARE(openFilesUnder(scratchDir()).size(), 1);
        QCOMPARE(openFilesUnder(m_dir.filePath(QStringLiteral("tmp"))), QStringList());
        {
            ArchiveTableModel model(loader.takeTable());
            QCOMPARE(model.rowCount(), kRows);
            QCOMPARE(model.index(kRows - 1, 0).data().toString(),
                     QStringLiteral("v%1").arg(kRows - 1));
            QVERIFY(!loader.takeTable()); // handed over once
        }
        // ...and gone with it.
        QCOMPARE(openFilesUnder(scratchDir()), QStringList());
        QCOMPARE(leftoverTemporaryFiles(), QStringList());
    }

    void cancelDropsTheResult()
    {
        ArchiveLoader loader(scratchDir());
        QSignalSpy loaded(&loader, &ArchiveLoader::tableLoaded);
        QSignalSpy cancelled(&loader, &ArchiveLoader::cancelled);
        loader.loadTable(m_path, kVisits);
        loader.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!loader.isBusy());
        // A later job still works, and only its result arrives.
        loader.check(m_path);
        QSignalSpy checked(&loader, &ArchiveLoader::checked);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, kWaitMs);
        QVERIFY(loaded.isEmpty());
        const auto check = checked.constFirst().constFirst().value<ArchiveLoader::Check>();
        QVERIFY(check.ok());
        QCOMPARE(check.verification.verified, QStringList{kVisits});
    }

    void cancelStopsTheTableLoad()
    {
        ArchiveLoader loader(scratchDir());
        QSignalSpy loaded(&loader, &ArchiveLoader::tableLoaded);
        cancelHalfWay(loader, [&] { loader.loadTable(m_bigPath, kVisits); });
        QVERIFY(loaded.isEmpty());
        QCOMPARE(leftoverTemporaryFiles(), QStringList());
    }

    void cancelStopsTheCheck()
    {
        ArchiveLoader loader(scratchDir());
        QSignalSpy checked(&loader, &ArchiveLoader::checked);
        cancelHalfWay(loader, [&] { loader.check(m_bigPath); });
        QVERIFY(checked.isEmpty());
    }

    void tamperedArchiveIsReported()
    {
        QByteArray zip = ZipBuilder::readAll(m_path);
        const qsizetype at = zip.indexOf("v1234,Title 1234");
        QVERIFY(at > 0);
        zip[at + 1] = '9';
        const QString path = m_dir.filePath(QStringLiteral("tampered.zip"));
        QVERIFY(ZipBuilder::writeAll(path, zip));

        ArchiveLoader loader(scratchDir());
        QSignalSpy checked(&loader, &ArchiveLoader::checked);
        loader.check(path);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, kWaitMs);
        const auto check = checked.constFirst().constFirst().value<ArchiveLoader::Check>();
        QVERIFY(check.opened);
        QVERIFY(!check.ok());
        QCOMPARE(check.verification.paths(ArchiveVerification::Issue::Kind::Tampered),
                 QStringList{kVisits});

        QSignalSpy failed(&loader, &ArchiveLoader::tableFailed);
        loader.loadTable(path, kVisits);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QVERIFY(!failed.constFirst().at(1).toString().isEmpty());

        const QString notZip = m_dir.filePath(QStringLiteral("not.zip"));
        QVERIFY(ZipBuilder::writeAll(notZip, "not a zip"));
        loader.check(notZip);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, kWaitMs);
        const auto refused = checked.at(1).constFirst().value<ArchiveLoader::Check>();
        QVERIFY(!refused.opened);
        QVERIFY(!refused.error.isEmpty());
    }

    void destroyedWhileRunning()
    {
        // The destructor stops the worker and waits for it: nothing runs on,
        // and no extracted copy of the table stays on disk.
        auto loader = std::make_unique<ArchiveLoader>(scratchDir());
        loader->setProgressInterval(1);
        QSignalSpy progress(loader.get(), &ArchiveLoader::progress);
        loader->loadTable(m_bigPath, kVisits);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(0).toLongLong() > 0,
                                 kWaitMs);
        loader.reset();
        QCOMPARE(ArchiveLoader::runningWorkers(), 0);
        QCOMPARE(leftoverTemporaryFiles(), QStringList());
    }
};

QTEST_MAIN(TestArchiveLoader)
#include "tst_archive_loader.moc"
