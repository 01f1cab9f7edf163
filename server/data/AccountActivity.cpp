#include "AccountActivity.h"

#include "auth/ClientInfo.h"
#include "db/Database.h"
#include "kernel/Clock.h"
#include "kernel/ServerContext.h"

namespace pd::server {

void AccountActivity::record(const ServerContext &context, const HttpRequest &request,
                             const QString &event, const QString &detail)
{
    context.db.run(QStringLiteral("INSERT INTO logs (account_id, occurred_at, level, event, detail,"
                                  " ip_address) VALUES (?, ?, 'info', ?, ?, ?)"),
                   {request.caller().accountId, context.clock.nowMs(), event, detail,
                    ClientInfo::fromRequest(request).ipAddress});
}

} // namespace pd::server
