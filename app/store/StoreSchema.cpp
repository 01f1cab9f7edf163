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

const FtsTableSpec *StoreSchema::ftsFor(const QString &table)
{
    for (const FtsTableSpec &spec : ftsTables()) {
        if (spec.table == table)
            return &spec;
    }
    return nullptr;
}

} // namespace pd
