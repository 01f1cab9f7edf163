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
        // name, table, indexed expression; StoreMigrations version 2 creates them.
        const char *const list[][3] = {
            {"visits_duration", "visits", "(duration_seconds, row_id, started_at)"},
            {"visits_page_title", "visits", "(page_title, row_id, started_at)"},
            {"visits_ip_address", "visits", "(ip_address, row_id, started_at)"},
            {"visits_browser", "visits", "(browser, row_id, started_at)"},
            {"visits_device_type", "visits", "(device_type, row_id, started_at)"},
            {"visits_city", "visits", "(ifnull(city, ''), row_id, started_at)"},
            {"visits_language", "visits", "(ifnull(language, ''), row_id, started_at)"},
            {"visits_referrer", "visits", "(ifnull(referrer, ''), row_id, started_at)"},
            {"visits_next_site", "visits", "(ifnull(next_site, ''), row_id, started_at)"},
            {"messages_channel", "messages", "(channel, row_id, sent_at)"},
            {"messages_direction", "messages", "(direction, row_id, sent_at)"},
            {"messages_counterpart", "messages", "(counterpart, row_id, sent_at)"},
            {"messages_body", "messages", "(body, row_id, sent_at)"},
            {"logs_level", "logs", "(level, row_id, occurred_at)"},
            {"logs_event", "logs", "(event, row_id, occurred_at)"},
            {"logs_detail", "logs", "(ifnull(detail, ''), row_id, occurred_at)"},
            {"logs_ip_address", "logs", "(ifnull(ip_address, ''), row_id, occurred_at)"},
            {"third_party_records_field", "third_party_records", "(field, row_id, received_at)"},
            {"third_party_records_value", "third_party_records", "(value, row_id, received_at)"},
            {"third_party_records_source", "third_party_records", "(source, row_id, received_at)"},
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
