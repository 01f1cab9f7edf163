// The archive viewer offline, on archives built by the test: names and cells
// from inside an archive are data, never markup; Stop during a table load
// keeps the file list and the shown table in agreement; the readable copy
// opens from the chosen folder. And the download dialog of an archive in
// parts, on a fake network.
#include "export/ArchiveViewerWindow.h"

#include "export/ArchiveDownloadDialog.h"
#include "export/SplitArchiveDownloader.h"
#include "widgets/NoticeBanner.h"

#include "ApiClientTestBase.h"

#include "export/ArchiveLoader.h"

#include "ZipBuilder.h"

#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

constexpr int kWaitMs = 20000;
const QString kManifest = QStringLiteral("manifest.json");
const QString kNotes = QStringLiteral("notes.csv");

QByteArray rowsCsv(int rows)
{
    QByteArray text = "id,note\r\n";
    text.reserve(qsizetype(rows) * 40);
    for (int i = 0; i < rows; ++i)
        text += "r" + QByteArray::number(i) + ",<b>bold " + QByteArray::number(i) + "</b>\r\n";
    return text;
}

QLabel *labelWithText(QWidget *window, const QString &part)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->text().contains(part))
            return label;
    }
    return nullptr;
}

} // namespace

class TestGuiArchiveViewer : public ApiClientTestBase
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeArchive(const QString &name, const QList<ZipBuilder::Listed> &files)
    {
        QList<ZipBuilder::Entry> entries{{kManifest, ZipBuilder::manifest(files)}};
        for (const ZipBuilder::Listed &file : files)
            entries.append({file.path, file.data, true});
        const QString path = m_dir.filePath(name);
        return ZipBuilder::write(path, entries) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void namesFromTheArchiveAreNotMarkup()
    {
        const QByteArray rows = rowsCsv(3);
        const QString path = writeArchive(QStringLiteral("markup.zip"), {{kNotes, rows, 3}});
        QVERIFY(!path.isEmpty());
        ArchiveViewerWindow viewer(m_dir.path());
        QSignalSpy shown(&viewer, &ArchiveViewerWindow::tableShown);
        viewer.show();
        viewer.openArchive(path);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.state() != ArchiveViewerWindow::State::Checking, kWaitMs);
        QCOMPARE(viewer.state(), ArchiveViewerWindow::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kWaitMs);
        QCOMPARE(shown.constFirst().constFirst().toString(), kNotes);

        // The manifest only admits plain names ([a-z0-9_].csv|json), but
        // the labels naming files and work stay plain text regardless.
        QLabel *rowsLabel = labelWithText(&viewer, QStringLiteral("&Rows of notes.csv:"));
        QVERIFY(rowsLabel);
        QCOMPARE(rowsLabel->textFormat(), Qt::PlainText);
        QLabel *busyLabel = nullptr;
        for (QLabel *label : viewer.findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Current work"))
                busyLabel = label;
        }
        QVERIFY(busyLabel);
        QCOMPARE(busyLabel->textFormat(), Qt::PlainText);

        auto *files = viewer.findChild<QListWidget *>();
        QVERIFY(files);
        QCOMPARE(files->count(), 1);
        const QString tip = files->item(0)->toolTip();
        QVERIFY2(tip.startsWith(QLatin1String("<qt>notes.csv, ")), qPrintable(tip));

        auto *table = viewer.findChild<QTableView *>();
        QVERIFY(table && table->model());
        // A cell that looks like HTML shows as written.
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("<b>bold 0</b>"));
        QCOMPARE(table->model()->index(0, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<qt>&lt;b&gt;bold 0&lt;/b&gt;</qt>"));
    }

    void stopKeepsTheListOnTheShownFile()
    {
        const QString small = QStringLiteral("a_small.csv");
        const QString big = QStringLiteral("b_big.csv");
        const QString path = writeArchive(QStringLiteral("two.zip"),
                                          {{small, rowsCsv(3), 3}, {big, rowsCsv(300000), 300000}});
        QVERIFY(!path.isEmpty());
        ArchiveViewerWindow viewer(m_dir.path());
        QSignalSpy shown(&viewer, &ArchiveViewerWindow::tableShown);
        viewer.show();
        viewer.openArchive(path);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kWaitMs);
        QCOMPARE(shown.constLast().constFirst().toString(), small);

        auto *files = viewer.findChild<QListWidget *>();
        QPushButton *stop = nullptr;
        for (QPushButton *button : viewer.findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Stop"))
                stop = button;
        }
        QVERIFY(files && stop);
        files->setCurrentRow(1); // starts loading the big file
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!stop->isVisible());
        // The list agrees with the table still shown.
        QCOMPARE(files->currentRow(), 0);
        QCOMPARE(shown.size(), 1);
        // Choosing the stopped file again loads it, and the previous
        // table's selection model goes with its model.
        auto *table = viewer.findChild<QTableView *>();
        QPointer<QItemSelectionModel> oldSelection = table->selectionModel();
        QVERIFY(oldSelection);
        files->setCurrentRow(1);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, kWaitMs);
        QCOMPARE(shown.constLast().constFirst().toString(), big);
        QCOMPARE(files->currentRow(), 1);
        QVERIFY(!oldSelection);
    }
    // Issue 15: "Open readable copy in browser" saves the archive's HTML
    // pages into a new folder inside the chosen one and hands its index to
    // the browser; an archive without the copy cannot open one.
    void readableCopyOpensFromInsideTheChosenFolder()
    {
        const QByteArray rows = rowsCsv(2);
        const QByteArray index = "<!DOCTYPE html><title>Your data export</title>";
        const QByteArray page = "<!DOCTYPE html><title>Notes</title><td>&lt;b&gt;</td>";
        QJsonObject manifest =
            QJsonDocument::fromJson(ZipBuilder::manifest({{kNotes, rows, 2}})).object();
        QJsonArray readable;
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("html/index.html"), index},
                                          std::pair{QStringLiteral("html/notes.html"), page}})
            readable.append(QJsonObject{{QStringLiteral("path"), name},
                                        {QStringLiteral("sha256"), ZipBuilder::sha256(bytes)},
                                        {QStringLiteral("size_bytes"), bytes.size()},
                                        {QStringLiteral("rows"), 1}});
        manifest.insert(QStringLiteral("readable"), readable);
        const QString path = m_dir.filePath(QStringLiteral("privacy-export-r1.zip"));
        QVERIFY(ZipBuilder::write(path, {{kManifest, QJsonDocument(manifest).toJson()},
                                         {kNotes, rows},
                                         {QStringLiteral("html/index.html"), index},
                                         {QStringLiteral("html/notes.html"), page}}));
        QTemporaryDir chosen;
        QVERIFY(chosen.isValid());

        ArchiveViewerWindow viewer(m_dir.path());
        QStringList suggested;
        viewer.setFolderChooser([&](QWidget *, const QString &suggestion) {
            suggested << suggestion;
            return chosen.path();
        });
        QList<QUrl> opened;
        viewer.setUrlOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        QSignalSpy done(&viewer, &ArchiveViewerWindow::readableCopyOpened);
        viewer.show();
        viewer.openArchive(path);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.state(), ArchiveViewerWindow::State::Ready, kWaitMs);
        QPushButton *button = viewer.openReadableButton();
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kWaitMs);
        QCOMPARE(suggested, QStringList{QFileInfo(path).absolutePath()});
        QCOMPARE(opened.size(), 1);
        const QString shown = opened.constFirst().toLocalFile();
        const QString folder = QDir(chosen.path()).canonicalPath();
        QCOMPARE(shown, folder + QStringLiteral("/privacy-export-r1 (readable)/index.html"));
        QCOMPARE(ZipBuilder::readAll(shown), index);
        QCOMPARE(
            ZipBuilder::readAll(QFileInfo(shown).absolutePath() + QStringLiteral("/notes.html")),
            page);
        // Nothing else was written in the chosen folder.
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("privacy-export-r1 (readable)")});

        const QString old =
            writeArchive(QStringLiteral("before-readable.zip"), {{kNotes, rowsCsv(1), 1}});
        viewer.openArchive(old);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.state(), ArchiveViewerWindow::State::Ready, kWaitMs);
        QVERIFY(!viewer.openReadableButton()->isEnabled());
    }
    // Issue 15: the dialog offers the server's part sizes; chosen, the parts
    // come one by one, each row saying it was verified, the damaged one
    // fetched again by itself; then the archive can be viewed from its parts.
    void downloadDialogListsEachPartVerified()
    {
        setUp();
        const QByteArray archive = QByteArray(10 * 1024, 'z') + "end";
        constexpr qint64 kPart = 4096;
        const QString url = QStringLiteral("https://api.test/api/v1/requests/r9/archive");
        ExportResult result;
        result.requestId = QStringLiteral("r9");
        result.archiveUrl = QUrl(url);
        result.sizeBytes = archive.size();
        result.sha256 = ZipBuilder::sha256(archive);
        ArchivePartSet set{kPart, {}};
        for (qint64 offset = 0; offset < archive.size(); offset += kPart) {
            const int index = int(set.parts.size()) + 1;
            const QByteArray bytes = archive.mid(offset, kPart);
            set.parts.append({index, QUrl(url + QStringLiteral("/parts/4096/%1").arg(index)),
                              offset, bytes.size(), ZipBuilder::sha256(bytes)});
        }
        result.partSets = {set};
        QHash<int, int> asked;
        network->setHandler([&](const FakeRequest &request) {
            const int index = request.url.path().section(u'/', -1).toInt();
            FakeResponse response;
            response.headers = {{"Content-Type", "application/zip"}};
            response.body = archive.mid((index - 1) * kPart, kPart);
            if (index == 2 && ++asked[index] == 1)
                response.body[7] = 'Z'; // damaged on the way
            return response;
        });
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        {
            ArchiveDownloadDialog dialog(client, result, folder.path());
            dialog.show();
            QCOMPARE(dialog.state(), ArchiveDownloadDialog::State::Cancelled); // not started
            QComboBox *sizes = dialog.partSizeBox();
            QVERIFY(sizes->isVisible());
            QCOMPARE(sizes->count(), 2);
            QCOMPARE(sizes->itemData(1).toLongLong(), kPart);
            QVERIFY(!sizes->accessibleName().isEmpty());
            sizes->setCurrentIndex(1);
            QVERIFY(dialog.resumeButton()->isVisible());
            QTest::mouseClick(dialog.resumeButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ArchiveDownloadDialog::State::Finished,
                                      kWaitMs);
            QCOMPARE(dialog.splitDownloader()->refetches(), 1);
            QCOMPARE(dialog.partList()->count(), 3);
            for (int row = 0; row < 3; ++row) {
                const QString text = dialog.partList()->item(row)->text();
                QVERIFY2(text.contains(
                             SplitArchiveDownloader::partFileName(QStringLiteral("r9"), row + 1)),
                         qPrintable(text));
            }
            QByteArray joined;
            for (const QString &path : dialog.partPaths())
                joined += ZipBuilder::readAll(path);
            QCOMPARE(joined, archive);
            QVERIFY(dialog.outcomeBanner()->isVisible());
            QVERIFY(!sizes->isEnabled());
            // The viewer reads the parts as one archive: it opens from the first.
            QVERIFY(dialog.viewButton()->isVisible());
            QSignalSpy view(&dialog, &ArchiveDownloadDialog::viewArchiveRequested);
            QTest::mouseClick(dialog.viewButton(), Qt::LeftButton);
            QCOMPARE(view.size(), 1);
            QCOMPARE(view.constFirst().constFirst().toString(), dialog.partPaths().constFirst());
        }
        tearDown();
    }
};

QTEST_MAIN(TestGuiArchiveViewer)
#include "tst_gui_archive_viewer.moc"
