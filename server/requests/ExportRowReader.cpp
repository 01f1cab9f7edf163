#include "ExportRowReader.h"

#include "db/Database.h"

#include <QList>
#include <QSqlQuery>
#include <QThread>

namespace pd::server {

namespace {
constexpr int kBatchRows = 1000;
} // namespace

ExportRowReader::ExportRowReader(const Database &db, const ExportCategory &category,
                                 QString accountId, ExportPace pace)
    : m_db(db)
    , m_category(category)
    , m_accountId(std::move(accountId))
    , m_pace(std::move(pace))
{}

void ExportRowReader::forEach(const std::function<void(const QVariantList &)> &row) const
{
    const ExportCategory &category = m_category;
    const bool timeSeries = !category.timeColumn.isEmpty();
    QStringList select;
    for (const ExportColumn &column : category.columns)
        select << column.sql;
    select << category.keyColumn;
    if (timeSeries)
        select << category.timeColumn;
    const QString order =
        timeSeries ? QStringLiteral("%1 DESC, %2 DESC").arg(category.timeColumn, category.keyColumn)
                   : category.keyColumn;
    // Continues strictly after the last row served, in `order`. A row value
    // rather than `t < ? OR (t = ? AND id < ?)`: with bound parameters SQLite
    // plans the OR form as a scan from the newest row, which makes a walk
    // through a million visits quadratic.
    const QString after =
        timeSeries
            ? QStringLiteral(" AND (%1, %2) < (?, ?)").arg(category.timeColumn, category.keyColumn)
            : QStringLiteral(" AND %1 > ?").arg(category.keyColumn);
    const auto statement = [&](const QString &condition) {
        return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4 ORDER BY %5 LIMIT %6")
            .arg(select.join(QStringLiteral(", ")), category.from, category.accountColumn,
                 condition, order)
            .arg(kBatchRows);
    };
    // The first batch has no lower bound rather than a placeholder one: a
    // key such as '' may be bound as NULL, and `key > NULL` matches nothing.
    const QString firstBatch = statement(QString());
    const QString nextBatch = statement(after);
    const int width = int(category.columns.size());
    QVariantList position; // binds that continue after the last row
    for (;;) {
        if (!position.isEmpty() && m_pace)
            m_pace(); // between two batches: no statement open
        if (QThread::currentThread()->isInterruptionRequested())
            throw ExportInterrupted();
        QList<QVariantList> batch;
        {
            // The whole batch is read before any row is handed out, so the
            // callback may do I/O without holding an open result set.
            QSqlQuery &query = m_db.prepared(position.isEmpty() ? firstBatch : nextBatch);
            Database::exec(query, QVariantList{m_accountId} + position);
            while (query.next()) {
                QVariantList values;
                values.reserve(width);
                for (int i = 0; i < width; ++i)
                    values.append(query.value(i));
                const QVariant key = category.numericKey ? QVariant(query.value(width).toLongLong())
                                                         : QVariant(query.value(width).toString());
                if (timeSeries) {
                    const QVariant time(query.value(width + 1).toLongLong());
                    position = {time, key};
                } else {
                    position = {key};
                }
                batch.append(values);
            }
            query.finish();
        }
        for (const QVariantList &values : std::as_const(batch))
            row(values);
        if (batch.size() < kBatchRows)
            return;
    }
}

} // namespace pd::server
