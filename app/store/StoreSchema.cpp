#include "store/StoreSchema.h"

#include "store/StoreMigrations.h"

namespace pd {

int StoreSchema::latestVersion()
{
    return StoreMigrations::latestVersion();
}

const QStringList &StoreSchema::accountTables()
{
    static const QStringList tables = {
        QStringLiteral("profile"),
        QStringLiteral("billing"),
        QStringLiteral("third_party_records"),
        QStringLiteral("visits"),
        QStringLiteral("messages"),
        QStringLiteral("logs"),
        QStringLiteral("cookies"),
        QStringLiteral("google_authorizations"),
        QStringLiteral("sessions"),
        QStringLiteral("requests"),
        QStringLiteral("sync_state"),
        QStringLiteral("outbox"),
    };
    return tables;
}

const QList<FtsTableSpec> &StoreSchema::ftsTables()
{
    static const QList<FtsTableSpec> specs = {
        {QStringLiteral("visits"),
         QStringLiteral("visits_fts"),
         {QStringLiteral("page_title"), QStringLiteral("page_url"), QStringLiteral("city"),
          QStringLiteral("region"), QStringLiteral("country"), QStringLiteral("browser")}},
        {QStringLiteral("messages"),
         QStringLiteral("messages_fts"),
         {QStringLiteral("counterpart"), QStringLiteral("body")}},
        {QStringLiteral("logs"),
         QStringLiteral("logs_fts"),
         {QStringLiteral("event"), QStringLiteral("detail")}},
        {QStringLiteral("third_party_records"),
         QStringLiteral("third_party_records_fts"),
         {QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("source")}},
    };
    return specs;
}

const QList<SortIndexSpec> &StoreSchema::sortIndexes()
{
    static const QList<SortIndexSpec> specs = [] {
        // name, table, indexed expression: as in StoreMigrations version 2.
        const char *const list[][3] = {
            {"visits_duration", "visits", "(duration_seconds)"},
            {"visits_page_title", "visits", "(page_title)"},
            {"visits_ip_address", "visits", "(ip_address)"},
            {"visits_browser", "visits", "(browser)"},
            {"visits_device_type", "visits", "(device_type)"},
            {"visits_city", "visits", "(ifnull(city, ''))"},
            {"visits_language", "visits", "(ifnull(language, ''))"},
            {"visits_referrer", "visits", "(ifnull(referrer, ''))"},
            {"visits_next_site", "visits", "(ifnull(next_site, ''))"},
            {"messages_channel", "messages", "(channel)"},
            {"messages_direction", "messages", "(direction)"},
            {"messages_counterpart", "messages", "(counterpart)"},
            {"messages_body", "messages", "(body)"},
            {"logs_level", "logs", "(level)"},
            {"logs_event", "logs", "(event)"},
            {"logs_detail", "logs", "(ifnull(detail, ''))"},
            {"logs_ip_address", "logs", "(ifnull(ip_address, ''))"},
            {"third_party_records_field", "third_party_records", "(field)"},
            {"third_party_records_value", "third_party_records", "(value)"},
            {"third_party_records_source", "third_party_records", "(source)"},
        };
        QList<SortIndexSpec> all;
        for (const auto &entry : list)
            all.append({QLatin1StringView(entry[0]), QLatin1StringView(entry[1]),
                        QLatin1StringView(entry[2])});
        return all;
    }();
    return specs;
}

const FtsTableSpec *StoreSchema::ftsFor(const QString &table)
{
    for (const FtsTableSpec &spec : ftsTables()) {
        if (spec.table == table)
            return &spec;
    }
    return nullptr;
}

} // namespace pd
