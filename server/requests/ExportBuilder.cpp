#include "ExportBuilder.h"

#include "ExportCategories.h"
#include "ExportFileWriter.h"
#include "ExportHtmlWriter.h"
#include "ExportStorageError.h"
#include "RequestStore.h"
#include "kernel/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <quazip/quazip.h>

#include <deque>
#include <stdexcept>

namespace pd::server {

ExportBuilder::ExportBuilder(const Database &db, QString directory, QList<qint64> partSizes,
                             qint64 htmlRowsPerPage)
    : m_db(db)
    , m_directory(std::move(directory))
    , m_partSizes(std::move(partSizes))
    , m_htmlRowsPerPage(htmlRowsPerPage)
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

    ExportArchiveFile archive{path, 0, {}, {}};
    hash(archive);
    return archive;
}

void ExportBuilder::hash(ExportArchiveFile &archive) const
{
    QFile written(archive.path);
    if (!written.open(QIODevice::ReadOnly))
        throw ExportStorageError("cannot read back the export archive");
    const qint64 size = written.size();
    // One running hash per part size: the archive is read once however many
    // sizes are offered.
    struct PartSet {
        explicit PartSet(qint64 size)
            : partSize(size)
        {}
        qint64 partSize;
        QCryptographicHash hash{QCryptographicHash::Sha256};
        qint64 partStart = 0;
        QJsonArray parts;
    };
    std::deque<PartSet> sets; // a hash can be neither copied nor moved
    for (const qint64 partSize : m_partSizes) {
        if (partSize > 0 && partSize < size)
            sets.emplace_back(partSize);
    }
    const auto endPart = [](PartSet &set, qint64 end) {
        set.parts.append(QJsonObject{
            {QStringLiteral("index"), set.parts.size() + 1},
            {QStringLiteral("offset"), set.partStart},
            {QStringLiteral("size_bytes"), end - set.partStart},
            {QStringLiteral("sha256"), QString::fromLatin1(set.hash.result().toHex())}});
        set.hash.reset();
        set.partStart = end;
    };
    QCryptographicHash whole(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 offset = 0;
    while (offset < size) {
        if (offset > 0 && m_pace)
            m_pace();
        const qint64 count = written.read(buffer.data(), buffer.size());
        if (count <= 0)
            throw ExportStorageError("cannot hash the export archive");
        whole.addData(QByteArrayView(buffer.constData(), count));
        for (PartSet &set : sets) {
            qint64 at = 0;
            while (at < count) {
                const qint64 room = set.partStart + set.partSize - (offset + at);
                const qint64 take = qMin(room, count - at);
                set.hash.addData(QByteArrayView(buffer.constData() + at, take));
                at += take;
                if (take == room)
                    endPart(set, offset + at);
            }
        }
        offset += count;
    }
    archive.sizeBytes = size;
    archive.sha256 = QString::fromLatin1(whole.result().toHex());
    for (PartSet &set : sets) {
        if (set.partStart < size)
            endPart(set, size);
        archive.partSets.append(QJsonObject{{QStringLiteral("part_size"), set.partSize},
                                            {QStringLiteral("parts"), set.parts}});
    }
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
    QJsonArray readable;
    ExportHtmlWriter html(zip, request.accountId, m_htmlRowsPerPage, m_pace);
    const auto describe = [](const ExportFileEntry &entry) {
        return QJsonObject{{QStringLiteral("path"), entry.path},
                           {QStringLiteral("sha256"), entry.sha256},
                           {QStringLiteral("size_bytes"), entry.sizeBytes},
                           {QStringLiteral("rows"), entry.rows}};
    };
    const QJsonArray categories = request.payload.value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &name : categories) {
        const ExportCategory *category = ExportCategories::find(name.toString());
        if (!category)
            throw std::runtime_error("unknown export category");
        for (const ExportFileWriter::Format fileFormat : std::as_const(formats)) {
            const ExportFileEntry entry = ExportFileWriter::write(
                zip, m_db, *category, request.accountId, fileFormat, m_pace);
            files.append(describe(entry));
        }
        for (const ExportFileEntry &page : html.writeCategory(m_db, *category))
            readable.append(describe(page));
    }
    readable.prepend(describe(html.writeIndex(toApiTime(nowMs))));
    QJsonObject manifest{{QStringLiteral("account_id"), request.accountId},
                         {QStringLiteral("created_at"), toApiTime(nowMs)},
                         {QStringLiteral("format"), format},
                         {QStringLiteral("files"), files},
                         {QStringLiteral("readable"), readable}};
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
