#include "PolicyRoutes.h"

#include "AccountActivity.h"
#include "DataJson.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"

#include <QSqlQuery>

namespace pd::server {

void PolicyRoutes::registerRoutes(HttpRouter &router) const
{
    router.add("GET", QStringLiteral("/api/v1/policy"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.get(request); });
    router.add(
        "POST", QStringLiteral("/api/v1/policy/acknowledge"), Access::Authenticated,
        [routes = *this](const HttpRequest &request) { return routes.acknowledge(request); });
}

std::optional<QJsonObject> PolicyRoutes::policy(const QString &accountId) const
{
    QSqlQuery current =
        m_context.db.run(QStringLiteral("SELECT version, last_updated, body FROM policy_versions"
                                        " ORDER BY published_at DESC, version DESC LIMIT 1"));
    if (!current.next())
        return std::nullopt;
    const QString version = current.value(0).toString();
    QSqlQuery acknowledged = m_context.db.run(
        QStringLiteral("SELECT version, acknowledged_at FROM policy_acknowledgements"
                       " WHERE account_id = ? ORDER BY acknowledged_at DESC, version DESC LIMIT 1"),
        {accountId});
    QJsonValue acknowledgedVersion(QJsonValue::Null);
    QJsonValue acknowledgedAt(QJsonValue::Null);
    if (acknowledged.next()) {
        acknowledgedVersion = acknowledged.value(0).toString();
        acknowledgedAt = DataJson::time(acknowledged.value(1));
    }
    return QJsonObject{
        {QStringLiteral("version"), version},
        {QStringLiteral("last_updated"), current.value(1).toString()},
        {QStringLiteral("text"), current.value(2).toString()},
        {QStringLiteral("acknowledged"), acknowledgedVersion.toString() == version},
        {QStringLiteral("acknowledged_version"), acknowledgedVersion},
        {QStringLiteral("acknowledged_at"), acknowledgedAt},
    };
}

HttpResponse PolicyRoutes::noPolicy()
{
    return HttpResponse::retryLater(Problem::Unavailable, 300,
                                    QStringLiteral("No privacy policy is published yet."));
}

HttpResponse PolicyRoutes::get(const HttpRequest &request) const
{
    const std::optional<QJsonObject> object = policy(request.caller().accountId);
    return object ? HttpResponse::json(*object) : noPolicy();
}

HttpResponse PolicyRoutes::acknowledge(const HttpRequest &request) const
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("version")});
    const QString version = reader.requiredString(QStringLiteral("version"), 100);
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const QString &accountId = request.caller().accountId;
    Transaction transaction(m_context.db);
    const std::optional<QJsonObject> current = policy(accountId);
    if (!current)
        return noPolicy();
    if (current->value(QStringLiteral("version")).toString() != version) {
        return HttpResponse::problem(
            Problem::Conflict,
            QStringLiteral("Version %1 is not the current privacy policy; read version %2 first.")
                .arg(version.left(100), current->value(QStringLiteral("version")).toString()));
    }
    // Acknowledging twice keeps the first time.
    QSqlQuery insert = m_context.db.run(
        QStringLiteral("INSERT INTO policy_acknowledgements (account_id, version, acknowledged_at)"
                       " VALUES (?, ?, ?) ON CONFLICT (account_id, version) DO NOTHING"),
        {accountId, version, m_context.clock.nowMs()});
    if (insert.numRowsAffected() == 1) {
        AccountActivity::record(
            m_context, request, QStringLiteral("policy.acknowledged"),
            QStringLiteral("Privacy policy version %1 acknowledged.").arg(version));
    }
    transaction.commit();
    return HttpResponse::json(*policy(accountId));
}

} // namespace pd::server
