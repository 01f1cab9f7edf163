#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

namespace pd::server {

class HttpRouter;

// Deployment-wide facts every account may see: where data is stored and
// processed, and with whom it is shared.
class DataLocationRoutes
{
public:
    explicit DataLocationRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

private:
    HttpResponse dataLocations(const HttpRequest &request) const;
    HttpResponse sharing(const HttpRequest &request) const;

    const ServerContext &m_context;
};

} // namespace pd::server
