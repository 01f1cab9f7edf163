#include "ExportBuilder.h"

#include "ExportCategories.h"
#include "ExportFileWriter.h"
#include "ExportStorageError.h"
#include "RequestStore.h"
#include "kernel/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <quazip/quazip.h>

#include <stdexcept>

namespace pd::server {

ExportBuilder::ExportBuilder(const Database &db, QString directory)
    : m_db(db)
    , m_directory(std::move(directory))
{}

QString ExportBuilder::archivePath(const QString &requestId) const
{
    return QDir(m_directory).absoluteFilePath(requestId + QStringLiteral(".zip"));
}

ExportArchiveFile ExportBuilder::build(const RequestRecord &request, qint64 nowMs) const
{
    if (!QDir().mkpath(m_directory))
        throw std::runtime_error("cannot create the exports folder");
    const QString path = archivePath(request.id);
    // Written to a temporary file that takes the archive's name only once
    // every byte of it was written: a full disk or a crash never leaves a
    // truncated archive where a download would find it, and the temporary
    // file goes with the QSaveFile unless committed. QuaZip's own QFile
    // lost a failed write of the archive's last bytes (the central
    // directory, flushed when it is closed) and served the truncated file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportStorageError("cannot create the export archive");
    writeArchive(file, request, nowMs);
    // Flushed here, where a failure is seen: commit() flushes the last
    // buffered bytes too, but only checks the writes before them (a disk
    // that filled up on the archive's last bytes went unnoticed).
    if (!file.flush() || !file.commit())
        throw ExportStorageError("cannot write the export archive");

    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        throw ExportStorageError("cannot read back the export archive");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&written))
        throw ExportStorageError("cannot hash the export archive");
    return ExportArchiveFile{path, written.size(), QString::fromLatin1(hash.result().toHex())};
}

void ExportBuilder::writeArchive(QSaveFile &file, const RequestRecord &request, qint64 nowMs) const
{
    const QString format = request.payload.value(QStringLiteral("format")).toString();
    QList<ExportFileWriter::Format> formats;
    if (format != QLatin1String("csv"))
        formats << ExportFileWriter::Format::Json;
    if (format != QLatin1String("json"))
        formats << ExportFileWriter::Format::Csv;

    QuaZip zip(&file);
    zip.setUtf8Enabled(true);
    zip.setAutoClose(false); // build() commits the file
    if (!zip.open(QuaZip::mdCreate))
        throw ExportStorageError("cannot create the export archive");
    QJsonArray files;
    const QJsonArray categories = request.payload.value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &name : categories) {
        const ExportCategory *category = ExportCategories::find(name.toString());
        if (!category)
            throw std::runtime_error("unknown export category");
        for (const ExportFileWriter::Format fileFormat : std::as_const(formats)) {
            const ExportFileEntry entry =
                ExportFileWriter::write(zip, m_db, *category, request.accountId, fileFormat);
            files.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                     {QStringLiteral("sha256"), entry.sha256},
                                     {QStringLiteral("size_bytes"), entry.sizeBytes},
                                     {QStringLiteral("rows"), entry.rows}});
        }
    }
    QJsonObject manifest{{QStringLiteral("account_id"), request.accountId},
                         {QStringLiteral("created_at"), toApiTime(nowMs)},
                         {QStringLiteral("format"), format},
                         {QStringLiteral("files"), files}};
    if (format != QLatin1String("json"))
        manifest.insert(QStringLiteral("csv_formula_escape"),
                        QString::fromLatin1(ExportFileWriter::kFormulaEscapeNote));
    ExportFileWriter::writeWhole(zip, QStringLiteral("manifest.json"),
                                 QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    zip.close();
    if (zip.getZipError() != 0)
        throw ExportStorageError("cannot finish the export archive");
}

} // namespace pd::server
