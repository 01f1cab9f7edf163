#include "PagedList.h"

#include "db/PageReaders.h"
#include "kernel/Clock.h"

#include <QJsonDocument>

namespace pd::server {

HttpResponse PagedList::answer(const ServerContext &context, const HttpRequest &request,
                               const PageSource &source, const Paginator::RowMapper &mapRow)
{
    HttpResponse error;
    const std::optional<PageQuery> query = PageQuery::fromRequest(request, &error);
    if (!query)
        return error;
    const QString accountId = request.caller().accountId;
    const qint64 nowMs = context.clock.nowMs();
    if (!context.pageReaders) {
        return HttpResponse::json(
            Paginator::page(context.db, source, accountId, *query, nowMs, mapRow));
    }
    const QFuture<QByteArray> page = context.pageReaders->run(
        [source, accountId, query = *query, nowMs, mapRow](const Database &db) {
            return QJsonDocument(Paginator::page(db, source, accountId, query, nowMs, mapRow))
                .toJson(QJsonDocument::Compact);
        });
    return HttpResponse::after(QFuture<void>(page), [page] {
        return HttpResponse::bytes(200, QByteArrayLiteral("application/json; charset=utf-8"),
                                   page.result());
    });
}

HttpResponse PagedList::answer(const ServerContext &context, const HttpRequest &request,
                               const PageSource &source, const Paginator::RowWriter &writeRow)
{
    HttpResponse error;
    const std::optional<PageQuery> query = PageQuery::fromRequest(request, &error);
    if (!query)
        return error;
    const QByteArray json = QByteArrayLiteral("application/json; charset=utf-8");
    const QString accountId = request.caller().accountId;
    const qint64 nowMs = context.clock.nowMs();
    if (!context.pageReaders) {
        return HttpResponse::bytes(
            200, json, Paginator::pageJson(context.db, source, accountId, *query, nowMs, writeRow));
    }
    // Read on a page reader's thread and connection; the event loop goes on
    // with other connections meanwhile.
    const QFuture<QByteArray> page = context.pageReaders->run(
        [source, accountId, query = *query, nowMs, writeRow](const Database &db) {
            return Paginator::pageJson(db, source, accountId, query, nowMs, writeRow);
        });
    return HttpResponse::after(QFuture<void>(page), [page, json] {
        return HttpResponse::bytes(200, json, page.result());
    });
}

} // namespace pd::server
