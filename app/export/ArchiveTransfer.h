#pragma once

#include "common/ApiError.h"
#include "export/DownloadError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace pd {

class ApiClient;
class HttpExchange;
class PartialDownload;

// One GET of an export archive, appending to a PartialDownload: sends
// `Range`/`If-Range` when the .part has bytes, checks what the server answered
// (206 for the range asked, 200 restarts the .part from zero), streams the
// body through a small read buffer and classifies how it ended. The
// transport (pins, same-origin redirects, stall timeout, error mapping) is
// an HttpExchange's. Made and owned by ArchiveDownloader; emits finished()
// once.
class ArchiveTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Complete,        // the body arrived in full (size and hash still unchecked)
        RestartFromZero, // the server answered another range: empty the .part and ask again
        Unauthenticated, // 401: refresh the token and ask again
        Failed,          // error() says why; keepPart() whether the .part may be resumed
    };

    struct Settings {
        QUrl url;
        qint64 expectedSize = 0;
        qint64 readBufferSize = 64 * 1024;
        std::chrono::milliseconds stallTimeout{60000};
    };

    ArchiveTransfer(ApiClient *client, PartialDownload *part, Settings settings,
                    QObject *parent = nullptr);
    ~ArchiveTransfer() override;

    void start(const QString &accessToken);
    // Stops quietly: finished() is not emitted.
    void abort();

    Outcome outcome() const { return m_outcome; }
    const std::optional<DownloadError> &error() const { return m_error; }
    bool keepPart() const { return m_keepPart; }
    int httpStatus() const { return m_status; }
    qint64 resumedFrom() const { return m_resumedFrom; }
    qint64 bytesTransferred() const { return m_transferred; }
    qint64 maxBufferedBytes() const { return m_maxBuffered; }

Q_SIGNALS:
    void bytesWritten();
    void finished();

private:
    // Why this class stopped the transfer (the exchange's own reasons are
    // in its error()).
    enum class Abort { None, Restart, Error };

    void abortWith(Abort reason, std::optional<DownloadError> error = std::nullopt);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void finish(Outcome outcome, std::optional<DownloadError> error = std::nullopt,
                bool keepPart = true);

    ApiClient *m_client;
    PartialDownload *m_part;
    Settings m_settings;
    QPointer<HttpExchange> m_exchange;
    std::optional<DownloadError> m_abortError;
    std::optional<DownloadError> m_error;
    QByteArray m_chunk;
    Abort m_abort = Abort::None;
    Outcome m_outcome = Outcome::Failed;
    bool m_keepPart = true;
    bool m_decided = false;
    bool m_finished = false;
    int m_status = 0;
    qint64 m_resumedFrom = 0;
    qint64 m_transferred = 0;
    qint64 m_maxBuffered = 0;
};

} // namespace pd
