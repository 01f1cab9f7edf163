#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

#include <QJsonObject>

namespace pd::server {

class HttpRouter;

// Marketing opt-ins per channel. Administrative messages are not covered by
// them (the policy), which every answer says.
class MarketingRoutes
{
public:
    explicit MarketingRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

    static QStringList channels();

private:
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse put(const HttpRequest &request) const;
    QJsonObject preferences(const QString &accountId) const;

    const ServerContext &m_context;
};

} // namespace pd::server
