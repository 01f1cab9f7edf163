#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

namespace pd::server {

class HttpRouter;

// GET and PATCH /profile: the profile with a strong ETag, and JSON merge
// patches guarded by If-Match.
class ProfileRoutes
{
public:
    explicit ProfileRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

    // RFC 9110 If-Match evaluation with strong comparison.
    static bool ifMatchAccepts(const QByteArray &ifMatch, const QByteArray &etag);

private:
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse patch(const HttpRequest &request) const;

    const ServerContext &m_context;
};

} // namespace pd::server
