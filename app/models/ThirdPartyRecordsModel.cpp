#include "models/ThirdPartyRecordsModel.h"

namespace pd {

ThirdPartyRecordsModel::ThirdPartyRecordsModel(LocalStore *store, StartupGate *gate,
                                               QObject *parent)
    : CacheTableModel(store, tableSpec(), gate, parent)
{}

CacheTableSpec ThirdPartyRecordsModel::tableSpec()
{
    CacheTableSpec spec;
    spec.table = QStringLiteral("third_party_records");
    spec.ftsTable = QStringLiteral("third_party_records_fts");
    spec.timeColumn = ReceivedAt;
    // In the order of enum Column.
    spec.columns = {
        {QStringLiteral("received_at"), tr("Received"), CacheColumn::Kind::Timestamp},
        {QStringLiteral("field"), tr("About"), CacheColumn::Kind::Text},
        {QStringLiteral("value"), tr("Value"), CacheColumn::Kind::Text},
        {QStringLiteral("source"), tr("From"), CacheColumn::Kind::Text},
    };
    return spec;
}

} // namespace pd
