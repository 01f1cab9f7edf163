#include "ConsentRoutes.h"

#include "AccountActivity.h"
#include "DataJson.h"
#include "PolicyStatements.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace pd::server {

namespace {

const QString kCookieColumns = QStringLiteral(
    "id, name, domain, identifier, purpose, category, required, consent, first_set_at,"
    " expires_at");

QJsonObject cookieJson(const QSqlQuery &row)
{
    const bool required = row.value(6).toInt() != 0;
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("name"), row.value(1).toString()},
        {QStringLiteral("domain"), row.value(2).toString()},
        {QStringLiteral("identifier"), DataJson::text(row.value(3))},
        {QStringLiteral("purpose"), row.value(4).toString()},
        {QStringLiteral("category"), row.value(5).toString()},
        {QStringLiteral("required"), required},
        {QStringLiteral("consent"), required || row.value(7).toInt() != 0},
        {QStringLiteral("first_set_at"), DataJson::time(row.value(8))},
        {QStringLiteral("expires_at"), DataJson::time(row.value(9))},
    };
}

} // namespace

void ConsentRoutes::registerRoutes(HttpRouter &router) const
{
    router.add("GET", QStringLiteral("/api/v1/cookies"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.cookies(request); });
    router.add(
        "PUT", QStringLiteral("/api/v1/cookies/{id}/consent"), Access::Authenticated,
        [routes = *this](const HttpRequest &request) { return routes.setCookieConsent(request); });
    router.add("GET", QStringLiteral("/api/v1/google-authorizations"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) {
                   return routes.googleAuthorizations(request);
               });
    router.add("DELETE", QStringLiteral("/api/v1/google-authorizations/{id}"),
               Access::Authenticated, [routes = *this](const HttpRequest &request) {
                   return routes.revokeGoogleAuthorization(request);
               });
}

HttpResponse ConsentRoutes::cookies(const HttpRequest &request) const
{
    QSqlQuery query = m_context.db.run(QStringLiteral("SELECT %1 FROM cookies WHERE account_id = ?"
                                                      " ORDER BY required DESC, category, name, id")
                                           .arg(kCookieColumns),
                                       {request.caller().accountId});
    QJsonArray items;
    while (query.next())
        items.append(cookieJson(query));
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

std::optional<QJsonObject> ConsentRoutes::cookie(const QString &accountId, const QString &id) const
{
    QSqlQuery query =
        m_context.db.run(QStringLiteral("SELECT %1 FROM cookies WHERE id = ? AND account_id = ?")
                             .arg(kCookieColumns),
                         {id, accountId});
    if (!query.next())
        return std::nullopt;
    return cookieJson(query);
}

HttpResponse ConsentRoutes::setCookieConsent(const HttpRequest &request) const
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("granted")});
    const bool granted = reader.requiredBool(QStringLiteral("granted"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const QString &accountId = request.caller().accountId;
    const QString id = request.param(QStringLiteral("id"));
    Transaction transaction(m_context.db);
    const std::optional<QJsonObject> current = cookie(accountId, id);
    if (!current)
        return HttpResponse::problem(Problem::NotFound, QStringLiteral("There is no such cookie."));
    const QString name = current->value(QStringLiteral("name")).toString();
    if (current->value(QStringLiteral("required")).toBool()) {
        if (!granted) {
            return HttpResponse::problem(
                Problem::Conflict,
                QStringLiteral("The %1 cookie is strictly necessary; consent cannot be withdrawn.")
                    .arg(name));
        }
        return HttpResponse::json(*current);
    }
    if (current->value(QStringLiteral("consent")).toBool() != granted) {
        m_context.db.run(
            QStringLiteral("UPDATE cookies SET consent = ? WHERE id = ? AND account_id = ?"),
            {granted ? 1 : 0, id, accountId});
        AccountActivity::record(
            m_context, request, QStringLiteral("cookie.consent.changed"),
            QStringLiteral("Consent for the %1 cookie %2.")
                .arg(name, granted ? QStringLiteral("granted") : QStringLiteral("withdrawn")));
    }
    transaction.commit();
    return HttpResponse::json(*cookie(accountId, id));
}

HttpResponse ConsentRoutes::googleAuthorizations(const HttpRequest &request) const
{
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT id, client_name, scopes, granted_at, last_used_at"
                       " FROM google_authorizations WHERE account_id = ? AND revoked_at IS NULL"
                       " ORDER BY granted_at DESC, id"),
        {request.caller().accountId});
    QJsonArray items;
    while (query.next()) {
        items.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("client_name"), query.value(1).toString()},
            {QStringLiteral("scopes"), DataJson::array(query.value(2))},
            {QStringLiteral("granted_at"), toApiTime(query.value(3).toLongLong())},
            {QStringLiteral("last_used_at"), DataJson::time(query.value(4))},
        });
    }
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("limited_use_statement"), PolicyStatements::googleLimitedUse()}});
}

HttpResponse ConsentRoutes::revokeGoogleAuthorization(const HttpRequest &request) const
{
    const QString &accountId = request.caller().accountId;
    const QString id = request.param(QStringLiteral("id"));
    Transaction transaction(m_context.db);
    QSqlQuery client =
        m_context.db.run(QStringLiteral("SELECT client_name FROM google_authorizations"
                                        " WHERE id = ? AND account_id = ? AND revoked_at IS NULL"),
                         {id, accountId});
    if (!client.next()) {
        return HttpResponse::problem(Problem::NotFound,
                                     QStringLiteral("There is no such active authorization."));
    }
    const QString clientName = client.value(0).toString();
    m_context.db.run(QStringLiteral("UPDATE google_authorizations SET revoked_at = ?"
                                    " WHERE id = ? AND account_id = ?"),
                     {m_context.clock.nowMs(), id, accountId});
    AccountActivity::record(
        m_context, request, QStringLiteral("google_authorization.revoked"),
        QStringLiteral("Access of %1 to your Google data was revoked.").arg(clientName));
    transaction.commit();
    return HttpResponse::noContent();
}

} // namespace pd::server
