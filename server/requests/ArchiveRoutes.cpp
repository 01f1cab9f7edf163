#include "ArchiveRoutes.h"

#include "ByteRange.h"
#include "RequestStore.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"
#include "kernel/ServerContext.h"

#include <QFileInfo>
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
}

HttpResponse ArchiveRoutes::download(const HttpRequest &request) const
{
    const std::optional<RequestRecord> record =
        m_store.find(request.caller().accountId, request.param(QStringLiteral("id")));
    if (!record || record->type != QLatin1String("export"))
        return HttpResponse::problem(Problem::NotFound);
    if (RequestStore::isOpen(record->status)) {
        return HttpResponse::problem(Problem::Conflict,
                                     QStringLiteral("The export has not completed yet."));
    }
    // Rejected or cancelled: there is no archive and there never will be.
    if (record->status != QLatin1String("completed")) {
        return HttpResponse::problem(
            Problem::NotFound,
            QStringLiteral("This export was not completed, so there is no archive to download; "
                           "its history says why."));
    }
    QSqlQuery row = m_context.db.run(
        QStringLiteral("SELECT path, sha256, expires_at FROM export_archives WHERE request_id = ?"),
        {record->id});
    // Twice its lifetime, as for refresh tokens: a clock set back a little
    // does not end every link, nor one set back far keep it for ever.
    if (!row.next() || !Lifetime::alive(m_context.clock.nowMs(), row.value(2).toLongLong(),
                                        2 * m_context.config.archiveLifetimeMs()))
        return HttpResponse::problem(Problem::NotFound, QStringLiteral("The archive has expired."));
    const QString path = row.value(0).toString();
    const QByteArray etag = '"' + row.value(1).toString().toLatin1() + '"';
    row.finish();
    const QFileInfo file(path);
    if (!file.isFile())
        return HttpResponse::problem(Problem::NotFound, QStringLiteral("The archive has expired."));
    const qint64 size = file.size();

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
        response =
            HttpResponse::file(206, "application/zip", {path, range.first(), range.length()});
        response.setHeader("content-range", "bytes " + QByteArray::number(range.first()) + '-' +
                                                QByteArray::number(range.last()) + '/' +
                                                QByteArray::number(size));
    } else {
        response = HttpResponse::file(200, "application/zip", {path, 0, size});
    }
    response.setHeader("accept-ranges", "bytes");
    response.setHeader("etag", etag);
    response.setHeader("content-disposition",
                       "attachment; filename=\"privacy-export-" + record->id.toLatin1() + ".zip\"");
    return response;
}

} // namespace pd::server
