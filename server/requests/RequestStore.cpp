#include "RequestStore.h"

#include "db/Database.h"
#include "kernel/Clock.h"
#include "kernel/Lifetime.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pd::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, account_id, type, payload, status, created_at, updated_at, due_at, next_step_at,"
    " result, body_hash");

QVariant nullableTime(std::optional<qint64> time)
{
    return time ? QVariant(*time) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

RequestStore::RequestStore(const Database &db)
    : m_db(db)
{}

bool RequestStore::isOpen(const QString &status)
{
    return status == QLatin1String("received") || status == QLatin1String("verifying") ||
           status == QLatin1String("in_progress");
}

RequestRecord RequestStore::fromRow(const QSqlQuery &row)
{
    RequestRecord request;
    request.id = row.value(0).toString();
    request.accountId = row.value(1).toString();
    request.type = row.value(2).toString();
    request.payload = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
    request.status = row.value(4).toString();
    request.createdAt = row.value(5).toLongLong();
    request.updatedAt = row.value(6).toLongLong();
    request.dueAt = row.value(7).toLongLong();
    if (!row.value(8).isNull())
        request.nextStepAt = row.value(8).toLongLong();
    const QString result = row.value(9).toString();
    if (!result.isEmpty())
        request.result = QJsonDocument::fromJson(result.toUtf8()).object();
    request.bodyHash = row.value(10).toString();
    return request;
}

bool RequestStore::insert(const RequestRecord &request, const QString &idempotencyKey,
                          const QString &firstMessage) const
{
    Transaction transaction(m_db);
    // ON CONFLICT instead of a prior SELECT: two submissions racing with the
    // same key are serialised by the UNIQUE (account_id, idempotency_key).
    QSqlQuery inserted = m_db.run(
        QStringLiteral("INSERT INTO requests (id, account_id, type, payload, status, created_at,"
                       " updated_at, due_at, next_step_at, result, idempotency_key, body_hash)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"
                       " ON CONFLICT (account_id, idempotency_key) DO NOTHING"),
        {request.id, request.accountId, request.type, compact(request.payload), request.status,
         request.createdAt, request.updatedAt, request.dueAt, nullableTime(request.nextStepAt),
         idempotencyKey, request.bodyHash});
    if (inserted.numRowsAffected() != 1)
        return false;
    m_db.run(
        QStringLiteral(
            "INSERT INTO request_history (request_id, status, at, message) VALUES (?, ?, ?, ?)"),
        {request.id, request.status, request.createdAt, firstMessage});
    transaction.commit();
    return true;
}

std::optional<RequestRecord> RequestStore::find(const QString &accountId, const QString &id) const
{
    QSqlQuery row = m_db.run(
        QStringLiteral("SELECT %1 FROM requests WHERE id = ? AND account_id = ?").arg(kColumns),
        {id, accountId});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

std::optional<RequestRecord> RequestStore::findByKey(const QString &accountId,
                                                     const QString &key) const
{
    QSqlQuery row = m_db.run(
        QStringLiteral("SELECT %1 FROM requests WHERE account_id = ? AND idempotency_key = ?")
            .arg(kColumns),
        {accountId, key});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

std::optional<RequestRecord> RequestStore::findById(const QString &id) const
{
    QSqlQuery row =
        m_db.run(QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(kColumns), {id});
    if (!row.next())
        return std::nullopt;
    return fromRow(row);
}

void RequestStore::rescheduleFromTheFuture(qint64 nowMs) const
{
    // updated_at is when the step that set next_step_at was taken; its lead
    // over now beyond the skew between servers is the clock going back.
    m_db.run(
        QStringLiteral("UPDATE requests SET next_step_at = ? + (CASE WHEN next_step_at > updated_at"
                       " THEN next_step_at - updated_at ELSE 0 END), updated_at = ?"
                       " WHERE next_step_at IS NOT NULL AND updated_at > ?"
                       " AND status IN ('received', 'verifying', 'in_progress')"),
        {nowMs, nowMs, nowMs + Lifetime::kClockSkewMs});
}

QList<RequestRecord> RequestStore::due(qint64 nowMs, int limit) const
{
    QSqlQuery rows =
        m_db.run(QStringLiteral(
                     "SELECT %1 FROM requests WHERE next_step_at IS NOT NULL AND next_step_at <= ?"
                     " AND status IN ('received', 'verifying', 'in_progress')"
                     " ORDER BY next_step_at, created_at, id LIMIT %2")
                     .arg(kColumns)
                     .arg(limit),
                 {nowMs});
    QList<RequestRecord> list;
    while (rows.next())
        list.append(fromRow(rows));
    return list;
}

bool RequestStore::transition(const QString &id, const QString &from, const QString &to, qint64 at,
                              const QString &message, std::optional<qint64> nextStepAt,
                              const QJsonValue &result, const QString &reasonCode,
                              const QString &detail) const
{
    const QVariant resultText = result.isObject() ? QVariant(compact(result.toObject()))
                                                  : QVariant(QMetaType::fromType<QString>());
    QSqlQuery updated =
        m_db.run(QStringLiteral(
                     "UPDATE requests SET status = ?, updated_at = ?, next_step_at = ?, result = ?"
                     " WHERE id = ? AND status = ?"),
                 {to, at, nullableTime(nextStepAt), resultText, id, from});
    if (updated.numRowsAffected() != 1)
        return false;
    m_db.run(QStringLiteral("INSERT INTO request_history (request_id, status, at, message, kind,"
                            " reason_code, detail) VALUES (?, ?, ?, ?, 'status', ?, ?)"),
             {id, to, at, message, nullableText(reasonCode), nullableText(detail)});
    return true;
}

bool RequestStore::extend(const QString &id, const QString &status, qint64 at,
                          const QString &reasonCode, const QString &explanation, qint64 expectedBy,
                          std::optional<qint64> nextStepAt) const
{
    QSqlQuery updated = m_db.run(
        QStringLiteral(
            "UPDATE requests SET updated_at = ?, next_step_at = ? WHERE id = ? AND status = ?"),
        {at, nullableTime(nextStepAt), id, status});
    if (updated.numRowsAffected() != 1)
        return false;
    m_db.run(QStringLiteral("INSERT INTO request_history (request_id, status, at, message, kind,"
                            " reason_code, expected_by) VALUES (?, ?, ?, ?, 'extension', ?, ?)"),
             {id, status, at, explanation, reasonCode, expectedBy});
    return true;
}

int RequestStore::extensionCount(const QString &id) const
{
    QSqlQuery count = m_db.run(QStringLiteral("SELECT COUNT(*) FROM request_history"
                                              " WHERE request_id = ? AND kind = 'extension'"),
                               {id});
    return count.next() ? count.value(0).toInt() : 0;
}

bool RequestStore::deferNextStep(const QString &id, const QString &status, qint64 at,
                                 std::optional<qint64> onlyFrom) const
{
    const QString sql =
        QStringLiteral("UPDATE requests SET next_step_at = ? WHERE id = ? AND status = ?");
    const QSqlQuery updated = onlyFrom ? m_db.run(sql + QStringLiteral(" AND next_step_at = ?"),
                                                  {at, id, status, *onlyFrom})
                                       : m_db.run(sql, {at, id, status});
    return updated.numRowsAffected() == 1;
}

void RequestStore::addHistory(QJsonObject &representation) const
{
    QSqlQuery &rows = m_db.prepared(
        QStringLiteral("SELECT status, at, message, kind, reason_code, expected_by, detail"
                       " FROM request_history WHERE request_id = ? ORDER BY at, id"));
    Database::exec(rows, {representation.value(QStringLiteral("id")).toString()});
    QJsonArray entries;
    QJsonArray extensions;
    QJsonValue expectedBy = representation.value(QStringLiteral("due_at"));
    QJsonValue denial;
    QJsonValue cancellation;
    while (rows.next()) {
        const QString status = rows.value(0).toString();
        const QString at = toApiTime(rows.value(1).toLongLong());
        const QString message = rows.value(2).toString();
        const bool extension = rows.value(3).toString() == QLatin1String("extension");
        const QString reasonCode = rows.value(4).toString();
        const QJsonValue newDate = rows.value(5).isNull()
                                       ? QJsonValue()
                                       : QJsonValue(toApiTime(rows.value(5).toLongLong()));
        entries.append(QJsonObject{
            {QStringLiteral("status"), status},
            {QStringLiteral("at"), at},
            {QStringLiteral("message"), textOrNull(message)},
            {QStringLiteral("kind"),
             extension ? QStringLiteral("extension") : QStringLiteral("status")},
            {QStringLiteral("reason_code"), textOrNull(reasonCode)},
            {QStringLiteral("expected_by"), extension ? newDate : QJsonValue()},
        });
        if (extension && newDate.isString()) {
            expectedBy = newDate;
            extensions.append(QJsonObject{{QStringLiteral("at"), at},
                                          {QStringLiteral("reason_code"), reasonCode},
                                          {QStringLiteral("explanation"), textOrNull(message)},
                                          {QStringLiteral("expected_by"), newDate}});
        } else if (status == QLatin1String("rejected")) {
            // Rejections from before reason codes were recorded read as `other`.
            denial = QJsonObject{{QStringLiteral("reason_code"),
                                  reasonCode.isEmpty() ? QStringLiteral("other") : reasonCode},
                                 {QStringLiteral("explanation"), textOrNull(message)}};
        } else if (status == QLatin1String("cancelled")) {
            cancellation =
                QJsonObject{{QStringLiteral("at"), at},
                            {QStringLiteral("reason"), textOrNull(rows.value(6).toString())}};
        }
    }
    rows.finish();
    representation.insert(QStringLiteral("history"), entries);
    representation.insert(QStringLiteral("expected_by"), expectedBy);
    representation.insert(QStringLiteral("extensions"), extensions);
    representation.insert(QStringLiteral("denial"), denial);
    representation.insert(QStringLiteral("cancellation"), cancellation);
}

QJsonObject RequestStore::representation(const RequestRecord &request)
{
    return QJsonObject{
        {QStringLiteral("id"), request.id},
        {QStringLiteral("type"), request.type},
        {QStringLiteral("payload"), request.payload},
        {QStringLiteral("status"), request.status},
        {QStringLiteral("created_at"), toApiTime(request.createdAt)},
        {QStringLiteral("updated_at"), toApiTime(request.updatedAt)},
        {QStringLiteral("due_at"), toApiTime(request.dueAt)},
        {QStringLiteral("history"), QJsonArray()},
        {QStringLiteral("result"), request.status == QLatin1String("completed")
                                       ? request.result
                                       : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject RequestStore::toJson(const RequestRecord &request) const
{
    QJsonObject object = representation(request);
    addHistory(object);
    return object;
}

QJsonObject RequestStore::page(const QString &accountId, const PageQuery &query, qint64 nowMs) const
{
    PageSource source;
    source.table = QStringLiteral("requests");
    source.columns = kColumns;
    source.timeColumn = QStringLiteral("created_at");
    source.numericId = false;
    // History is read after the page query has finished, not inside the row
    // mapper: a second statement while a forward-only result is still being
    // read is not something every SQL driver tolerates.
    QJsonObject page =
        Paginator::page(m_db, source, accountId, query, nowMs,
                        [](const QSqlQuery &row) { return representation(fromRow(row)); });
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        addHistory(item);
        items.replace(i, item);
    }
    page.insert(QStringLiteral("items"), items);
    return page;
}

} // namespace pd::server
