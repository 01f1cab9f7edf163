#include "ProfileSeed.h"

#include "SeedIds.h"
#include "db/Database.h"

#include <QDateTime>
#include <QVariantList>

#include <span>

namespace pd::server {

void ProfileSeed::seed(const Database &db, qint64 nowMs, const QString &accountId, int variant)
{
    seedProfile(db, nowMs, accountId, variant);
    seedCards(db, accountId, variant);
    seedThirdPartyRecords(db, nowMs, accountId, variant);
    seedUsageCounters(db, accountId, variant);
}

void ProfileSeed::seedProfile(const Database &db, qint64 nowMs, const QString &accountId,
                              int variant)
{
    // Example domains and numbers from ranges set aside for fiction
    // (Ofcom's 07700 900xxx drama range for the UK).
    const QVariantList indonesian{
        QStringLiteral("Ayu Lestari"),
        QStringLiteral("Jl. Jenderal Sudirman Kav. 52-53"),
        QStringLiteral("Gedung Sentral Senayan II, Lt. 12"),
        QStringLiteral("Jakarta Selatan"),
        QStringLiteral("DKI Jakarta"),
        QStringLiteral("12190"),
        QStringLiteral("ID"),
        QStringLiteral("+6281234567890"),
        QStringLiteral("https://ayulestari.example.id"),
    };
    const QVariantList international{
        QStringLiteral("James Carter"),
        QStringLiteral("18 Queen's Road"),
        QStringLiteral("Flat 4"),
        QStringLiteral("London"),
        QStringLiteral("Greater London"),
        QStringLiteral("SW19 8LR"),
        QStringLiteral("GB"),
        QStringLiteral("+447700900123"),
        QString(),
    };
    QVariantList binds{accountId};
    binds << (variant % 2 == 0 ? indonesian : international);
    binds << nowMs - 87 * SeedIds::kDayMs - 3 * SeedIds::kHourMs;
    db.run(QStringLiteral("INSERT INTO profiles (account_id, full_name, address_line1,"
                          " address_line2, city, region, postal_code, country, phone, website,"
                          " updated_at, email_verified, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                          " ?, COALESCE(?, ''), ?, 1, 1)"),
           binds);
}

void ProfileSeed::seedCards(const Database &db, const QString &accountId, int variant)
{
    struct Card {
        const char *brand;
        const char *last4;
        int month;
        int yearsAhead;
    };
    const Card indonesian[] = {{"visa", "4821", 8, 2}, {"mastercard", "0397", 3, 1}};
    const Card international[] = {{"amex", "1007", 11, 3}};
    const QString holder =
        variant % 2 == 0 ? QStringLiteral("AYU LESTARI") : QStringLiteral("JAMES CARTER");
    // Expiry years follow a fixed base year, not the wall clock.
    const int baseYear = 2026;
    int n = 0;
    for (const Card &card : variant % 2 == 0 ? std::span<const Card>(indonesian)
                                             : std::span<const Card>(international)) {
        ++n;
        db.run(QStringLiteral("INSERT INTO billing_cards (id, account_id, brand, last4, exp_month,"
                              " exp_year, holder_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {SeedIds::make("card", accountId, n), accountId, QString::fromLatin1(card.brand),
                QString::fromLatin1(card.last4), card.month, baseYear + card.yearsAhead, holder});
    }
}

void ProfileSeed::seedThirdPartyRecords(const Database &db, qint64 nowMs, const QString &accountId,
                                        int variant)
{
    struct Record {
        const char *field;
        const char *value;
        const char *source;
    };
    const Record indonesian[] = {
        {"company", "PT Nusantara Digital Niaga", "LinkedIn Sales Navigator (partner lead import)"},
        {"job_title", "Customer Experience Lead", "LinkedIn Sales Navigator (partner lead import)"},
        {"industry", "E-commerce", "Clearbit (enrichment vendor)"},
        {"company_size", "51-200 employees", "Clearbit (enrichment vendor)"},
        {"interests", "chatbot, WhatsApp Business API, omnichannel",
         "Google Ads audience (agency)"},
        {"event_attendance", "Webinar: Omnichannel untuk UMKM",
         "Zoom Webinars (integrated service)"},
        {"phone", "+6281234567890", "Meta WhatsApp Business Platform (integrated service)"},
        {"city", "Jakarta Selatan", "HubSpot CRM (partner import)"},
        {"preferred_language", "id-ID", "HubSpot CRM (partner import)"},
        {"referral_partner", "PT Mitra Solusi Teknologi (reseller)", "Reseller referral form"},
        {"lead_score", "82", "HubSpot CRM (partner import)"},
        {"newsletter_source", "Tech in Asia event booth", "Event agency list"},
    };
    const Record international[] = {
        {"company", "Carter & Fields Ltd", "HubSpot CRM (partner import)"},
        {"job_title", "Head of Support", "LinkedIn Sales Navigator (partner lead import)"},
        {"industry", "Travel", "Clearbit (enrichment vendor)"},
        {"interests", "live chat, ticketing", "Google Ads audience (agency)"},
        {"event_attendance", "Webinar: Conversational support at scale",
         "Zoom Webinars (integrated service)"},
        {"country", "GB", "Clearbit (enrichment vendor)"},
    };
    int n = 0;
    for (const Record &record : variant % 2 == 0 ? std::span<const Record>(indonesian)
                                                 : std::span<const Record>(international)) {
        ++n;
        db.run(QStringLiteral("INSERT INTO third_party_records (account_id, field, value, source,"
                              " received_at) VALUES (?, ?, ?, ?, ?)"),
               {accountId, QString::fromUtf8(record.field), QString::fromUtf8(record.value),
                QString::fromUtf8(record.source), SeedIds::before(nowMs, n, 53 * SeedIds::kDayMs)});
    }
}

void ProfileSeed::seedUsageCounters(const Database &db, const QString &accountId, int variant)
{
    const bool first = variant % 2 == 0;
    db.run(QStringLiteral("INSERT INTO usage_counters (account_id, active_users, agents,"
                          " media_files, media_bytes) VALUES (?, ?, ?, ?, ?)"),
           {accountId, first ? 1842 : 126, first ? 14 : 3, first ? 3127 : 214,
            first ? Q_INT64_C(7945112371) : Q_INT64_C(412883200)});
}

} // namespace pd::server
