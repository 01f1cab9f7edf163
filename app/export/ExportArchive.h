#pragma once

#include "export/ArchiveLimits.h"
#include "export/ArchiveManifest.h"
#include "export/ArchiveVerification.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace pd {

class TabularFile;
class ZipReader;

// An export archive opened offline. open() checks the ZIP's directory before
// any content is read: every name must be a plain relative path (no absolute
// path, drive, backslash or ".."; no duplicates), every entry within the
// size caps and compression ratio of ArchiveLimits, nothing encrypted; then
// manifest.json is read and parsed. verify() streams every file through
// SHA-256 and reports missing, extra and tampered files. openTable() gives a
// file's rows for ArchiveTableModel. Nothing is ever written under an entry's
// own name, and no entry may yield more bytes than it declared. A split
// archive opens from any of its parts (`name.zip.001`, ...): they are read
// as one through JoinedParts. The ZIP is read by the ZIP module
// (ZipReaderFactory), loaded by the first open(): the app's start never
// needs QuaZip.
class ExportArchive
{
    Q_DECLARE_TR_FUNCTIONS(pd::ExportArchive)
public:
    static constexpr auto kManifestName = "manifest.json";

    // The module the ZIP reader is in (core/ModuleLoader.h).
    static QString moduleName() { return QStringLiteral("zip"); }

    explicit ExportArchive(QString zipPath, ArchiveLimits limits = {});
    ~ExportArchive();
    ExportArchive(const ExportArchive &) = delete;
    ExportArchive &operator=(const ExportArchive &) = delete;

    bool open();
    bool isOpen() const { return m_open; }
    // Why open() (or the last call) failed: translated, for users; and for developers.
    QString errorString() const { return m_error; }
    QString errorDetail() const { return m_detail; }

    const ArchiveManifest &manifest() const { return m_manifest; }
    // The files the manifest lists, in its order.
    QStringList files() const;
    // Every entry of the ZIP, in directory order.
    QStringList entryNames() const { return m_order; }

    // `progress(bytesDone, bytesTotal)` after each chunk; returning false
    // stops the work (for a cancel button).
    using Progress = std::function<bool(qint64, qint64)>;

    // Stopped by `progress`, the result is partial and marked `stopped`.
    ArchiveVerification verify(const Progress &progress = {});

    // Streams one listed file into `destination`, checking it against the
    // manifest; false and *error (translated) when it is missing or tampered,
    // or stopped by `progress`.
    bool extract(const QString &path, QIODevice &destination, QString *error,
                 const Progress &progress = {});
    // Extracts the readable copy's pages, each checked against the manifest,
    // into a new folder `<folderName>` (or "<folderName> (2)", ...) directly
    // inside the existing folder `canonicalFolder`: nothing is written
    // anywhere else, nothing is overwritten, no link is followed. The path of
    // its index.html, or empty and *error (translated); a failed or stopped
    // extraction leaves nothing behind.
    QString extractReadableCopy(const QString &canonicalFolder, const QString &folderName,
                                QString *error, const Progress &progress = {});
    // A listed CSV or JSON file's rows: the file is extracted and checked into
    // an auto-deleted temporary file in `tempDir` (the app passes its private
    // scratch folder; the system's temporary folder when empty),
    // then indexed. `progress` follows the extraction. Slow for large files:
    // ArchiveLoader runs it off the UI thread.
    std::unique_ptr<TabularFile> openTable(const QString &path, QString *error,
                                           const QString &tempDir = {},
                                           const Progress &progress = {});

    static bool isSafeEntryName(const QString &name);

private:
    struct Entry {
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };
    using Sink = std::function<bool(QByteArrayView)>;

    bool setError(const QString &message, const QString &detail);
    bool checkDirectory();
    bool readManifest();
    // Streams an entry to `sink`; false and *detail when it cannot be read
    // whole, yields more or fewer bytes than declared, or fails its CRC.
    bool readEntry(const QString &name, const Sink &sink, QString *detail);
    // readEntry() plus the manifest's size and SHA-256.
    bool readListed(const ArchiveManifest::File &file, const Sink &sink, QString *detail);

    QString m_path;
    ArchiveLimits m_limits;
    // The archive's file, or a split archive's parts joined: read by m_zip.
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ZipReader> m_zip;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    ArchiveManifest m_manifest;
    QString m_error;
    QString m_detail;
    bool m_open = false;
};

} // namespace pd
