#include "export/ArchiveDownloader.h"

#include "api/AccessTokenProvider.h"
#include "api/ApiClient.h"
#include "export/ArchiveTransfer.h"
#include "export/DownloadPaths.h"
#include "export/ExportLog.h"
#include "export/PartialDownload.h"
#include "net/TimerSource.h"

namespace pd {

namespace {
constexpr std::chrono::milliseconds kProgressInterval{100};
} // namespace

ArchiveDownloader::ArchiveDownloader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ArchiveDownloader::~ArchiveDownloader()
{
    delete m_transfer; // aborts its reply while the .part is still open
}

void ArchiveDownloader::start(const ExportResult &archive, const QString &folder)
{
    if (m_running) {
        qCWarning(lcExport) << "archive download already running; start ignored";
        return;
    }
    m_running = true;
    m_archive = archive;
    m_folder = folder;
    m_finalPath.clear();
    m_resumedFrom = 0;
    m_transferred = 0;
    m_transferredBefore = 0;
    m_maxBuffered = 0;
    m_status = 0;
    m_refreshed = false;
    m_restarted = false;
    m_startedAt = m_client->timers().now();
    m_lastProgressAt = std::chrono::milliseconds(-1);
    QMetaObject::invokeMethod(this, &ArchiveDownloader::begin, Qt::QueuedConnection);
}

void ArchiveDownloader::begin()
{
    if (!m_running)
        return; // cancelled before it began
    const QUrl url = m_archive.archiveUrl;
    if (!ExportResult::isSha256Hex(m_archive.sha256) || m_archive.sizeBytes < 0)
        return fail(DownloadError::invalidArchive(QStringLiteral("no valid size or sha256")), true);
    // The bearer token goes to the profile's own origin only.
    if (ServerProfile::originOf(url) != ServerProfile::originOf(m_client->profile().baseUrl))
        return fail(DownloadError::invalidArchive(QStringLiteral("archive_url on another origin")),
                    true);
    QString why;
    if (!m_client->tlsPolicy().allowsUrl(url, &why)) {
        ApiError error = ApiError::tls(QStringLiteral("URL refused by the TLS policy"));
        error.setUserMessage(why);
        return fail(DownloadError::fromApi(error), true);
    }
    if (!m_client->sslConfiguration()) {
        ApiError error = ApiError::tls(QStringLiteral("unusable CA bundle"));
        error.setUserMessage(m_client->sslConfigurationError());
        return fail(DownloadError::fromApi(error), true);
    }
    if (!prepareFiles())
        return;
    m_resumedFrom = m_part->size();
    if (m_archive.sizeBytes > 0 && m_part->size() == m_archive.sizeBytes)
        return complete(); // an earlier run got every byte but stopped before the check
    sendRequest();
}

bool ArchiveDownloader::prepareFiles()
{
    QString why;
    const QString folder = DownloadPaths::canonicalFolder(m_folder, &why);
    if (folder.isEmpty()) {
        fail(DownloadError::fileSystem(why, QStringLiteral("target folder unusable")), true);
        return false;
    }
    m_folder = folder;
    m_fileName = m_requestedName.isEmpty() ? DownloadPaths::archiveFileName(m_archive.requestId)
                                           : m_requestedName;
    const auto partPath =
        DownloadPaths::pathInside(folder, m_fileName + QStringLiteral(".part"), &why);
    const auto etagPath =
        partPath
            ? DownloadPaths::pathInside(folder, m_fileName + QStringLiteral(".part.etag"), &why)
            : std::nullopt;
    if (!partPath || !etagPath) {
        fail(DownloadError::unsafePath(why, QStringLiteral("partial file path refused")), true);
        return false;
    }
    m_part = std::make_unique<PartialDownload>(*partPath, *etagPath);
    if (!m_part->open(m_archive.sizeBytes, &why)) {
        m_part.reset(); // nothing of ours to keep or delete
        fail(DownloadError::unsafePath(why, QStringLiteral("cannot open the partial file")), true);
        return false;
    }
    if (m_part->size() > 0)
        qCInfo(lcExport) << "resuming an archive download after" << m_part->size() << "bytes";
    return true;
}

void ArchiveDownloader::sendRequest()
{
    AccessTokenProvider *tokens = m_client->accessTokenProvider();
    const QString token = tokens ? tokens->accessToken() : QString();
    if (token.isEmpty()) {
        const ApiError error = ApiError::problem(401, QStringLiteral("unauthenticated"),
                                                 QStringLiteral("no access token"));
        if (tokens && !m_refreshed)
            return refreshThenSend(error);
        Q_EMIT m_client->signInRequired();
        return fail(DownloadError::fromApi(error), true);
    }
    delete m_transfer;
    auto *transfer = new ArchiveTransfer(
        m_client, m_part.get(),
        {m_archive.archiveUrl, m_archive.sizeBytes, m_readBufferSize, m_stallTimeout}, this);
    m_transfer = transfer;
    connect(transfer, &ArchiveTransfer::bytesWritten, this, [this] {
        collectFigures();
        emitProgress(false);
    });
    connect(transfer, &ArchiveTransfer::finished, this, &ArchiveDownloader::onTransferFinished);
    transfer->start(token);
    m_resumedFrom = transfer->resumedFrom();
}

void ArchiveDownloader::collectFigures()
{
    if (!m_transfer)
        return;
    m_status = m_transfer->httpStatus();
    m_resumedFrom = m_transfer->resumedFrom();
    m_transferred = m_transferredBefore + m_transfer->bytesTransferred();
    m_maxBuffered = qMax(m_maxBuffered, m_transfer->maxBufferedBytes());
}

void ArchiveDownloader::onTransferFinished()
{
    ArchiveTransfer *transfer = m_transfer;
    if (!transfer)
        return;
    collectFigures();
    m_transferredBefore = m_transferred;
    m_transfer = nullptr;
    transfer->deleteLater();
    switch (transfer->outcome()) {
    case ArchiveTransfer::Outcome::Complete:
        return complete();
    case ArchiveTransfer::Outcome::RestartFromZero:
        if (restartFromZero())
            sendRequest();
        return;
    case ArchiveTransfer::Outcome::Unauthenticated:
        if (!m_refreshed)
            return refreshThenSend(*transfer->error()->apiError());
        Q_EMIT m_client->signInRequired();
        return fail(*transfer->error(), true);
    case ArchiveTransfer::Outcome::Failed:
        return fail(*transfer->error(), transfer->keepPart());
    }
}

void ArchiveDownloader::refreshThenSend(const ApiError &error)
{
    m_refreshed = true;
    m_client->accessTokenProvider()->refreshAccessToken(
        this, [this, error](AccessTokenProvider::RefreshOutcome outcome,
                            const std::optional<ApiError> &refreshError) {
            if (!m_running)
                return;
            switch (outcome) {
            case AccessTokenProvider::RefreshOutcome::Refreshed:
                return sendRequest();
            case AccessTokenProvider::RefreshOutcome::SignInRequired:
                Q_EMIT m_client->signInRequired();
                break;
            case AccessTokenProvider::RefreshOutcome::Failed:
                break;
            }
            fail(DownloadError::fromApi(refreshError.value_or(error)), true);
        });
}

bool ArchiveDownloader::restartFromZero()
{
    if (m_restarted) {
        fail(DownloadError::fromApi(ApiError::http(
                 m_status, QStringLiteral("the server did not honour a restart from zero"))),
             false);
        return false;
    }
    m_restarted = true;
    QString why;
    if ((!m_part->isOpen() && !m_part->open(m_archive.sizeBytes, &why)) || !m_part->restart(&why)) {
        fail(DownloadError::fileSystem(why, QStringLiteral("restart from zero")), true);
        return false;
    }
    return true;
}

void ArchiveDownloader::complete()
{
    QString why;
    const qint64 size = m_part->size();
    const QString sha256 = m_part->finish(&why);
    if (sha256.isEmpty())
        return fail(DownloadError::fileSystem(why, QStringLiteral("flush")), true);
    emitProgress(true);
    if (!m_running)
        return; // cancelled from a progress slot: every byte stays in the .part
    if (size != m_archive.sizeBytes || sha256 != m_archive.sha256) {
        if (m_resumedFrom > 0 && !m_restarted) {
            // The bytes kept from an earlier run may be the wrong ones: once more from zero.
            qCInfo(lcExport) << "resumed archive failed its check; downloading it again";
            if (restartFromZero())
                sendRequest();
            return;
        }
        qCWarning(lcExport) << "archive rejected:"
                            << (size != m_archive.sizeBytes ? "size" : "sha256") << "mismatch";
        return fail(size != m_archive.sizeBytes
                        ? DownloadError::sizeMismatch(m_archive.sizeBytes, size)
                        : DownloadError::checksumMismatch(),
                    false);
    }
    const auto finalPath =
        DownloadPaths::moveWithoutOverwrite(m_part->partPath(), m_folder, m_fileName, &why);
    if (!finalPath)
        return fail(DownloadError::fileSystem(why, QStringLiteral("rename")), true);
    m_part->discard(); // the .part is gone already; this removes the .etag companion
    m_part.reset();
    m_finalPath = *finalPath;
    m_running = false;
    qCInfo(lcExport) << "archive downloaded and verified," << size << "bytes";
    Q_EMIT finished(m_finalPath);
}

void ArchiveDownloader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_transfer) {
        collectFigures();
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    if (m_part)
        m_part->close();
    qCInfo(lcExport) << "archive download cancelled; partial file kept";
    QMetaObject::invokeMethod(this, &ArchiveDownloader::cancelled, Qt::QueuedConnection);
}

void ArchiveDownloader::fail(const DownloadError &error, bool keepPart)
{
    if (m_transfer) {
        m_transfer->abort();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    if (m_part) {
        if (keepPart)
            m_part->close();
        else
            m_part->discard();
    }
    m_running = false;
    qCWarning(lcExport).noquote() << "archive download failed:" << error.developerDetail();
    Q_EMIT failed(error);
}

void ArchiveDownloader::emitProgress(bool force)
{
    const std::chrono::milliseconds now = m_client->timers().now();
    if (!force && m_lastProgressAt.count() >= 0 && now - m_lastProgressAt < kProgressInterval)
        return;
    m_lastProgressAt = now;
    const qint64 elapsedMs = qMax<qint64>(1, (now - m_startedAt).count());
    const double rate = double(m_transferred) * 1000.0 / double(elapsedMs);
    Q_EMIT progress(m_part ? m_part->size() : 0, m_archive.sizeBytes, rate);
}

} // namespace pd
