#include "LogSeed.h"

#include "SeedIds.h"
#include "db/Database.h"

#include <iterator>

namespace pd::server {

namespace {

struct Event {
    const char *level;
    const char *event;
    const char *detail; // nullptr: none
    bool hasAddress;
};

// Weighted by repetition: sign-ins dominate a real log.
const Event kEvents[] = {
    {"info", "session.created", "Signed in with password and two-factor code on Chrome (Windows)",
     true},
    {"info", "session.created", "Signed in with password on Safari (iPhone)", true},
    {"info", "session.ended", "Signed out", true},
    {"warning", "auth.password.failed", "Wrong password", true},
    {"info", "session.created", "Signed in with Google", true},
    {"notice", "profile.updated", "Changed: phone", true},
    {"info", "request.export.completed", "Export of profile, messages and visits is ready", false},
    {"info", "cookie.consent.changed", "Consent for the _fbp cookie withdrawn.", true},
    {"info", "session.created", "Signed in with password on Firefox (Ubuntu)", true},
    {"warning", "auth.sign_in.throttled", "Too many attempts; sign-in paused for 15 minutes", true},
    {"security", "auth.totp.enabled", "Two-factor authentication turned on", true},
    {"info", "billing.card.added",
     "A card ending in the last four digits shown under Billing was added", true},
    {"notice", "system.backup.completed", "Nightly backup of your workspace completed", false},
    {"error", "integration.whatsapp.delivery_failed",
     "A WhatsApp template message could not be delivered (template rejected)", false},
    {"info", "agent.invited", "An agent was invited to your workspace", true},
    {"info", "session.expired", nullptr, false},
    {"security", "auth.password.changed", "Password changed; other sessions were signed out", true},
};

// Documentation address ranges (RFC 5737, RFC 3849): realistic shape, never
// a real person's address.
const char *const kAddresses[] = {"203.0.113.24", "198.51.100.7", "192.0.2.146",
                                  "2001:db8:85a3::8a2e:370:7334", "203.0.113.181"};

} // namespace

void LogSeed::seed(const Database &db, qint64 nowMs, const QString &accountId, int variant)
{
    const int count = variant % 2 == 0 ? 260 : 90;
    const qint64 step = 730 * SeedIds::kDayMs / count;
    QSqlQuery &insert = db.prepared(
        QStringLiteral("INSERT INTO logs (account_id, occurred_at, level, event, detail,"
                       " ip_address) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int n = 0; n < count; ++n) {
        // Stride 7 (coprime with the list length) varies neighbouring rows.
        const Event &event = kEvents[(n * 7 + variant) % std::size(kEvents)];
        // Empty, not NULL: the columns are NOT NULL and "" reads as absent.
        const QString address =
            event.hasAddress ? QString::fromLatin1(kAddresses[(n / 3) % std::size(kAddresses)])
                             : QStringLiteral("");
        Database::exec(insert, {accountId, SeedIds::before(nowMs, n + 1, step),
                                QString::fromLatin1(event.level), QString::fromLatin1(event.event),
                                event.detail ? QString::fromUtf8(event.detail) : QStringLiteral(""),
                                address});
    }
}

} // namespace pd::server
