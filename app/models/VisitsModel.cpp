#include "models/VisitsModel.h"

namespace pd {

VisitsModel::VisitsModel(LocalStore *store, StartupGate *gate, QObject *parent)
    : CacheTableModel(store, tableSpec(), gate, parent)
{}

CacheTableSpec VisitsModel::tableSpec()
{
    CacheTableSpec spec;
    spec.table = QStringLiteral("visits");
    spec.ftsTable = QStringLiteral("visits_fts");
    spec.timeColumn = StartedAt;
    // In the order of enum Column.
    spec.columns = {
        {QStringLiteral("started_at"), tr("Started"), CacheColumn::Kind::Timestamp},
        {QStringLiteral("duration_seconds"), tr("Duration (s)"), CacheColumn::Kind::Integer},
        {QStringLiteral("page_title"), tr("Page"), CacheColumn::Kind::Text},
        {QStringLiteral("page_url"), tr("Address"), CacheColumn::Kind::Text, {}, false},
        {QStringLiteral("browser"), tr("Browser"), CacheColumn::Kind::Text},
        {QStringLiteral("browser_version"), tr("Browser version"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(browser_version, '')"), false},
        {QStringLiteral("device_type"), tr("Device"), CacheColumn::Kind::Text},
        {QStringLiteral("city"), tr("City"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(city, '')")},
        {QStringLiteral("region"), tr("Region"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(region, '')"), false},
        {QStringLiteral("country"), tr("Country"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(country, '')"), false},
        {QStringLiteral("language"), tr("Language"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(language, '')")},
        {QStringLiteral("ip_address"), tr("IP address"), CacheColumn::Kind::Text},
        {QStringLiteral("referrer"), tr("Came from"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(referrer, '')")},
        {QStringLiteral("next_site"), tr("Went to"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(next_site, '')")},
    };
    return spec;
}

} // namespace pd
