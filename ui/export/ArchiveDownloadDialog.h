#pragma once

#include "export/ExportResult.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pd {

class ApiClient;
class ArchiveDownloader;
class DownloadError;
class NoticeBanner;
class PlainTextLabel;
class SplitArchiveDownloader;

// Downloads a completed export's archive into the folder the user chose,
// with ArchiveDownloader (constant memory, resumable, checked against the
// size and SHA-256 the server announced, never writing outside the folder).
// Shows the bytes received (locale-formatted) with Cancel; after a cancel or
// an interrupted transfer, Resume continues from the partial file. A
// mismatch is reported and the file removed. On success: Open folder and
// View archive. When the server offers the archive in parts (a large one),
// "Split into parts of" chooses a size before the download starts; the
// parts then come one by one through a SplitArchiveDownloader, each listed
// with whether it was verified (or found damaged and fetched again).
class ArchiveDownloadDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Running, Cancelled, Failed, Finished };

    ArchiveDownloadDialog(ApiClient *client, ExportResult archive, QString folder,
                          QWidget *parent = nullptr);
    ~ArchiveDownloadDialog() override;

    // Starts (or resumes) the download.
    void start();

    State state() const { return m_state; }
    QString folder() const { return m_folder; }
    QString finalPath() const { return m_finalPath; }
    ArchiveDownloader *downloader() const { return m_downloader; }
    // Null unless the archive is offered in parts.
    SplitArchiveDownloader *splitDownloader() const { return m_split; }
    // "Do not split" (0) and the offered part sizes; hidden without parts.
    QComboBox *partSizeBox() const { return m_partSize; }
    // One row per part of the running or last split download.
    QListWidget *partList() const { return m_partList; }
    // The verified parts' files of a split download, in order.
    QStringList partPaths() const { return m_partPaths; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *bytesLabel() const { return m_bytes; }
    NoticeBanner *outcomeBanner() const { return m_outcome; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *viewButton() const { return m_view; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    // The user wants the downloaded archive shown in the archive viewer.
    void viewArchiveRequested(const QString &path);
    void stateChanged(pd::ArchiveDownloadDialog::State state);

protected:
    void reject() override;

private:
    void onProgress(qint64 received, qint64 total);
    void onFinished(const QString &path);
    void onFailed(const DownloadError &error);
    void onCancelled();
    void onPartsFinished(const QStringList &paths);
    void setPartRow(int index, const QString &text);
    qint64 chosenPartSize() const;
    void setState(State state);

    ArchiveDownloader *m_downloader;
    SplitArchiveDownloader *m_split = nullptr;
    ExportResult m_archive;
    QString m_folder;
    QString m_finalPath;
    QStringList m_partPaths;
    bool m_started = false;
    State m_state = State::Cancelled;
    PlainTextLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_bytes;
    QLabel *m_partSizeLabel;
    QComboBox *m_partSize;
    QListWidget *m_partList;
    NoticeBanner *m_outcome;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_openFolder;
    QPushButton *m_view;
    QPushButton *m_close;
};

} // namespace pd
