#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

namespace pd::server {

class HttpRouter;

// Billing cards (masked) and data received from third parties.
class PersonalDataRoutes
{
public:
    explicit PersonalDataRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

private:
    HttpResponse billing(const HttpRequest &request) const;
    HttpResponse thirdPartyRecords(const HttpRequest &request) const;

    const ServerContext &m_context;
};

} // namespace pd::server
