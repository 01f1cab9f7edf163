#pragma once

#include "db/Paginator.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

namespace pd::server {

// Answers one page of a paginated list of the caller's rows.
class PagedList
{
public:
    static HttpResponse answer(const ServerContext &context, const HttpRequest &request,
                               const PageSource &source, const Paginator::RowMapper &mapRow);
    // The same, each row written straight as JSON (the large lists).
    static HttpResponse answer(const ServerContext &context, const HttpRequest &request,
                               const PageSource &source, const Paginator::RowWriter &writeRow);
};

} // namespace pd::server
