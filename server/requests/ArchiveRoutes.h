#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

namespace pd::server {

struct ServerContext;
class HttpRouter;
class RequestStore;

// GET/HEAD /api/v1/requests/{id}/archive: the completed export's ZIP,
// streamed from disk, with single byte ranges and If-Range.
class ArchiveRoutes
{
public:
    ArchiveRoutes(const ServerContext &context, const RequestStore &store);
    void registerRoutes(HttpRouter &router);

private:
    HttpResponse download(const HttpRequest &request) const;

    const ServerContext &m_context;
    const RequestStore &m_store;
};

} // namespace pd::server
