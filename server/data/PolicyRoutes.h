#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

#include <QJsonObject>

#include <optional>

namespace pd::server {

class HttpRouter;

// The current privacy policy and the caller's acknowledgement of it.
class PolicyRoutes
{
public:
    explicit PolicyRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

private:
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse acknowledge(const HttpRequest &request) const;
    // The Policy object for `accountId`; nullopt when no policy is published.
    std::optional<QJsonObject> policy(const QString &accountId) const;
    static HttpResponse noPolicy();

    const ServerContext &m_context;
};

} // namespace pd::server
