#include "export/ExportArchive.h"

#include "export/DownloadPaths.h"

#include "core/ModuleLoader.h"
#include "export/CsvTable.h"
#include "export/ExportLog.h"
#include "export/JoinedParts.h"
#include "export/JsonTable.h"
#include "export/ZipReaderFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace pd {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kMaxNameBytes = 255;
constexpr quint16 kDeflated = 8;

} // namespace

ExportArchive::ExportArchive(QString zipPath, ArchiveLimits limits)
    : m_path(std::move(zipPath))
    , m_limits(limits)
{}

// m_zip, declared after m_device, closes before it.
ExportArchive::~ExportArchive() = default;

bool ExportArchive::isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > kMaxNameBytes)
        return false;
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':'))) // absolute, Windows separator, drive or stream
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    const QStringList segments = name.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment == QLatin1String("..") || segment == QLatin1String("."))
            return false;
        if (segment.isEmpty() && i != segments.size() - 1) // "a//b"; a trailing '/' is a folder
            return false;
    }
    return true;
}

bool ExportArchive::setError(const QString &message, const QString &detail)
{
    m_error = message;
    m_detail = detail;
    qCWarning(lcExport).noquote() << "export archive:" << detail;
    return false;
}

bool ExportArchive::open()
{
    m_open = false;
    m_entries.clear();
    m_order.clear();
    m_manifest = {};
    m_error.clear();
    m_detail.clear();
    m_zip.reset();
    m_device.reset();
    QString problem;
    auto *factory = ModuleLoader::load<ZipReaderFactory>(moduleName(), &problem);
    if (!factory) {
        return setError(tr("Export archives cannot be opened: this installation of Privacy "
                           "Dashboard is missing its ZIP module. Reinstall the app."),
                        QStringLiteral("no ZIP module: ") + problem);
    }
    if (const QStringList parts = JoinedParts::partsOf(m_path); !parts.isEmpty())
        m_device = std::make_unique<JoinedParts>(parts);
    else
        m_device = std::make_unique<QFile>(m_path);
    m_zip = factory->reader(m_device.get());
    if (!m_zip->open()) {
        return setError(tr("The file is not a readable ZIP archive."),
                        QStringLiteral("cannot open the ZIP (%1)").arg(m_zip->error()));
    }
    if (!checkDirectory() || !readManifest())
        return false;
    m_open = true;
    return true;
}

bool ExportArchive::checkDirectory()
{
    const QString unsafe = tr("The archive was refused because it is unsafe to open: %1");
    qint64 total = 0;
    for (bool more = m_zip->goToFirstEntry(); more; more = m_zip->goToNextEntry()) {
        ZipReader::Entry info;
        if (!m_zip->currentEntry(&info))
            return setError(tr("The archive's table of contents is damaged."),
                            QStringLiteral("unreadable entry header"));
        if (m_order.size() >= m_limits.maxEntries)
            return setError(unsafe.arg(tr("it holds too many files.")),
                            QStringLiteral("more than %1 entries").arg(m_limits.maxEntries));
        const QString &name = info.name;
        if (!isSafeEntryName(name))
            return setError(unsafe.arg(tr("it holds a file with an absolute path or \"..\".")),
                            QStringLiteral("unsafe entry name"));
        if (m_entries.contains(name))
            return setError(unsafe.arg(tr("it holds two files named %1.").arg(name)),
                            QStringLiteral("duplicate entry"));
        if (info.encrypted || (info.method != 0 && info.method != kDeflated))
            return setError(
                unsafe.arg(tr("%1 is encrypted or compressed in an unknown way.").arg(name)),
                QStringLiteral("entry method %1 flags %2").arg(info.method).arg(info.flags));
        const qint64 compressed = info.compressedSize;
        const qint64 uncompressed = info.uncompressedSize;
        total += uncompressed;
        if (uncompressed < 0 || uncompressed > m_limits.maxEntryBytes ||
            total > m_limits.maxTotalBytes)
            return setError(unsafe.arg(tr("%1 would be too large once unpacked.").arg(name)),
                            QStringLiteral("entry of %1 bytes over the cap").arg(uncompressed));
        if (uncompressed > m_limits.ratioFloorBytes &&
            double(uncompressed) > m_limits.maxRatio * double(qMax<qint64>(compressed, 1)))
            return setError(
                unsafe.arg(tr("%1 is compressed suspiciously well (a \"zip bomb\").").arg(name)),
                QStringLiteral("entry ratio %1:1")
                    .arg(double(uncompressed) / double(qMax<qint64>(compressed, 1))));
        m_entries.insert(name, {compressed, uncompressed});
        m_order.append(name);
    }
    if (m_zip->error() != 0)
        return setError(tr("The archive's table of contents is damaged."),
                        QStringLiteral("directory error %1").arg(m_zip->error()));
    return true;
}

