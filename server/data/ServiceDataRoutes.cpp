#include "ServiceDataRoutes.h"

#include "DataJson.h"
#include "JsonWriter.h"
#include "PagedList.h"
#include "db/PageRow.h"
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
    source.rowCounted = true;
    source.columns = QStringLiteral(
        "id, started_at, duration_seconds, ip_address, city, region, country, browser,"
        " browser_version, device_type, language, page_title, page_url, referrer, next_site");
    source.timeColumn = QStringLiteral("started_at");
    source.searchColumns = {QStringLiteral("page_title"), QStringLiteral("page_url"),
                            QStringLiteral("city"),       QStringLiteral("region"),
                            QStringLiteral("country"),    QStringLiteral("browser")};
    // The largest list by far (a sync of a million visits reads it 500 rows
    // at a time): written straight as JSON, keys in sorted order.
    const Paginator::RowWriter writeRow = [](const PageRow &row, JsonWriter &json) {
        json.beginObject();
        json.key(QLatin1StringView("browser"));
        row.writeString(json, 7);
        json.key(QLatin1StringView("browser_version"));
        row.writeTextOrNull(json, 8);
        json.key(QLatin1StringView("device_type"));
        row.writeString(json, 9);
        json.key(QLatin1StringView("duration_seconds"));
        // 64-bit as stored (SQLite's INTEGER): toInt() wrapped anything past 2^31.
        json.integer(row.integer(2));
        json.key(QLatin1StringView("id"));
        row.writeString(json, 0);
        json.key(QLatin1StringView("ip_address"));
        row.writeString(json, 3);
        json.key(QLatin1StringView("language"));
        row.writeTextOrNull(json, 10);
        json.key(QLatin1StringView("location"));
        json.beginObject();
        json.key(QLatin1StringView("city"));
        row.writeTextOrNull(json, 4);
        json.key(QLatin1StringView("country"));
        row.writeTextOrNull(json, 6);
        json.key(QLatin1StringView("region"));
        row.writeTextOrNull(json, 5);
        json.endObject();
        json.key(QLatin1StringView("next_site"));
        row.writeTextOrNull(json, 14);
        json.key(QLatin1StringView("page_title"));
        row.writeString(json, 11);
        json.key(QLatin1StringView("page_url"));
        row.writeString(json, 12);
        json.key(QLatin1StringView("referrer"));
        row.writeTextOrNull(json, 13);
        json.key(QLatin1StringView("started_at"));
        json.apiTime(row.integer(1));
        json.endObject();
    };
    return PagedList::answer(m_context, request, source, writeRow);
}

HttpResponse ServiceDataRoutes::messages(const HttpRequest &request) const
{
    PageSource source;
    source.table = QStringLiteral("messages");
    source.rowCounted = true;
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
    source.rowCounted = true;
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
