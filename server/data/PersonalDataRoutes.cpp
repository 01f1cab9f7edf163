#include "PersonalDataRoutes.h"

#include "PagedList.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "kernel/Clock.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace pd::server {

void PersonalDataRoutes::registerRoutes(HttpRouter &router) const
{
    router.add("GET", QStringLiteral("/api/v1/billing"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.billing(request); });
    router.add(
        "GET", QStringLiteral("/api/v1/third-party-records"), Access::Authenticated,
        [routes = *this](const HttpRequest &request) { return routes.thirdPartyRecords(request); });
}

HttpResponse PersonalDataRoutes::billing(const HttpRequest &request) const
{
    // Only the masked columns exist: a full card number is never stored.
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT id, brand, last4, exp_month, exp_year, holder_name"
                       " FROM billing_cards WHERE account_id = ? ORDER BY exp_year DESC,"
                       " exp_month DESC, id"),
        {request.caller().accountId});
    QJsonArray cards;
    while (query.next()) {
        cards.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("brand"), query.value(1).toString()},
            {QStringLiteral("last4"), query.value(2).toString()},
            {QStringLiteral("exp_month"), query.value(3).toInt()},
            {QStringLiteral("exp_year"), query.value(4).toInt()},
            {QStringLiteral("holder_name"), query.value(5).toString()},
        });
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("cards"), cards}});
}

HttpResponse PersonalDataRoutes::thirdPartyRecords(const HttpRequest &request) const
{
    PageSource source;
    source.table = QStringLiteral("third_party_records");
    source.columns = QStringLiteral("id, field, value, source, received_at");
    source.timeColumn = QStringLiteral("received_at");
    source.searchColumns = {QStringLiteral("field"), QStringLiteral("value"),
                            QStringLiteral("source")};
    return PagedList::answer(m_context, request, source, [](const QSqlQuery &row) {
        return QJsonObject{
            {QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("field"), row.value(1).toString()},
            {QStringLiteral("value"), row.value(2).toString()},
            {QStringLiteral("source"), row.value(3).toString()},
            {QStringLiteral("received_at"), toApiTime(row.value(4).toLongLong())},
        };
    });
}

} // namespace pd::server
