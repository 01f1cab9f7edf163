#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pd::server {

enum class Access { Public, Authenticated };

using RouteHandler = std::function<HttpResponse(const HttpRequest &)>;

// Maps (method, path) to a handler. Templates use OpenAPI syntax
// (`/api/v1/requests/{id}`) so the matched template doubles as the key into
// docs/api/openapi.yaml when responses are recorded for contract checks.
class HttpRouter
{
public:
    struct Match {
        enum class Kind { Found, NotFound, MethodNotAllowed } kind = Kind::NotFound;
        const RouteHandler *handler = nullptr;
        Access access = Access::Public;
        QString route;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; // for 405
    };

    void add(const QByteArray &method, const QString &pathTemplate, Access access,
             RouteHandler handler);
    Match match(const QByteArray &method, const QString &path) const;
    // Every registered "METHOD template", for documentation checks.
    QStringList routeList() const;

private:
    struct Route {
        QByteArray method;
        QString pathTemplate;
        QStringList segments;
        Access access;
        RouteHandler handler;
    };
    static bool matchSegments(const QStringList &pattern, const QStringList &path,
                              QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace pd::server
