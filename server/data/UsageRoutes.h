#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "kernel/ServerContext.h"

#include <QHash>

namespace pd::server {

class HttpRouter;

// GET /usage: the account's counters and the last 30 UTC days of activity.
class UsageRoutes
{
public:
    static constexpr int kDays = 30;

    explicit UsageRoutes(const ServerContext &context)
        : m_context(context)
    {}
    void registerRoutes(HttpRouter &router) const;

private:
    HttpResponse usage(const HttpRequest &request) const;
    qint64 count(const QString &table, const QString &accountId) const;
    // Rows per UTC day (days since the epoch) in [firstDay, lastDay].
    QHash<qint64, qint64> perDay(const QString &table, const QString &timeColumn,
                                 const QString &accountId, qint64 firstDay, qint64 lastDay) const;

    const ServerContext &m_context;
};

} // namespace pd::server
