#include "export/SplitArchiveDownloader.h"

#include "export/ArchiveDownloader.h"
#include "export/DownloadPaths.h"
#include "export/ExportLog.h"
#include "export/Sha256.h"

#include <QFileInfo>

namespace pd {

SplitArchiveDownloader::SplitArchiveDownloader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_downloader(new ArchiveDownloader(client, this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_downloader, &ArchiveDownloader::progress, this,
            [this](qint64 received, qint64, double rate) {
                Q_EMIT progress(m_verifiedBytes + received, m_archive.sizeBytes, rate);
            });
    connect(m_downloader, &ArchiveDownloader::finished, this,
            &SplitArchiveDownloader::onPartFinished);
    connect(m_downloader, &ArchiveDownloader::failed, this, &SplitArchiveDownloader::onPartFailed);
    connect(m_downloader, &ArchiveDownloader::cancelled, this, [this] {
        m_running = false;
        Q_EMIT cancelled();
    });
}

SplitArchiveDownloader::~SplitArchiveDownloader()
{
    if (m_stopCheck)
        *m_stopCheck = true; // m_pool then waits for less
}

QString SplitArchiveDownloader::partFileName(const QString &requestId, int index)
{
    return DownloadPaths::archiveFileName(requestId) + QLatin1Char('.') +
           QString::number(index).rightJustified(3, QLatin1Char('0'));
}

bool SplitArchiveDownloader::start(const ExportResult &archive, qint64 partSize,
                                   const QString &folder)
{
    const ArchivePartSet *set = archive.partSet(partSize);
    if (m_running || !set)
        return false;
    // The same parts as last time: the verified ones stay done.
    const bool resuming = archive.requestId == m_archive.requestId &&
                          archive.sha256 == m_archive.sha256 &&
                          m_parts.size() == set->parts.size() && !m_parts.isEmpty() &&
                          m_parts.constFirst().sizeBytes == partSize && folder == m_folder;
    if (!resuming) {
        m_keptMismatched.clear();
        m_paths.clear();
        m_verifiedBytes = 0;
        m_current = 0;
        m_refetches = 0;
    }
    m_archive = archive;
    m_parts = set->parts;
    m_folder = folder;
    m_attempts = 0;
    m_running = true;
    if (m_current >= m_parts.size()) {
        // Every part was verified before the stop: nothing left to fetch.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_running = false;
                Q_EMIT finished(m_paths);
            },
            Qt::QueuedConnection);
        return true;
    }
    startPart();
    return true;
}

void SplitArchiveDownloader::startPart()
{
    const ArchivePart &part = m_parts.at(m_current);
    QString why;
    const QString folder = DownloadPaths::canonicalFolder(m_folder, &why);
    const std::optional<QString> kept =
        folder.isEmpty() ? std::nullopt
                         : DownloadPaths::pathInside(
                               folder, partFileName(m_archive.requestId, part.index), &why);
    if (kept && !m_keptMismatched.contains(part.index) && QFileInfo(*kept).isFile() &&
        QFileInfo(*kept).size() == part.sizeBytes) {
        Q_EMIT partChecking(part.index, int(m_parts.size()));
        return checkKeptPart(*kept);
    }
    ExportResult piece;
    piece.requestId = m_archive.requestId;
    piece.archiveUrl = part.url;
    piece.sizeBytes = part.sizeBytes;
    piece.sha256 = part.sha256;
    piece.expiresAt = m_archive.expiresAt;
    ++m_attempts;
    m_downloader->setFileName(partFileName(m_archive.requestId, part.index));
    Q_EMIT partStarted(part.index, int(m_parts.size()));
    m_downloader->start(piece, m_folder);
}

void SplitArchiveDownloader::checkKeptPart(const QString &path)
{
    const quint64 generation = ++m_generation;
    if (m_stopCheck)
        *m_stopCheck = true;
    m_stopCheck = std::make_shared<std::atomic_bool>(false);
    m_pool.start([this, path, generation, stop = m_stopCheck,
                  expected = m_parts.at(m_current).sha256, base = m_verifiedBytes,
                  total = m_archive.sizeBytes] {
        QString error;
        // Read as the downloader writes: never through a link planted there.
        const std::unique_ptr<QFile> file = DownloadPaths::openNoFollow(path, false, false, &error);
        bool matches = file != nullptr;
        Sha256 hash;
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        qint64 done = 0;
        while (matches && !*stop) {
            const qint64 read = file->read(buffer.data(), buffer.size());
            if (read < 0)
                matches = false;
            if (read <= 0)
                break;
            hash.addData(buffer.constData(), read);
            done += read;
            // Checking a 4 GB part takes seconds: the bar moves meanwhile.
            if (done % (64 * 1024 * 1024) == 0)
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, at = base + done, total] {
                        if (generation == m_generation)
                            Q_EMIT progress(at, total, 0);
                    },
                    Qt::QueuedConnection);
        }
        matches = matches && !*stop && QString::fromLatin1(hash.result().toHex()) == expected;
        QMetaObject::invokeMethod(
            this,
            [this, generation, path, matches] { onKeptPartChecked(generation, path, matches); },
            Qt::QueuedConnection);
    });
}

void SplitArchiveDownloader::onKeptPartChecked(quint64 generation, const QString &path,
                                               bool matches)
{
    if (generation != m_generation || !m_running)
        return;
    if (matches) {
        qCInfo(lcExport) << "archive part" << m_parts.at(m_current).index
                         << "kept from an earlier download matches; not downloaded again";
        return onPartFinished(path);
    }
    // Not ours, or damaged: downloaded beside it (the file is left as it is).
    m_keptMismatched.insert(m_parts.at(m_current).index);
    startPart();
}

void SplitArchiveDownloader::onPartFinished(const QString &path)
{
    const ArchivePart part = m_parts.at(m_current);
    m_paths.append(path);
    m_verifiedBytes += part.sizeBytes;
    qCInfo(lcExport) << "archive part" << part.index << "of" << m_parts.size() << "verified";
    ++m_current; // before any slot runs: a start() after a cancel goes on from the next part
    m_attempts = 0;
    Q_EMIT partVerified(part.index, int(m_parts.size()), path);
    if (!m_running)
        return; // cancelled from a slot
    if (m_current < m_parts.size())
        return startPart();
    m_running = false;
    Q_EMIT finished(m_paths);
}

void SplitArchiveDownloader::onPartFailed(const DownloadError &error)
{
    const bool damaged = error.kind() == DownloadError::Kind::ChecksumMismatch ||
                         error.kind() == DownloadError::Kind::SizeMismatch;
    if (damaged && m_running && m_attempts < kAttemptsPerPart) {
        // Only this part is fetched again; the verified ones stay.
        ++m_refetches;
        qCWarning(lcExport) << "archive part" << m_parts.at(m_current).index
                            << "failed its check; downloading it again";
        Q_EMIT partRejected(m_parts.at(m_current).index, error);
        return startPart();
    }
    m_running = false;
    Q_EMIT failed(error);
}

void SplitArchiveDownloader::cancel()
{
    if (!m_running)
        return;
    if (m_downloader->isRunning()) {
        m_downloader->cancel(); // cancelled() follows from it
        return;
    }
    // Between parts, or checking a kept one: the check's answer is dropped.
    ++m_generation;
    if (m_stopCheck)
        *m_stopCheck = true;
    m_running = false;
    QMetaObject::invokeMethod(this, &SplitArchiveDownloader::cancelled, Qt::QueuedConnection);
}

} // namespace pd
