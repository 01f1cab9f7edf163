#include "SecurityLog.h"

#include "db/Database.h"
#include "kernel/Clock.h"

namespace pd::server {

SecurityLog::SecurityLog(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

void SecurityLog::write(const QString &accountId, const char *event, const QString &detail,
                        const QString &ipAddress) const
{
    m_db.run(QStringLiteral("INSERT INTO logs (account_id, occurred_at, level, event, detail,"
                            " ip_address) VALUES (?, ?, 'security', ?, ?, ?)"),
             {accountId, m_clock.nowMs(), QString::fromLatin1(event), detail, ipAddress});
}

} // namespace pd::server
