#pragma once

#include "export/DownloadError.h"
#include "export/ExportResult.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace pd {

class ApiClient;
class ArchiveDownloader;

// Downloads a large export archive as the parts of one size the server
// offers (ExportResult::partSets), one after another through an
// ArchiveDownloader: each part resumes from its .part file and is checked
// against its own SHA-256 before it takes its name,
// `privacy-export-<id>.zip.001`, `.002`, ... (joined in order, with 7-Zip
// or `cat`, they are the archive). A part that fails its check is
// downloaded again by itself, up to kAttemptsPerPart times, instead of
// the whole archive. Parts verified by this object are not downloaded again
// when start() is called after a cancel or a failure, and a part already in
// the folder under its name (from a run before the app was closed) is
// checked against its SHA-256 off the UI thread and kept when it matches.
class SplitArchiveDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAttemptsPerPart = 3;

    explicit SplitArchiveDownloader(ApiClient *client, QObject *parent = nullptr);
    ~SplitArchiveDownloader() override;

    // The inner downloader, e.g. to set its buffer or stall timeout.
    ArchiveDownloader *partDownloader() const { return m_downloader; }

    // Starts, or resumes, the download of `archive` in parts of `partSize`
    // (one of its partSets). False, with nothing started, when the archive
    // has no such parts; otherwise exactly one of finished(), failed() or
    // cancelled() follows, asynchronously.
    bool start(const ExportResult &archive, qint64 partSize, const QString &folder);
    // Stops the current part, keeping its .part for a later start().
    void cancel();
    bool isRunning() const { return m_running; }

    int partCount() const { return int(m_parts.size()); }
    // The verified parts' files so far, in part order.
    QStringList finalPaths() const { return m_paths; }
    // How many times a part that failed its check was downloaded again.
    int refetches() const { return m_refetches; }

    // "privacy-export-<id>.zip.007" for part 7.
    static QString partFileName(const QString &requestId, int index);

Q_SIGNALS:
    // `index` from 1 of `count`.
    void partStarted(int index, int count);
    // The part's file is already in the folder (an earlier run): its
    // SHA-256 is checked; partVerified() or partStarted() follows.
    void partChecking(int index, int count);
    // Bytes of the whole archive on disk so far (verified parts plus the
    // current one) of its size.
    void progress(qint64 received, qint64 total, double bytesPerSecond);
    void partVerified(int index, int count, const QString &path);
    // The part did not match its checksum and is downloaded again.
    void partRejected(int index, const pd::DownloadError &error);
    void finished(const QStringList &paths);
    void failed(const pd::DownloadError &error);
    void cancelled();

private:
    void startPart();
    // Hashes the part file `path` kept from an earlier run on m_pool.
    void checkKeptPart(const QString &path);
    void onKeptPartChecked(quint64 generation, const QString &path, bool matches);
    void onPartFinished(const QString &path);
    void onPartFailed(const DownloadError &error);

    ArchiveDownloader *m_downloader;
    ExportResult m_archive;
    QList<ArchivePart> m_parts;
    QString m_folder;
    QStringList m_paths;
    qint64 m_verifiedBytes = 0;
    qsizetype m_current = 0; // index into m_parts
    int m_attempts = 0;
    int m_refetches = 0;
    bool m_running = false;
    // Parts whose kept file did not match: downloaded, not checked again.
    QSet<int> m_keptMismatched;
    // A kept part's check answers only while its generation is current
    // (cancel() and a new check move it on) and stops when told to.
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_stopCheck;
    QThreadPool m_pool; // last member: destroyed (and waited for) first
};

} // namespace pd
