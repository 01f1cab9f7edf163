#include "MarketingRoutes.h"

#include "AccountActivity.h"
#include "DataJson.h"
#include "PolicyStatements.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"

#include <QSqlQuery>

namespace pd::server {

void MarketingRoutes::registerRoutes(HttpRouter &router) const
{
    const QString path = QStringLiteral("/api/v1/marketing-preferences");
    router.add("GET", path, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.get(request); });
    router.add("PUT", path, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.put(request); });
}

QStringList MarketingRoutes::channels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp"),
            QStringLiteral("push")};
}

QJsonObject MarketingRoutes::preferences(const QString &accountId) const
{
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT email, sms, whatsapp, push, updated_at FROM marketing_preferences"
                       " WHERE account_id = ?"),
        {accountId});
    const bool stored = query.next();
    QJsonObject channelObject;
    const QStringList names = channels();
    for (int i = 0; i < names.size(); ++i)
        channelObject.insert(names.at(i), stored && query.value(i).toInt() != 0);
    // Without a stored choice nothing was opted in to, and nothing changed.
    return QJsonObject{
        {QStringLiteral("channels"), channelObject},
        {QStringLiteral("administrative_messages_note"),
         PolicyStatements::administrativeMessages()},
        {QStringLiteral("updated_at"), stored ? DataJson::time(query.value(4)) : QJsonValue()},
    };
}

HttpResponse MarketingRoutes::get(const HttpRequest &request) const
{
    return HttpResponse::json(preferences(request.caller().accountId));
}

HttpResponse MarketingRoutes::put(const HttpRequest &request) const
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("channels")});
    const QJsonObject channelObject = reader.requiredObject(QStringLiteral("channels"));
    QVariantList values;
    if (body->value(QStringLiteral("channels")).isObject()) {
        FieldReader channelReader(channelObject, QStringLiteral("channels"));
        channelReader.rejectUnknown(channels());
        for (const QString &channel : channels())
            values << (channelReader.requiredBool(channel) ? 1 : 0);
        for (const FieldError &fieldError : channelReader.errors())
            reader.fail(fieldError.field, fieldError.message);
    }
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const QString &accountId = request.caller().accountId;
    Transaction transaction(m_context.db);
    const QJsonObject before = preferences(accountId);
    m_context.db.run(
        QStringLiteral("INSERT INTO marketing_preferences (email, sms, whatsapp, push, updated_at,"
                       " account_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE"
                       " SET email = excluded.email, sms = excluded.sms,"
                       " whatsapp = excluded.whatsapp, push = excluded.push,"
                       " updated_at = excluded.updated_at"),
        values + QVariantList{m_context.clock.nowMs(), accountId});
    QStringList changes;
    const QJsonObject previous = before.value(QStringLiteral("channels")).toObject();
    const QStringList names = channels();
    for (int i = 0; i < names.size(); ++i) {
        const QString &channel = names.at(i);
        if (previous.value(channel).toBool() != (values.at(i).toInt() != 0))
            changes << channel + (values.at(i).toInt() != 0 ? QStringLiteral(" on")
                                                            : QStringLiteral(" off"));
    }
    if (!changes.isEmpty()) {
        AccountActivity::record(m_context, request, QStringLiteral("marketing.preferences.changed"),
                                QStringLiteral("Marketing channels: ") +
                                    changes.join(QStringLiteral(", ")));
    }
    transaction.commit();
    return HttpResponse::json(preferences(accountId));
}

} // namespace pd::server
