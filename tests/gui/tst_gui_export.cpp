// Exports through the real widgets against the reference backend: the export
// dialog files the request, the Requests page's Download button fetches the
// archive into the chosen folder (cancelled, then resumed from what an interrupted
// transfer leaves), the archive viewer checks it and shows its rows, and a
// tampered archive or a corrupted download is rejected.
#include "DataPagesSession.h"
#include "DownloadedFiles.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "core/AppServices.h"
#include "export/ArchiveDownloadDialog.h"
#include "export/ArchiveDownloader.h"
#include "export/ArchiveLoader.h"
#include "export/ArchiveTableModel.h"
#include "export/ArchiveViewerWindow.h"
#include "export/DownloadError.h"
#include "export/ExportArchive.h"
#include "outbox/Outbox.h"
#include "pages/Page.h"
#include "pages/RequestsPage.h"
#include "requests/ExportRequestDialog.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestFlows.h"
#include "requests/RequestListModel.h"
#include "widgets/DetailPane.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace pd;
using namespace pd::test;

namespace {

constexpr int kWaitMs = 60000;

// Flips one byte of the file at `offset`; false when it cannot.
bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x5a));
}

// Where the data of ZIP member `name` starts (after its local header), -1
// when it is not found.
qint64 memberDataOffset(const QString &zipPath, const QString &name)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray zip = file.readAll();
    const QByteArray signature("PK\x03\x04", 4);
    const QByteArray wanted = name.toUtf8();
    for (qsizetype at = zip.indexOf(signature); at >= 0 && at + 30 <= zip.size();
         at = zip.indexOf(signature, at + 4)) {
        const auto *header = reinterpret_cast<const uchar *>(zip.constData() + at);
        const quint16 nameLength = qFromLittleEndian<quint16>(header + 26);
        const quint16 extraLength = qFromLittleEndian<quint16>(header + 28);
        if (zip.mid(at + 30, nameLength) == wanted)
            return at + 30 + nameLength + extraLength;
    }
    return -1;
}

