#include "UsageRoutes.h"

#include "db/Database.h"
#include "http/HttpRouter.h"
#include "kernel/Clock.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace pd::server {

namespace {
constexpr qint64 kDayMs = 86400000;
}

void UsageRoutes::registerRoutes(HttpRouter &router) const
{
    router.add("GET", QStringLiteral("/api/v1/usage"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.usage(request); });
}

qint64 UsageRoutes::count(const QString &table, const QString &accountId) const
{
    // Kept by triggers (schema v5): counting a million visits took a
    // quarter of a second of the event loop.
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT row_count FROM list_row_counts WHERE account_id = ? AND list = ?"),
        {accountId, table});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QHash<qint64, qint64> UsageRoutes::perDay(const QString &table, const QString &timeColumn,
                                          const QString &accountId, qint64 firstDay,
                                          qint64 lastDay) const
{
    // Integer division buckets by UTC day inside the database, so only 30
    // rows cross the wire however many visits there are; the range condition
    // uses the (account_id, time) index.
    const QString bucket = QStringLiteral("(%1 / %2)").arg(timeColumn).arg(kDayMs);
    QSqlQuery query = m_context.db.run(
        QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE account_id = ? AND %3 >= ? AND %3 < ?"
                       " GROUP BY %1")
            .arg(bucket, table, timeColumn),
        {accountId, firstDay * kDayMs, (lastDay + 1) * kDayMs});
    QHash<qint64, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counts;
}

HttpResponse UsageRoutes::usage(const HttpRequest &request) const
{
    const QString &accountId = request.caller().accountId;
    const qint64 today = m_context.clock.nowMs() / kDayMs;
    const qint64 firstDay = today - (kDays - 1);
    const QHash<qint64, qint64> visits =
        perDay(QStringLiteral("visits"), QStringLiteral("started_at"), accountId, firstDay, today);
    const QHash<qint64, qint64> messages =
        perDay(QStringLiteral("messages"), QStringLiteral("sent_at"), accountId, firstDay, today);
    QJsonArray daily;
    for (qint64 day = firstDay; day <= today; ++day) {
        daily.append(QJsonObject{
            {QStringLiteral("date"),
             QDateTime::fromMSecsSinceEpoch(day * kDayMs, Qt::UTC).date().toString(Qt::ISODate)},
            {QStringLiteral("visits"), visits.value(day)},
            {QStringLiteral("messages"), messages.value(day)},
        });
    }

    qint64 activeUsers = 0, agents = 0, mediaFiles = 0, mediaBytes = 0;
    QSqlQuery counters = m_context.db.run(
        QStringLiteral("SELECT active_users, agents, media_files, media_bytes FROM usage_counters"
                       " WHERE account_id = ?"),
        {accountId});
    if (counters.next()) {
        activeUsers = counters.value(0).toLongLong();
        agents = counters.value(1).toLongLong();
        mediaFiles = counters.value(2).toLongLong();
        mediaBytes = counters.value(3).toLongLong();
    }
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("active_users"), activeUsers},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("media_files"), mediaFiles},
        {QStringLiteral("media_bytes"), mediaBytes},
        {QStringLiteral("visits"), count(QStringLiteral("visits"), accountId)},
        {QStringLiteral("messages"), count(QStringLiteral("messages"), accountId)},
        {QStringLiteral("daily"), daily},
    });
}

} // namespace pd::server
