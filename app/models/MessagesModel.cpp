#include "models/MessagesModel.h"

namespace pd {

MessagesModel::MessagesModel(LocalStore *store, StartupGate *gate, QObject *parent)
    : CacheTableModel(store, tableSpec(), gate, parent)
{}

CacheTableSpec MessagesModel::tableSpec()
{
    CacheTableSpec spec;
    spec.table = QStringLiteral("messages");
    spec.ftsTable = QStringLiteral("messages_fts");
    spec.timeColumn = SentAt;
    // In the order of enum Column.
    spec.columns = {
        {QStringLiteral("sent_at"), tr("Sent"), CacheColumn::Kind::Timestamp},
        {QStringLiteral("channel"), tr("Channel"), CacheColumn::Kind::Text},
        {QStringLiteral("direction"), tr("Direction"), CacheColumn::Kind::Text},
        {QStringLiteral("counterpart"), tr("With"), CacheColumn::Kind::Text},
        {QStringLiteral("body"), tr("Message"), CacheColumn::Kind::Text},
    };
    return spec;
}

} // namespace pd
