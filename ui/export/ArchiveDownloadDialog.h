#pragma once

#include "export/ExportResult.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pd {

class ApiClient;
class ArchiveDownloader;
class DownloadError;
class NoticeBanner;
class PlainTextLabel;

// Downloads a completed export's archive into the folder the user chose,
// with ArchiveDownloader (constant memory, resumable, checked against the
// size and SHA-256 the server announced, never writing outside the folder).
// Shows the bytes received (locale-formatted) with Cancel; after a cancel or
// an interrupted transfer, Resume continues from the partial file. A
// mismatch is reported and the file removed. On success: Open folder and
// View archive.
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
    void setState(State state);

    ArchiveDownloader *m_downloader;
    ExportResult m_archive;
    QString m_folder;
    QString m_finalPath;
    State m_state = State::Cancelled;
    PlainTextLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_bytes;
    NoticeBanner *m_outcome;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_openFolder;
    QPushButton *m_view;
    QPushButton *m_close;
};

} // namespace pd
