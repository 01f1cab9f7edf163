#include "HttpRouter.h"

namespace pd::server {

void HttpRouter::add(const QByteArray &method, const QString &pathTemplate, Access access,
                     RouteHandler handler)
{
    m_routes.append(Route{method, pathTemplate, pathTemplate.split(QLatin1Char('/')), access,
                          std::move(handler)});
}

bool HttpRouter::matchSegments(const QStringList &pattern, const QStringList &path,
                               QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'))) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(p.mid(1, p.size() - 2), path.at(i));
        } else if (p != path.at(i)) {
            return false;
        }
    }
    return true;
}

HttpRouter::Match HttpRouter::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'));
    Match result;
    const Route *exact = nullptr;
    const Route *getForHead = nullptr;
    QHash<QString, QString> exactParams;
    QHash<QString, QString> getParams;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, segments, &params))
            continue;
        if (!exact && route.method == method) {
            exact = &route;
            exactParams = params;
        }
        // HEAD is served by the GET handler unless a HEAD route exists; the
        // server drops the body.
        if (!getForHead && method == "HEAD" && route.method == "GET") {
            getForHead = &route;
            getParams = params;
        }
        for (const QByteArray &allowed :
             {route.method, route.method == "GET" ? QByteArray("HEAD") : QByteArray()}) {
            if (!allowed.isEmpty() && !result.allowedMethods.contains(allowed))
                result.allowedMethods.append(allowed);
        }
    }
    const Route *chosen = exact ? exact : getForHead;
    if (chosen) {
        result.kind = Match::Kind::Found;
        result.handler = &chosen->handler;
        result.access = chosen->access;
        result.route = chosen->pathTemplate;
        result.params = exact ? exactParams : getParams;
    } else if (!result.allowedMethods.isEmpty()) {
        result.kind = Match::Kind::MethodNotAllowed;
    }
    return result;
}

QStringList HttpRouter::routeList() const
{
    QStringList list;
    for (const Route &route : m_routes)
        list.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pathTemplate);
    return list;
}

} // namespace pd::server
