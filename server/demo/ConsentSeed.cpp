#include "ConsentSeed.h"

#include "SeedIds.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

namespace pd::server {

void ConsentSeed::seed(const Database &db, qint64 nowMs, const QString &accountId, int variant)
{
    seedCookies(db, nowMs, accountId, variant);
    seedGoogleAuthorizations(db, nowMs, accountId, variant);
    seedPreferences(db, nowMs, accountId, variant);
}

void ConsentSeed::seedCookies(const Database &db, qint64 nowMs, const QString &accountId,
                              int variant)
{
    struct Cookie {
        const char *name;
        const char *domain;
        const char *identifierPrefix; // nullptr: holds no identifier
        const char *purpose;
        const char *category;
        bool required;
        int lifetimeDays; // 0: session cookie
    };
    const Cookie cookies[] = {
        {"qcs_session", "www.qiscus.com", "s", "Keeps you signed in during a visit.",
         "strictly_necessary", true, 0},
        {"qcs_csrf", "www.qiscus.com", nullptr,
         "Protects forms against cross-site request forgery.", "strictly_necessary", true, 0},
        {"qcs_lb", "omnichannel.qiscus.com", "lb",
         "Routes your requests to the same server (load balancing).", "strictly_necessary", true,
         1},
        {"qcs_lang", "www.qiscus.com", nullptr, "Remembers the language you chose.", "functional",
         false, 365},
        {"qcs_widget_state", "omnichannel.qiscus.com", "w",
         "Restores the chat widget and conversation you had open.", "functional", false, 30},
        {"_ga", ".qiscus.com", "GA1.2",
         "Google Analytics: distinguishes visitors to measure how the Websites are used.",
         "analytics", false, 730},
        {"_gid", ".qiscus.com", "GA1.2", "Google Analytics: distinguishes visitors within a day.",
         "analytics", false, 1},
        {"hubspotutk", ".qiscus.com", "h", "HubSpot: links website visits to marketing contacts.",
         "marketing", false, 180},
        {"_fbp", ".qiscus.com", "fb.1",
         "Meta Pixel: measures advertising on Facebook and Instagram.", "marketing", false, 90},
    };
    int n = 0;
    for (const Cookie &cookie : cookies) {
        ++n;
        const qint64 firstSet = SeedIds::before(nowMs, n * 17 + variant * 5, 9 * SeedIds::kDayMs);
        QString identifier;
        if (cookie.identifierPrefix) {
            // Pseudonymous, derived from the row: never a real identifier.
            identifier = QString::fromLatin1(cookie.identifierPrefix) + QLatin1Char('.') +
                         QString::number((n * 2654435761LL + variant * 97) % 1000000000LL) +
                         QLatin1Char('.') + QString::number(firstSet / 1000);
        }
        // The first account declined marketing cookies, the second analytics.
        const bool consent = cookie.required || QLatin1String(cookie.category) !=
                                                    (variant % 2 == 0 ? QLatin1String("marketing")
                                                                      : QLatin1String("analytics"));
        db.run(QStringLiteral("INSERT INTO cookies (id, account_id, name, domain, identifier,"
                              " purpose, category, required, consent, first_set_at, expires_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {SeedIds::make("ck", accountId, n), accountId, QString::fromLatin1(cookie.name),
                QString::fromLatin1(cookie.domain), identifier, QString::fromUtf8(cookie.purpose),
                QString::fromLatin1(cookie.category), cookie.required ? 1 : 0, consent ? 1 : 0,
                firstSet,
                cookie.lifetimeDays == 0 ? QVariant()
                                         : QVariant(nowMs + cookie.lifetimeDays * SeedIds::kDayMs -
                                                    (n * 3 + variant) * SeedIds::kHourMs)});
    }
}

void ConsentSeed::seedGoogleAuthorizations(const Database &db, qint64 nowMs,
                                           const QString &accountId, int variant)
{
    struct Authorization {
        const char *client;
        QStringList scopes;
        int grantedDaysAgo;
        int lastUsedDaysAgo; // -1: never used
    };
    const QString base = QStringLiteral("https://www.googleapis.com/auth/");
    const Authorization authorizations[] = {
        {"Qiscus Omnichannel Chat: Google sign-in",
         {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")},
         610,
         1},
        {"Qiscus CRM: Google Calendar appointments",
         {QStringLiteral("openid"), base + QStringLiteral("calendar.events")},
         402,
         3},
        {"Qiscus Robolabs: Google Sheets knowledge base",
         {base + QStringLiteral("spreadsheets.readonly"), base + QStringLiteral("drive.file")},
         215,
         46},
        {"Qiscus App Center: Google Business Messages",
         {base + QStringLiteral("businessmessages")},
         33,
         -1},
    };
    int n = 0;
    for (const Authorization &authorization : authorizations) {
        ++n;
        if (variant % 2 == 1 && n > 2)
            break;
        const qint64 granted =
            nowMs - authorization.grantedDaysAgo * SeedIds::kDayMs - n * SeedIds::kHourMs;
        db.run(QStringLiteral("INSERT INTO google_authorizations (id, account_id, client_name,"
                              " scopes, granted_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)"),
               {SeedIds::make("ga", accountId, n), accountId,
                QString::fromUtf8(authorization.client),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(authorization.scopes))
                                      .toJson(QJsonDocument::Compact)),
                granted,
                authorization.lastUsedDaysAgo < 0
                    ? QVariant()
                    : QVariant(nowMs - authorization.lastUsedDaysAgo * SeedIds::kDayMs -
                               n * 7 * SeedIds::kMinuteMs)});
    }
}

void ConsentSeed::seedPreferences(const Database &db, qint64 nowMs, const QString &accountId,
                                  int variant)
{
    const bool first = variant % 2 == 0;
    db.run(QStringLiteral("INSERT INTO marketing_preferences (account_id, email, sms, whatsapp,"
                          " push, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
           {accountId, first ? 1 : 0, 0, first ? 1 : 0, first ? 0 : 1,
            nowMs - (first ? 142 : 61) * SeedIds::kDayMs});
    // The first account acknowledged the previous policy version only, so
    // the app has a new version to show.
    if (first) {
        db.run(QStringLiteral("INSERT INTO policy_acknowledgements (account_id, version,"
                              " acknowledged_at) VALUES (?, ?, ?)"),
               {accountId, QStringLiteral("2023.2"), nowMs - 395 * SeedIds::kDayMs});
    }
}

} // namespace pd::server
