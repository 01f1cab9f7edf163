#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

namespace pd::server {

class HttpRouter;

// The paginated time series recorded while the services are used: visits,
// messages and the activity log.
class ServiceDataRoutes
{
public:
    explicit ServiceDataRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

private:
    HttpResponse visits(const HttpRequest &request) const;
    HttpResponse messages(const HttpRequest &request) const;
    HttpResponse logs(const HttpRequest &request) const;

    const ServerContext &m_context;
};

} // namespace pd::server
