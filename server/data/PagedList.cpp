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

} // namespace pd::server
