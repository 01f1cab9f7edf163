#pragma once

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
};

// Builds `<directory>/<request id>.zip` for an `export` request: one file
// per category and format, written incrementally from the account's rows,
// plus manifest.json describing each of them.
class ExportBuilder
{
public:
    ExportBuilder(const Database &db, QString directory);

    // Throws ExportStorageError (the archive cannot be written),
    // DatabaseError or std::runtime_error; leaves no partial archive behind.
    ExportArchiveFile build(const RequestRecord &request, qint64 nowMs) const;
    QString archivePath(const QString &requestId) const;

private:
    void writeArchive(QSaveFile &file, const RequestRecord &request, qint64 nowMs) const;

    const Database &m_db;
    QString m_directory;
};

} // namespace pd::server
