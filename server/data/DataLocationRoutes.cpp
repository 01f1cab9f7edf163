#include "DataLocationRoutes.h"

#include "DataJson.h"
#include "PolicyStatements.h"
#include "db/Database.h"
#include "http/HttpRouter.h"

#include <QSqlQuery>

namespace pd::server {

void DataLocationRoutes::registerRoutes(HttpRouter &router) const
{
    router.add(
        "GET", QStringLiteral("/api/v1/data-locations"), Access::Authenticated,
        [routes = *this](const HttpRequest &request) { return routes.dataLocations(request); });
    router.add("GET", QStringLiteral("/api/v1/sharing"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.sharing(request); });
}

HttpResponse DataLocationRoutes::dataLocations(const HttpRequest &) const
{
    QJsonArray regions;
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT id, name, country, is_primary, provider FROM storage_regions"
                       " ORDER BY is_primary DESC, id"));
    while (query.next()) {
        regions.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("name"), query.value(1).toString()},
            {QStringLiteral("country"), query.value(2).toString()},
            {QStringLiteral("primary"), query.value(3).toInt() != 0},
            {QStringLiteral("provider"), query.value(4).toString()},
        });
    }
    QJsonArray processors;
    query = m_context.db.run(
        QStringLiteral("SELECT name, purpose, regions, data_categories, since FROM processors"
                       " ORDER BY name"));
    while (query.next()) {
        processors.append(QJsonObject{
            {QStringLiteral("name"), query.value(0).toString()},
            {QStringLiteral("purpose"), query.value(1).toString()},
            {QStringLiteral("regions"), DataJson::array(query.value(2))},
            {QStringLiteral("data_categories"), DataJson::array(query.value(3))},
            {QStringLiteral("since"), DataJson::text(query.value(4))},
        });
    }
    // The reference deployment is hosted; on-premise installations are the
    // customer's responsibility, which the note spells out.
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("regions"), regions},
        {QStringLiteral("processors"), processors},
        {QStringLiteral("on_premise"), false},
        {QStringLiteral("note"), PolicyStatements::dataLocation()},
    });
}

HttpResponse DataLocationRoutes::sharing(const HttpRequest &) const
{
    QJsonArray recipients;
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT name, category, situation, data_categories, purpose, countries,"
                       " since FROM sharing_recipients ORDER BY category, name"));
    while (query.next()) {
        // A row from before migration 7 that nobody described yet says what
        // it is for in its situation.
        const QString purpose = query.value(4).toString();
        recipients.append(QJsonObject{
            {QStringLiteral("name"), query.value(0).toString()},
            {QStringLiteral("category"), query.value(1).toString()},
            {QStringLiteral("situation"), query.value(2).toString()},
            {QStringLiteral("data_categories"), DataJson::array(query.value(3))},
            {QStringLiteral("purpose"), purpose.isEmpty() ? query.value(2).toString() : purpose},
            {QStringLiteral("countries"), DataJson::array(query.value(5))},
            {QStringLiteral("since"), DataJson::text(query.value(6))},
        });
    }
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("recipients"), recipients},
                    {QStringLiteral("statement"), PolicyStatements::sharing()}});
}

} // namespace pd::server
