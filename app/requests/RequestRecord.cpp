#include "requests/RequestRecord.h"

#include "outbox/OutboxItem.h"
#include "outbox/RefusalReason.h"
#include "outbox/RequestTracker.h"

#include <QJsonArray>

namespace pd {

namespace {

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    return QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

std::optional<RequestRecord> RequestRecord::fromJson(const QJsonObject &json)
{
    RequestRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    record.type = json.value(QStringLiteral("type")).toString();
    record.status = json.value(QStringLiteral("status")).toString();
    if (record.id.isEmpty() || record.type.isEmpty() || record.status.isEmpty())
        return std::nullopt;
    record.createdAt = timeOf(json, QStringLiteral("created_at"));
    record.updatedAt = timeOf(json, QStringLiteral("updated_at"));
    record.dueAt = timeOf(json, QStringLiteral("due_at"));
    record.payload = json.value(QStringLiteral("payload")).toObject();
    record.result = json.value(QStringLiteral("result")).toObject();
    const QJsonArray history = json.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &entry : history) {
        const QJsonObject step = entry.toObject();
        record.history.append({step.value(QStringLiteral("status")).toString(),
                               timeOf(step, QStringLiteral("at")),
                               step.value(QStringLiteral("message")).toString()});
    }
    return record;
}

RequestRecord RequestRecord::fromOutbox(const OutboxItem &item)
{
    RequestRecord record;
    record.outboxId = item.id;
    record.type = item.type;
    record.payload = item.payload;
    record.createdAt = item.createdAt;
    record.updatedAt = item.updatedAt;
    record.refused = item.state == OutboxItem::State::FailedPermanently;
    record.waiting = !record.refused;
    if (record.refused)
        record.refusal = RefusalReason::message(item.type, RefusalReason::slugOf(item), QString());
    return record;
}

QString RequestRecord::key() const
{
    return id.isEmpty() ? QStringLiteral("outbox:") + QString::number(outboxId) : id;
}

bool RequestRecord::isFinal() const
{
    return refused || RequestTracker::isFinal(status);
}

bool RequestRecord::isOverdue(const QDateTime &now) const
{
    return !waiting && !isFinal() && dueAt.isValid() && dueAt < now;
}

std::optional<ExportResult> RequestRecord::exportResult() const
{
    const QJsonObject request{{QStringLiteral("id"), id},
                              {QStringLiteral("type"), type},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("result"), result}};
    return ExportResult::fromRequest(request, nullptr);
}

} // namespace pd
