#pragma once

#include "export/ArchiveLoader.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pd {

class ArchiveTableModel;
class DetailPane;
class NoticeBanner;

// Opens an export archive offline: checks it against its manifest (on a
// worker thread, with progress and Cancel), shows the manifest's facts and
// the verification's result, then lists its files and shows the chosen one
// as a table, read lazily (ArchiveTableModel). An archive that cannot be
// opened, or whose files do not match the manifest, is rejected: its files
// are not shown. A verified archive's readable HTML copy opens in the
// browser: its pages, each checked again, are extracted into a new folder
// inside the folder the user chooses (never anywhere else).
class ArchiveViewerWindow : public QWidget
{
    Q_OBJECT
public:
    enum class State { Checking, Rejected, Ready };

    // Tables are extracted into `scratchDir` (AppServices::scratchDir()).
    explicit ArchiveViewerWindow(const QString &scratchDir, QWidget *parent = nullptr);
    ~ArchiveViewerWindow() override;

    // Checks the archive at `path`, then shows it.
    void openArchive(const QString &path);

    State state() const { return m_state; }
    QString archivePath() const { return m_path; }
    // The file whose rows are shown (empty while none).
    QString currentFile() const { return m_currentFile; }
    bool isBusy() const { return m_loader.isBusy(); }
    NoticeBanner *statusBanner() const { return m_status; }
    DetailPane *facts() const { return m_facts; }
    QListWidget *filesList() const { return m_files; }
    QTableView *tableView() const { return m_table; }
    ArchiveTableModel *tableModel() const { return m_model; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openReadableButton() const { return m_openReadable; }
    // The index.html of the last extracted readable copy.
    QString readableIndexPath() const { return m_readableIndex; }

    // Test seams: how the folder is chosen (a dialog by default; empty:
    // cancelled) and how the page is opened (QDesktopServices by default).
    using FolderChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    // The archive was checked: Ready or Rejected.
    void checked(pd::ArchiveViewerWindow::State state);
    // The rows of `file` are shown.
    void tableShown(const QString &file);
    // The readable copy was extracted and handed to the browser (or not:
    // `opened` false when no browser took it).
    void readableCopyOpened(const QString &indexPath, bool opened);

private:
    void onChecked(const ArchiveLoader::Check &result);
    void onFileChosen();
    void onTableLoaded(const QString &file);
    void onTableFailed(const QString &file, const QString &error);
    void onProgress(qint64 done, qint64 total);
    void setBusy(const QString &what);
    void setIdle();
    void showCurrentFileInList();
    void replaceModel(ArchiveTableModel *model);
    void showFacts(const ArchiveLoader::Check &result);
    void openReadableCopy();
    void onReadableExtracted(const QString &indexPath);

    ArchiveLoader m_loader;
    State m_state = State::Checking;
    QString m_path;
    QString m_currentFile;
    NoticeBanner *m_status;
    DetailPane *m_facts;
    QListWidget *m_files;
    QTableView *m_table;
    QLabel *m_tableLabel;
    ArchiveTableModel *m_model = nullptr;
    QLabel *m_busyLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_openReadable;
    QString m_readableIndex;
    FolderChooser m_chooseFolder;
    UrlOpener m_openUrl;
};

} // namespace pd
