#include "ExportBuilder.h"

#include "ExportCategories.h"
#include "ExportFileWriter.h"
#include "RequestStore.h"
#include "kernel/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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
    // Written under a temporary name so a crash never leaves a truncated
    // archive where a download would find it.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        writeArchive(partial, request, nowMs);
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw std::runtime_error("cannot move the export archive into place");
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read back the export archive");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        throw std::runtime_error("cannot hash the export archive");
    return ExportArchiveFile{path, file.size(), QString::fromLatin1(hash.result().toHex())};
}

void ExportBuilder::writeArchive(const QString &path, const RequestRecord &request,
                                 qint64 nowMs) const
{
    const QString format = request.payload.value(QStringLiteral("format")).toString();
    QList<ExportFileWriter::Format> formats;
    if (format != QLatin1String("csv"))
        formats << ExportFileWriter::Format::Json;
    if (format != QLatin1String("json"))
        formats << ExportFileWriter::Format::Csv;

    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        throw std::runtime_error("cannot create the export archive");
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
        throw std::runtime_error("cannot finish the export archive");
}

} // namespace pd::server