template <typename T> T *topLevel()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<DataPagesSession> m_session;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RequestFlows *m_flows = nullptr;
    RequestsPage *m_requests = nullptr;
    Tokens m_tokens;
    QString m_folder; // what the injected folder chooser answers
    QString m_archiveToOpen;
    QString m_requestId;
    QString m_downloaded;
    QTemporaryDir m_downloads;

    void clickRequestRow(const QString &id)
    {
        const int row = m_requests->model()->rowOf(id);
        QVERIFY(row >= 0);
        QTableView *table = m_requests->table();
        table->scrollTo(table->model()->index(row, 0));
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(m_requests->details()->downloadButton()->isVisible());
    }

    // Downloads the request's archive from the Requests page into a new
    // folder `folderName` (m_folder); the download's dialog, or null.
    ArchiveDownloadDialog *startDownload(const QString &folderName)
    {
        m_folder = m_downloads.filePath(folderName);
        if (!QDir().mkpath(m_folder))
            return nullptr;
        m_window->showPage(RequestsPage::pageKey());
        clickRequestRow(m_requestId);
        QTest::mouseClick(m_requests->details()->downloadButton(), Qt::LeftButton);
        return m_flows->currentDownload();
    }

    // Where the server keeps the request's archive.
    QString storedArchivePath()
    {
        bool ok = false;
        const QList<QVariantList> rows =
            m_server.runSql(QStringLiteral("SELECT path FROM export_archives WHERE request_id = ?"),
                            {m_requestId}, &ok);
        return ok && rows.size() == 1 ? rows.constFirst().constFirst().toString() : QString();
    }

    QJsonObject serverRequest()
    {
        return serverJson(m_server, m_tokens, QStringLiteral("/api/v1/requests/") + m_requestId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DownloadError>();
        m_session = std::make_unique<DataPagesSession>();
        QString error;
        QVERIFY2(m_session->startSignedIn(m_server, TestServer::processAfter(0), 1, &error),
                 qPrintable(error));
        m_tokens = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_downloads.isValid());
        m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_session->services(), m_settings.get());
        m_flows = PageCatalog::addStandardPages(*m_window, *m_session->services());
        m_flows->setFolderChooser([this](QWidget *) { return m_folder; });
        m_flows->setArchiveChooser([this](QWidget *) { return m_archiveToOpen; });
        m_requests = qobject_cast<RequestsPage *>(m_window->page(RequestsPage::pageKey()));
        QVERIFY(m_requests);
        QVERIFY(showExposed(m_window.get(), {1300, 800}));
        m_window->beginSession();
        m_flows->refreshDiscovery();
    }

    void exportDialogFilesTheRequest()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("request-export"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = qobject_cast<ExportRequestDialog *>(m_flows->currentDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("expires")));

        // Every category, by its plain name; all ticked to begin with.
        for (const QString &category : ExportRequestDialog::categories()) {
            QCheckBox *box = dialog->categoryBox(category);
            QVERIFY2(box, qPrintable(category));
            QVERIFY(box->isChecked());
            QVERIFY(!box->text().contains(QLatin1Char('_')));
        }
        QTest::mouseClick(dialog->selectNoneButton(), Qt::LeftButton);
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problemBanner()->isVisible());
        QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
        QVERIFY(dialog->categoryBox(QStringLiteral("requests"))->isChecked());
        QTest::mouseClick(dialog->selectNoneButton(), Qt::LeftButton);

        // The user's choice: three categories (one by keyboard), CSV only.
        QTest::mouseClick(dialog->categoryBox(QStringLiteral("profile")), Qt::LeftButton);
        QTest::mouseClick(dialog->categoryBox(QStringLiteral("visits")), Qt::LeftButton);
        dialog->categoryBox(QStringLiteral("messages"))->setFocus();
        QTest::keyClick(dialog->categoryBox(QStringLiteral("messages")), Qt::Key_Space);
        QVERIFY(dialog->categoryBox(QStringLiteral("messages"))->isChecked());
        QComboBox *format = dialog->formatBox();
        format->setCurrentIndex(format->findData(QStringLiteral("csv")));
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(!dialog->problemBanner()->isVisible());
        const QStringList unnamed = unnamedFocusableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        QSignalSpy queued(m_flows, &RequestFlows::requestQueued);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QCOMPARE(queued.size(), 1);
        const qint64 outboxId = queued.constFirst().constFirst().value<OutboxItem>().id;
        // The flow shows the Requests page, where the request can be followed.
        QTRY_COMPARE(m_window->currentPage(), static_cast<Page *>(m_requests));
        Outbox *outbox = m_session->services()->outbox();
        QTRY_VERIFY_WITH_TIMEOUT(!outbox->item(outboxId)->serverRequestId.isEmpty(), kWaitMs);
        m_requestId = outbox->item(outboxId)->serverRequestId;

        // The server has what the dialog chose, and completes it.
        const QJsonObject payload = serverRequest().value(QStringLiteral("payload")).toObject();
        QStringList categories;
        for (const QJsonValue &value : payload.value(QStringLiteral("categories")).toArray())
            categories.append(value.toString());
        categories.sort();
        QCOMPARE(categories, (QStringList{QStringLiteral("messages"), QStringLiteral("profile"),
                                          QStringLiteral("visits")}));
        QCOMPARE(payload.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QTRY_COMPARE_WITH_TIMEOUT(serverRequest().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("completed"), kWaitMs);
        const auto status = [this] {
            const int row = m_requests->model()->rowOf(m_requestId);
            return row < 0 ? QString() : m_requests->model()->record(row)->status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("completed"), kWaitMs);
    }

    void downloadIsCancelledResumedAndVerified()
    {
        QVERIFY(!m_requestId.isEmpty());
        const QJsonObject result = serverRequest().value(QStringLiteral("result")).toObject();
        const qint64 size = result.value(QStringLiteral("size_bytes")).toInteger();
        const QString sha256 = result.value(QStringLiteral("sha256")).toString();
        QVERIFY(size > 1000);

        ArchiveDownloadDialog *dialog = startDownload(QStringLiteral("first"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->state(), ArchiveDownloadDialog::State::Running);
        // Cancel at once: nothing is kept as the archive.
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ArchiveDownloadDialog::State::Cancelled,
                                  kWaitMs);
        QVERIFY(dialog->resumeButton()->isVisible());
        QVERIFY(!dialog->cancelButton()->isVisible());
        QCOMPARE(dialog->outcomeBanner()->kind(), NoticeBanner::Kind::Warning);
        const QString name = QStringLiteral("privacy-export-%1.zip").arg(m_requestId);
        QVERIFY(!filesIn(m_folder).contains(name));

        // What an interrupted transfer leaves behind: the first half of the
        // archive and the ETag it came with. Resume asks only for the rest.
        const qint64 half = size / 2;
        QFile stored(storedArchivePath());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QFile part(QDir(m_folder).filePath(name + QStringLiteral(".part")));
        QVERIFY(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(part.write(stored.read(half)), half);
        part.close();
        QFile etag(QDir(m_folder).filePath(name + QStringLiteral(".part.etag")));
        QVERIFY(etag.open(QIODevice::WriteOnly | QIODevice::Truncate));
        etag.write('"' + sha256.toLatin1() + '"');
        etag.close();

        QTest::mouseClick(dialog->resumeButton(), Qt::LeftButton);
        QCOMPARE(dialog->state(), ArchiveDownloadDialog::State::Running);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ArchiveDownloadDialog::State::Finished, kWaitMs);
        QCOMPARE(dialog->downloader()->resumedFrom(), half);
        QCOMPARE(dialog->downloader()->bytesTransferred(), size - half);
        QCOMPARE(dialog->downloader()->lastHttpStatus(), 206);
        m_downloaded = dialog->finalPath();
        QCOMPARE(QFileInfo(m_downloaded).absolutePath(), QFileInfo(m_folder).canonicalFilePath());
        QCOMPARE(filesIn(m_folder), QStringList{QFileInfo(m_downloaded).fileName()});
        QCOMPARE(sha256Of(m_downloaded), sha256);
        QCOMPARE(QFileInfo(m_downloaded).size(), size);
        QCOMPARE(dialog->bytesLabel()->text(),
                 QStringLiteral("%1 of %2 received")
                     .arg(QLocale().formattedDataSize(size), QLocale().formattedDataSize(size)));
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
        QVERIFY(dialog->openFolderButton()->isVisible());
        QVERIFY(dialog->viewButton()->isVisible());
        const QStringList unnamed = unnamedFocusableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // The archive holds what was asked for.
        ExportArchive archive(m_downloaded);
        QVERIFY2(archive.open(), qPrintable(archive.errorDetail()));
        QCOMPARE(archive.manifest().format, QStringLiteral("csv"));
        QStringList files = archive.files();
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("messages.csv"), QStringLiteral("profile.csv"),
                                     QStringLiteral("visits.csv")}));
        QVERIFY(archive.verify().ok());

        // The server still has the request, completed with this archive.
        const QJsonObject request = serverRequest();
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(request.value(QStringLiteral("result")).toObject().value(QStringLiteral("sha256")),
                 QJsonValue(sha256Of(m_downloaded)));
    }

    void viewerShowsTheArchive()
    {
        ArchiveDownloadDialog *dialog = m_flows->currentDownload();
        QVERIFY(dialog && !m_downloaded.isEmpty());
        QTest::mouseClick(dialog->viewButton(), Qt::LeftButton);
        ArchiveViewerWindow *viewer = nullptr;
        QTRY_VERIFY((viewer = topLevel<ArchiveViewerWindow>()));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->state(), ArchiveViewerWindow::State::Ready, kWaitMs);
        QCOMPARE(viewer->archivePath(), m_downloaded);
        QVERIFY(viewer->facts()
                    ->valueLabel(QStringLiteral("Verification"))
                    ->text()
                    .contains(QStringLiteral("match")));
        QCOMPARE(viewer->facts()->valueLabel(QStringLiteral("Format"))->text(),
                 QStringLiteral("CSV"));
        QCOMPARE(viewer->filesList()->count(), 3);

        ExportArchive archive(m_downloaded);
        QVERIFY(archive.open());
        const qint64 visits = archive.manifest().file(QStringLiteral("visits.csv"))->rows;
        QVERIFY(visits > 0);
        int visitsRow = -1;
        for (int i = 0; i < viewer->filesList()->count(); ++i) {
            if (viewer->filesList()->item(i)->data(Qt::UserRole).toString() ==
                QLatin1String("visits.csv"))
                visitsRow = i;
        }
        QVERIFY(visitsRow >= 0);
        QTRY_VERIFY(!viewer->isBusy());
        QSignalSpy shown(viewer, &ArchiveViewerWindow::tableShown);
        viewer->filesList()->setFocus();
        const QRect item =
            viewer->filesList()->visualItemRect(viewer->filesList()->item(visitsRow));
        QTest::mouseClick(viewer->filesList()->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_COMPARE_WITH_TIMEOUT(viewer->currentFile(), QStringLiteral("visits.csv"), kWaitMs);
        QCOMPARE(qint64(viewer->tableView()->model()->rowCount()), visits);
        QVERIFY(viewer->tableModel()->columnNames().contains(QStringLiteral("page_url")));
        const QModelIndex first = viewer->tableView()->model()->index(0, 0);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(viewer->tableView()->visualRect(first).isValid());
        // The table was extracted into the app's private scratch folder (an
        // unnamed file the process holds open).
        const QDir fds(QStringLiteral("/proc/self/fd"));
        int extracted = 0;
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
            extracted += QFile::symLinkTarget(fds.filePath(fd))
                             .startsWith(m_session->services()->scratchDir() + u'/');
        QCOMPARE(extracted, 1);
        const QStringList unnamed = unnamedFocusableWidgets(viewer);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        viewer->close();
    }

    void tamperedArchiveIsRejected()
    {
        QVERIFY(!m_downloaded.isEmpty());
        m_archiveToOpen = m_downloads.filePath(QStringLiteral("tampered.zip"));
        QVERIFY(QFile::copy(m_downloaded, m_archiveToOpen));
        const qint64 offset = memberDataOffset(m_archiveToOpen, QStringLiteral("visits.csv"));
        QVERIFY(offset > 0);
        QVERIFY(flipByte(m_archiveToOpen, offset + 8));

        // Opened from the Requests menu, as a user would.
        auto *action = m_window->findChild<QAction *>(QStringLiteral("openExportArchive"));
        QVERIFY(action);
        action->trigger();
        ArchiveViewerWindow *viewer = nullptr;
        QTRY_VERIFY((viewer = topLevel<ArchiveViewerWindow>()));
        QCOMPARE(viewer->archivePath(), m_archiveToOpen);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->state(), ArchiveViewerWindow::State::Rejected, kWaitMs);
        QCOMPARE(viewer->statusBanner()->kind(), NoticeBanner::Kind::Error);
        const QString message = viewer->statusBanner()->text();
        QVERIFY2(message.contains(QStringLiteral("rejected")) &&
                     message.contains(QStringLiteral("visits.csv")),
                 qPrintable(message));
        QCOMPARE(viewer->filesList()->count(), 0);
        QVERIFY(viewer->tableView()->model() == nullptr);
        viewer->close();
    }

    void corruptedDownloadIsRemoved()
    {
        QVERIFY(!m_requestId.isEmpty());
        // The server's stored archive changes after its checksum was announced.
        bool ok = false;
        const QList<QVariantList> rows =
            m_server.runSql(QStringLiteral("SELECT path FROM export_archives WHERE request_id = ?"),
                            {m_requestId}, &ok);
        QVERIFY(ok && rows.size() == 1);
        const QString stored = rows.constFirst().constFirst().toString();
        QVERIFY(flipByte(stored, QFileInfo(stored).size() / 2));

        ArchiveDownloadDialog *dialog = startDownload(QStringLiteral("second"));
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ArchiveDownloadDialog::State::Failed, kWaitMs);
        QCOMPARE(dialog->outcomeBanner()->kind(), NoticeBanner::Kind::Error);
        QCOMPARE(dialog->outcomeBanner()->text(), DownloadError::checksumMismatch().userMessage());
        QVERIFY(!dialog->viewButton()->isVisible());
        QVERIFY(!dialog->resumeButton()->isVisible());
        QCOMPARE(filesIn(m_folder), QStringList());
        // Nothing was written outside the chosen folders.
        QCOMPARE(filesIn(m_downloads.path()), QStringList{QStringLiteral("tampered.zip")});
        dialog->close();
    }

    void cleanupTestCase()
    {
        QTRY_COMPARE_WITH_TIMEOUT(ArchiveLoader::runningWorkers(), 0, kWaitMs);
        m_window.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
