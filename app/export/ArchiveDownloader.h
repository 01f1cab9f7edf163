#pragma once

#include "export/DownloadError.h"
#include "export/ExportResult.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

namespace pd {

class ApiClient;
class ApiError;
class ArchiveTransfer;
class PartialDownload;

// Downloads a completed export's archive into a folder the user chose, in
// constant memory: the body streams into `<folder>/<name>.part` as it arrives
// (a small reply read buffer gives back-pressure), hashed incrementally. A
// later start() resumes with `Range` and `If-Range` (a 200 answer restarts
// from zero). At the end the size and SHA-256 must match the request's
// result, else the file is deleted; on success the .part is renamed
// atomically to `privacy-export-<id>.zip` (or "... (2).zip": nothing is ever
// overwritten). Uses the ApiClient's network, TLS configuration, pin check,
// same-origin redirects and bearer token (one refresh on 401).
class ArchiveDownloader : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveDownloader(ApiClient *client, QObject *parent = nullptr);
    ~ArchiveDownloader() override;

    // Bytes the network layer may hold for this download (default 64 KiB).
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = qMax<qint64>(bytes, 4096); }
    // The plain name the verified file takes in the folder; empty (the
    // default): privacy-export-<id>.zip. Set before start().
    void setFileName(const QString &name) { m_requestedName = name; }
    // Longest time without any bytes before the transfer fails (default 60 s).
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }

    // Starts, or resumes, the download. Exactly one of finished(), failed()
    // or cancelled() follows, always asynchronously.
    void start(const ExportResult &archive, const QString &folder);
    // Stops the transfer, keeping the .part for a later start().
    void cancel();
    bool isRunning() const { return m_running; }

    QString finalPath() const { return m_finalPath; }
    // Figures of the last start(), for diagnostics and tests: bytes already
    // on disk when its last request went out, body bytes received over the
    // network (all requests), the most bytes seen waiting in a reply at once.
    qint64 resumedFrom() const { return m_resumedFrom; }
    qint64 bytesTransferred() const { return m_transferred; }
    qint64 maxBufferedBytes() const { return m_maxBuffered; }
    int lastHttpStatus() const { return m_status; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total, double bytesPerSecond);
    void finished(const QString &path);
    void failed(const pd::DownloadError &error);
    void cancelled();

private:
    void begin();
    bool prepareFiles();
    void sendRequest();
    void onTransferFinished();
    void collectFigures();
    void refreshThenSend(const ApiError &error);
    bool restartFromZero();
    void complete();
    void fail(const DownloadError &error, bool keepPart);
    void emitProgress(bool force);

    ApiClient *m_client;
    ExportResult m_archive;
    QString m_folder;
    QString m_fileName;
    QString m_requestedName;
    QString m_finalPath;
    std::unique_ptr<PartialDownload> m_part;
    QPointer<ArchiveTransfer> m_transfer;
    qint64 m_readBufferSize = 64 * 1024;
    std::chrono::milliseconds m_stallTimeout{60000};
    bool m_running = false;
    bool m_refreshed = false;
    bool m_restarted = false;
    int m_status = 0;
    qint64 m_resumedFrom = 0;
    qint64 m_transferred = 0;
    qint64 m_transferredBefore = 0;
    qint64 m_maxBuffered = 0;
    std::chrono::milliseconds m_startedAt{0};
    std::chrono::milliseconds m_lastProgressAt{-1};
};

} // namespace pd