bool ExportArchive::readManifest()
{
    const QString name = QLatin1String(kManifestName);
    const auto entry = m_entries.constFind(name);
    if (entry == m_entries.constEnd())
        return setError(tr("This is not a privacy export: it has no manifest.json."),
                        QStringLiteral("no manifest"));
    if (entry->uncompressed > m_limits.maxManifestBytes)
        return setError(tr("The archive's manifest.json is too large."),
                        QStringLiteral("manifest of %1 bytes").arg(entry->uncompressed));
    QByteArray json;
    QString detail;
    const Sink collect = [&json](QByteArrayView chunk) {
        json.append(chunk);
        return true;
    };
    if (!readEntry(name, collect, &detail))
        return setError(tr("The archive's manifest.json is damaged."), detail);
    auto manifest = ArchiveManifest::parse(json, &detail);
    if (!manifest)
        return setError(tr("The archive's manifest.json is not valid."), detail);
    m_manifest = std::move(*manifest);
    return true;
}

QStringList ExportArchive::files() const
{
    QStringList paths;
    for (const ArchiveManifest::File &file : m_manifest.files)
        paths.append(file.path);
    return paths;
}

bool ExportArchive::readEntry(const QString &name, const Sink &sink, QString *detail)
{
    const auto entry = m_entries.constFind(name);
    if (entry == m_entries.constEnd() || !m_zip || !m_zip->goToEntry(name)) {
        *detail = QStringLiteral("entry not found");
        return false;
    }
    if (!m_zip->openEntry()) {
        *detail = QStringLiteral("cannot open the entry (%1)").arg(m_zip->error());
        return false;
    }
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 count = m_zip->readEntry(buffer.data(), buffer.size());
        if (count < 0) {
            *detail = QStringLiteral("compressed data is corrupt (%1)").arg(m_zip->error());
            return false;
        }
        if (count == 0)
            break;
        total += count;
        if (total > entry->uncompressed) {
            *detail =
                QStringLiteral("more data than the declared %1 bytes").arg(entry->uncompressed);
            return false;
        }
        if (!sink(QByteArrayView(buffer.constData(), count))) {
            *detail = QStringLiteral("cannot write the extracted data");
            return false;
        }
    }
    if (!m_zip->closeEntry()) {
        *detail = QStringLiteral("ZIP checksum (CRC-32) mismatch (%1)").arg(m_zip->error());
        return false;
    }
    if (total != entry->uncompressed) {
        *detail = QStringLiteral("%1 bytes instead of the declared %2")
                      .arg(total)
                      .arg(entry->uncompressed);
        return false;
    }
    return true;
}

bool ExportArchive::readListed(const ArchiveManifest::File &file, const Sink &sink, QString *detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    const bool read = readEntry(
        file.path,
        [&](QByteArrayView chunk) {
            hash.addData(chunk);
            size += chunk.size();
            return size <= file.sizeBytes && sink(chunk);
        },
        detail);
    if (!read) {
        if (size > file.sizeBytes)
            *detail = QStringLiteral("larger than the manifest's %1 bytes").arg(file.sizeBytes);
        return false;
    }
    if (size != file.sizeBytes) {
        *detail = QStringLiteral("%1 bytes, the manifest says %2").arg(size).arg(file.sizeBytes);
        return false;
    }
    if (QString::fromLatin1(hash.result().toHex()) != file.sha256) {
        *detail = QStringLiteral("SHA-256 differs from the manifest");
        return false;
    }
    return true;
}

QString ExportArchive::extractReadableCopy(const QString &canonicalFolder,
                                           const QString &folderName, QString *error,
                                           const Progress &progress)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!m_open || !m_manifest.hasReadableCopy())
        return fail(tr("This archive has no readable copy; it was made before exports had one."));
    QString target;
    for (int number = 1; number <= 100 && target.isEmpty(); ++number) {
        QString why;
        const auto path = DownloadPaths::pathInside(
            canonicalFolder, DownloadPaths::numberedName(folderName, number), &why);
        // mkdir fails on anything already there, a link included: only a
        // folder made now is written into.
        if (path && QDir().mkdir(*path))
            target = *path;
    }
    if (target.isEmpty())
        return fail(tr("No new folder could be made in %1 for the readable copy.")
                        .arg(QDir::toNativeSeparators(canonicalFolder)));
    qint64 total = 0;
    for (const ArchiveManifest::File &page : std::as_const(m_manifest.readable))
        total += page.sizeBytes;
    qint64 before = 0;
    for (const ArchiveManifest::File &page : std::as_const(m_manifest.readable)) {
        QString why;
        const auto path =
            DownloadPaths::pathInside(target, page.path.section(QLatin1Char('/'), -1), &why);
        const std::unique_ptr<QFile> file =
            path ? DownloadPaths::openNoFollow(*path, true, true, &why) : nullptr;
        const bool written =
            file && file->size() == 0 && extract(page.path, *file, &why, [&](qint64 done, qint64) {
                return !progress || progress(before + done, total);
            });
        if (!written) {
            QDir(target).removeRecursively();
            return fail(why);
        }
        before += page.sizeBytes;
    }
    return QDir(target).filePath(QStringLiteral("index.html"));
}

