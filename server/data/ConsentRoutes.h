#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

#include <QJsonObject>

#include <optional>

namespace pd::server {

class HttpRouter;

// What the account holder has consented to: cookies and the applications
// authorized to use their Google data.
class ConsentRoutes
{
public:
    explicit ConsentRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

private:
    HttpResponse cookies(const HttpRequest &request) const;
    HttpResponse setCookieConsent(const HttpRequest &request) const;
    HttpResponse googleAuthorizations(const HttpRequest &request) const;
    HttpResponse revokeGoogleAuthorization(const HttpRequest &request) const;
    std::optional<QJsonObject> cookie(const QString &accountId, const QString &id) const;

    const ServerContext &m_context;
};

} // namespace pd::server
