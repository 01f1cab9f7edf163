#include "models/LogsModel.h"

namespace pd {

LogsModel::LogsModel(LocalStore *store, StartupGate *gate, QObject *parent)
    : CacheTableModel(store, tableSpec(), gate, parent)
{}

CacheTableSpec LogsModel::tableSpec()
{
    CacheTableSpec spec;
    spec.table = QStringLiteral("logs");
    spec.ftsTable = QStringLiteral("logs_fts");
    spec.timeColumn = OccurredAt;
    // In the order of enum Column.
    spec.columns = {
        {QStringLiteral("occurred_at"), tr("When"), CacheColumn::Kind::Timestamp},
        {QStringLiteral("level"), tr("Level"), CacheColumn::Kind::Text},
        {QStringLiteral("event"), tr("Event"), CacheColumn::Kind::Text},
        {QStringLiteral("detail"), tr("Detail"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(detail, '')")},
        {QStringLiteral("ip_address"), tr("IP address"), CacheColumn::Kind::Text,
         QStringLiteral("ifnull(ip_address, '')")},
    };
    return spec;
}

} // namespace pd