ArchiveVerification ExportArchive::verify(const Progress &progress)
{
    using Kind = ArchiveVerification::Issue::Kind;
    ArchiveVerification result;
    if (!m_open)
        return result;
    // The data files, then the readable copy's pages: every listed file.
    const QList<ArchiveManifest::File> listed = m_manifest.files + m_manifest.readable;
    qint64 total = 0;
    for (const ArchiveManifest::File &file : listed)
        total += m_entries.value(file.path).uncompressed;
    qint64 done = 0;
    const Sink counter = [&](QByteArrayView chunk) {
        done += chunk.size();
        result.stopped = progress && !progress(done, total);
        return !result.stopped;
    };
    for (const ArchiveManifest::File &file : listed) {
        if (result.stopped)
            return result; // partial: not a finding about the archive
        if (!m_entries.contains(file.path)) {
            result.issues.append({Kind::Missing, file.path, QStringLiteral("not in the ZIP")});
            continue;
        }
        QString detail;
        if (readListed(file, counter, &detail))
            result.verified.append(file.path);
        else if (result.stopped)
            return result;
        else
            result.issues.append({Kind::Tampered, file.path, detail});
    }
    for (const QString &name : std::as_const(m_order)) {
        if (name != QLatin1String(kManifestName) && !m_manifest.listed(name))
            result.issues.append({Kind::Extra, name, QStringLiteral("not in the manifest")});
    }
    if (!result.ok())
        qCWarning(lcExport) << "export archive verification found" << result.issues.size()
                            << "problem(s)";
    return result;
}

bool ExportArchive::extract(const QString &path, QIODevice &destination, QString *error,
                            const Progress &progress)
{
    const ArchiveManifest::File *file = m_manifest.listed(path);
    if (!m_open || !file || !m_entries.contains(path)) {
        if (error)
            *error = tr("%1 is not in this archive.").arg(path);
        return false;
    }
    QString detail;
    qint64 done = 0;
    bool stopped = false;
    bool writeFailed = false;
    const bool ok = readListed(
        *file,
        [&](QByteArrayView chunk) {
            if (destination.write(chunk.data(), chunk.size()) != chunk.size()) {
                writeFailed = true;
                return false;
            }
            done += chunk.size();
            stopped = progress && !progress(done, file->sizeBytes);
            return !stopped;
        },
        &detail);
    if (stopped) {
        setError(tr("Reading %1 was stopped.").arg(path), QStringLiteral("stopped"));
        if (error)
            *error = m_error;
        return false;
    }
    if (writeFailed) {
        // Our side failed (disk full, temporary folder gone): not the archive.
        setError(tr("%1 could not be written to a temporary file; the disk may be full.").arg(path),
                 QStringLiteral("write failed: %1").arg(destination.errorString()));
        if (error)
            *error = m_error;
        return false;
    }
    if (!ok) {
        setError(
            tr("%1 in the archive was changed or damaged since the export was made.").arg(path),
            detail);
        if (error)
            *error = m_error;
    }
    return ok;
}

std::unique_ptr<TabularFile> ExportArchive::openTable(const QString &path, QString *error,
                                                      const QString &tempDir,
                                                      const Progress &progress)
{
    const bool csv = path.endsWith(QLatin1String(".csv"));
    if (!csv && !path.endsWith(QLatin1String(".json"))) {
        if (error)
            *error = tr("%1 is not a CSV or JSON file.").arg(path);
        return nullptr;
    }
    const QString folder = tempDir.isEmpty() ? QDir::tempPath() : tempDir;
    auto temporary =
        std::make_unique<QTemporaryFile>(QDir(folder).filePath(QStringLiteral("pd-export-XXXXXX")));
    if (!temporary->open()) {
        if (error)
            *error = tr("Cannot create a temporary file to read %1.").arg(path);
        return nullptr;
    }
    if (!extract(path, *temporary, error, progress))
        return nullptr;
    if (!temporary->flush() || !temporary->seek(0)) {
        if (error)
            *error = tr("Cannot create a temporary file to read %1.").arg(path);
        return nullptr;
    }
    if (csv) {
        auto table = std::make_unique<CsvTable>(std::move(temporary));
        if (!table->load(error))
            return nullptr;
        return table;
    }
    auto table = std::make_unique<JsonTable>(std::move(temporary));
    if (!table->load(error))
        return nullptr;
    return table;
}

} // namespace pd
