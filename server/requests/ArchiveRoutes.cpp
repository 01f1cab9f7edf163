#include "ArchiveRoutes.h"

#include "ByteRange.h"
#include "RequestStore.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"
#include "kernel/ServerContext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace pd::server {

ArchiveRoutes::ArchiveRoutes(const ServerContext &context, const RequestStore &store)
    : m_context(context)
    , m_store(store)
{}

void ArchiveRoutes::registerRoutes(HttpRouter &router)
{
    router.add("GET", QStringLiteral("/api/v1/requests/{id}/archive"), Access::Authenticated,
               [this](const HttpRequest &request) { return download(request); });
    router.add("GET", QStringLiteral("/api/v1/requests/{id}/archive/parts/{size}/{index}"),
               Access::Authenticated,
               [this](const HttpRequest &request) { return downloadPart(request); });
}

std::optional<ArchiveRoutes::Stored>
ArchiveRoutes::stored(const HttpRequest &request, RequestRecord *found, HttpResponse *problem) const
{
    const std::optional<RequestRecord> record =
        m_store.find(request.caller().accountId, request.param(QStringLiteral("id")));
    if (!record || record->type != QLatin1String("export")) {
        *problem = HttpResponse::problem(Problem::NotFound);
        return std::nullopt;
    }
    if (RequestStore::isOpen(record->status)) {
        *problem = HttpResponse::problem(Problem::Conflict,
                                         QStringLiteral("The export has not completed yet."));
        return std::nullopt;
    }
    // Rejected or cancelled: there is no archive and there never will be.
    if (record->status != QLatin1String("completed")) {
        *problem = HttpResponse::problem(
            Problem::NotFound,
            QStringLiteral("This export was not completed, so there is no archive to download; "
                           "its history says why."));
        return std::nullopt;
    }
    QSqlQuery row = m_context.db.run(
        QStringLiteral("SELECT path, sha256, expires_at FROM export_archives WHERE request_id = ?"),
        {record->id});
    // Twice its lifetime, as for refresh tokens: a clock set back a little
    // does not end every link, nor one set back far keep it for ever. Never
    // a count of downloads: a link works as often as it is needed.
    if (!row.next() || !Lifetime::alive(m_context.clock.nowMs(), row.value(2).toLongLong(),
                                        2 * m_context.config.archiveLifetimeMs())) {
        *problem =
            HttpResponse::problem(Problem::NotFound, QStringLiteral("The archive has expired."));
        return std::nullopt;
    }
    Stored archive{row.value(0).toString(), row.value(1).toString(), 0};
    row.finish();
    const QFileInfo file(archive.path);
    if (!file.isFile()) {
        *problem =
            HttpResponse::problem(Problem::NotFound, QStringLiteral("The archive has expired."));
        return std::nullopt;
    }
    archive.size = file.size();
    *found = *record;
    return archive;
}

HttpResponse ArchiveRoutes::download(const HttpRequest &request) const
{
    RequestRecord record;
    HttpResponse problem;
    const std::optional<Stored> archive = stored(request, &record, &problem);
    if (!archive)
        return problem;
    return serve(request, *archive, 0, archive->size, '"' + archive->sha256.toLatin1() + '"',
                 "privacy-export-" + record.id.toLatin1() + ".zip");
}

HttpResponse ArchiveRoutes::downloadPart(const HttpRequest &request) const
{
    RequestRecord record;
    HttpResponse problem;
    const std::optional<Stored> archive = stored(request, &record, &problem);
    if (!archive)
        return problem;
    // The parts the archive was hashed in when it was built (the request's
    // result), never sizes asked for afterwards: each part's checksum is
    // known before a byte of it is sent.
    const QString size = request.param(QStringLiteral("size"));
    const QString index = request.param(QStringLiteral("index"));
    const QJsonArray sets = record.result.toObject().value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &set : sets) {
        if (QString::number(set.toObject().value(QStringLiteral("part_size")).toInteger()) != size)
            continue;
        for (const QJsonValue &value : set.toObject().value(QStringLiteral("parts")).toArray()) {
            const QJsonObject part = value.toObject();
            if (QString::number(part.value(QStringLiteral("index")).toInt()) != index)
                continue;
            const qint64 offset = part.value(QStringLiteral("offset")).toInteger();
            const qint64 length = part.value(QStringLiteral("size_bytes")).toInteger();
            if (offset < 0 || length < 0 || offset + length > archive->size)
                break; // not the archive these parts were made of
            return serve(request, *archive, offset, length,
                         '"' + part.value(QStringLiteral("sha256")).toString().toLatin1() + '"',
                         "privacy-export-" + record.id.toLatin1() + ".zip." +
                             index.rightJustified(3, QLatin1Char('0')).toLatin1());
        }
    }
    return HttpResponse::problem(
        Problem::NotFound,
        QStringLiteral("This archive has no such part; the request's result lists its parts."));
}

HttpResponse ArchiveRoutes::serve(const HttpRequest &request, const Stored &archive, qint64 offset,
                                  qint64 size, const QByteArray &etag, const QByteArray &fileName)
{
    QByteArray rangeHeader = request.header("range");
    const QByteArray ifRange = request.header("if-range").trimmed();
    // Strong comparison; an HTTP-date never equals our entity tag.
    if (!ifRange.isEmpty() && ifRange != etag)
        rangeHeader.clear();
    const ByteRange range = ByteRange::parse(rangeHeader, size);

    HttpResponse response;
    if (range.kind() == ByteRange::Kind::Unsatisfiable) {
        response = HttpResponse::problem(
            Problem::RangeNotSatisfiable,
            QStringLiteral("Only one byte range within the archive's %1 bytes can be served.")
                .arg(size));
        response.setHeader("content-range", "bytes */" + QByteArray::number(size));
    } else if (range.kind() == ByteRange::Kind::Partial) {
        response = HttpResponse::file(206, "application/zip",
                                      {archive.path, offset + range.first(), range.length()});
        response.setHeader("content-range", "bytes " + QByteArray::number(range.first()) + '-' +
                                                QByteArray::number(range.last()) + '/' +
                                                QByteArray::number(size));
    } else {
        response = HttpResponse::file(200, "application/zip", {archive.path, offset, size});
    }
    response.setHeader("accept-ranges", "bytes");
    response.setHeader("etag", etag);
    response.setHeader("content-disposition", "attachment; filename=\"" + fileName + '"');
    return response;
}

} // namespace pd::server
