#include "PagedList.h"

#include "kernel/Clock.h"

namespace pd::server {

HttpResponse PagedList::answer(const ServerContext &context, const HttpRequest &request,
                               const PageSource &source, const Paginator::RowMapper &mapRow)
{
    HttpResponse error;
    const std::optional<PageQuery> query = PageQuery::fromRequest(request, &error);
    if (!query)
        return error;
    return HttpResponse::json(Paginator::page(context.db, source, request.caller().accountId,
                                              *query, context.clock.nowMs(), mapRow));
}

HttpResponse PagedList::answer(const ServerContext &context, const HttpRequest &request,
                               const PageSource &source, const Paginator::RowWriter &writeRow)
{
    HttpResponse error;
    const std::optional<PageQuery> query = PageQuery::fromRequest(request, &error);
    if (!query)
        return error;
    return HttpResponse::bytes(200, QByteArrayLiteral("application/json; charset=utf-8"),
                               Paginator::pageJson(context.db, source, request.caller().accountId,
                                                   *query, context.clock.nowMs(), writeRow));
}

} // namespace pd::server
