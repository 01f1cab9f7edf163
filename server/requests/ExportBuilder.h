#pragma once

#include "ExportRowReader.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class QSaveFile;

namespace pd::server {

class Database;
struct RequestRecord;

// The archive built for one export request (not the client's pd::ExportArchive
// reader, hence the distinct name).
struct ExportArchiveFile {
    QString path;
    qint64 sizeBytes = 0;
    QString sha256; // of the whole ZIP, lower-case hex
    // One object per part size smaller than the archive:
    // {part_size, parts: [{index, offset, size_bytes, sha256}]}, index from 1.
    QJsonArray partSets;
};

// Builds `<directory>/<request id>.zip` for an `export` request: one file
// per category and format, written incrementally from the account's rows,
// plus an HTML rendering (ExportHtmlWriter) and manifest.json describing
// each of them. Once written, the archive is read back once to hash it whole
// and in parts of each of `partSizes` (consecutive byte ranges, so that a
// large archive can be downloaded, and checked, a part at a time).
class ExportBuilder
{
public:
    ExportBuilder(const Database &db, QString directory, QList<qint64> partSizes = {},
                  qint64 htmlRowsPerPage = 10000);

    // Throws ExportStorageError (the archive cannot be written),
    // DatabaseError or std::runtime_error; leaves no partial archive behind.
    ExportArchiveFile build(const RequestRecord &request, qint64 nowMs) const;
    // Called between the build's steps (a batch of rows, a MiB hashed).
    void setPace(ExportPace pace) { m_pace = std::move(pace); }
    QString archivePath(const QString &requestId) const;

private:
    void writeArchive(QSaveFile &file, const RequestRecord &request, qint64 nowMs) const;

    void hash(ExportArchiveFile &archive) const;

    const Database &m_db;
    QString m_directory;
    QList<qint64> m_partSizes;
    qint64 m_htmlRowsPerPage;
    ExportPace m_pace;
};

} // namespace pd::server
