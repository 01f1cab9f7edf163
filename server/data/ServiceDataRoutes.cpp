#include "ServiceDataRoutes.h"

#include "DataJson.h"
#include "PagedList.h"
#include "http/HttpRouter.h"
#include "kernel/Clock.h"

#include <QSqlQuery>

namespace pd::server {

void ServiceDataRoutes::registerRoutes(HttpRouter &router) const
{
    router.add("GET", QStringLiteral("/api/v1/visits"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.visits(request); });
    router.add("GET", QStringLiteral("/api/v1/messages"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.messages(request); });
    router.add("GET", QStringLiteral("/api/v1/logs"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.logs(request); });
}

HttpResponse ServiceDataRoutes::visits(const HttpRequest &request) const
{
    PageSource source;
    source.table = QStringLiteral("visits");
    source.columns = QStringLiteral(
        "id, started_at, duration_seconds, ip_address, city, region, country, browser,"
        " browser_version, device_type, language, page_title, page_url, referrer, next_site");
    source.timeColumn = QStringLiteral("started_at");
    source.searchColumns = {QStringLiteral("page_title"), QStringLiteral("page_url"),
                            QStringLiteral("city"),       QStringLiteral("region"),
                            QStringLiteral("country"),    QStringLiteral("browser")};
    return PagedList::answer(m_context, request, source, [](const QSqlQuery &row) {
        return QJsonObject{
            {QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("started_at"), toApiTime(row.value(1).toLongLong())},
            {QStringLiteral("duration_seconds"), row.value(2).toInt()},
            {QStringLiteral("ip_address"), row.value(3).toString()},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("city"), DataJson::text(row.value(4))},
                         {QStringLiteral("region"), DataJson::text(row.value(5))},
                         {QStringLiteral("country"), DataJson::text(row.value(6))}}},
            {QStringLiteral("browser"), row.value(7).toString()},
            {QStringLiteral("browser_version"), DataJson::text(row.value(8))},
            {QStringLiteral("device_type"), row.value(9).toString()},
            {QStringLiteral("language"), DataJson::text(row.value(10))},
            {QStringLiteral("page_title"), row.value(11).toString()},
            {QStringLiteral("page_url"), row.value(12).toString()},
            {QStringLiteral("referrer"), DataJson::text(row.value(13))},
            {QStringLiteral("next_site"), DataJson::text(row.value(14))},
        };
    });
}

HttpResponse ServiceDataRoutes::messages(const HttpRequest &request) const
{
    PageSource source;
    source.table = QStringLiteral("messages");
    source.columns = QStringLiteral("id, sent_at, channel, direction, counterpart, body");
    source.timeColumn = QStringLiteral("sent_at");
    source.searchColumns = {QStringLiteral("body"), QStringLiteral("counterpart"),
                            QStringLiteral("channel")};
    return PagedList::answer(m_context, request, source, [](const QSqlQuery &row) {
        return QJsonObject{
            {QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("sent_at"), toApiTime(row.value(1).toLongLong())},
            {QStringLiteral("channel"), row.value(2).toString()},
            {QStringLiteral("direction"), row.value(3).toString()},
            {QStringLiteral("counterpart"), row.value(4).toString()},
            {QStringLiteral("body"), row.value(5).toString()},
        };
    });
}

HttpResponse ServiceDataRoutes::logs(const HttpRequest &request) const
{
    PageSource source;
    source.table = QStringLiteral("logs");
    source.columns = QStringLiteral("id, occurred_at, level, event, detail, ip_address");
    source.timeColumn = QStringLiteral("occurred_at");
    source.searchColumns = {QStringLiteral("event"), QStringLiteral("detail")};
    return PagedList::answer(m_context, request, source, [](const QSqlQuery &row) {
        return QJsonObject{
            {QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("occurred_at"), toApiTime(row.value(1).toLongLong())},
            {QStringLiteral("level"), row.value(2).toString()},
            {QStringLiteral("event"), row.value(3).toString()},
            {QStringLiteral("detail"), DataJson::text(row.value(4))},
            {QStringLiteral("ip_address"), DataJson::text(row.value(5))},
        };
    });
}

} // namespace pd::server
