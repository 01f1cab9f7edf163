#include "widgets/RequestRecord.h"

#include "api/JsonCount.h"
#include "outbox/OutboxItem.h"
#include "outbox/RefusalReason.h"
#include "requests/RequestType.h"
#include "widgets/FieldFormat.h"
#include "widgets/ValueLabels.h"

#include <QJsonArray>
#include <QLocale>

namespace pd {

namespace {

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    return FieldFormat::parseApiDateTime(json.value(key).toString());
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
    return refused || status == QLatin1String("completed") || status == QLatin1String("rejected") ||
           status == QLatin1String("cancelled");
}

bool RequestRecord::isOverdue(const QDateTime &now) const
{
    return !waiting && !isFinal() && dueAt.isValid() && dueAt < now;
}

bool RequestRecord::hasArchive() const
{
    return isRequestType(type, RequestType::Export) && status == QLatin1String("completed") &&
           !archiveUrl().isEmpty();
}

QString RequestRecord::archiveUrl() const
{
    return result.value(QStringLiteral("archive_url")).toString();
}

QString RequestRecord::archiveSha256() const
{
    return result.value(QStringLiteral("sha256")).toString();
}

qint64 RequestRecord::archiveSize() const
{
    return jsonCount(result.value(QStringLiteral("size_bytes")));
}

QString RequestRecord::typeText() const
{
    return ValueLabels::requestType(type);
}

QString RequestRecord::statusText() const
{
    if (refused)
        return tr("Not accepted by the server");
    if (waiting)
        return tr("Waiting to be sent");
    return ValueLabels::requestStatus(status);
}

QString RequestRecord::dueText(const QDateTime &now) const
{
    if (!dueAt.isValid())
        return {};
    const QString date = FieldFormat::date(dueAt.toLocalTime().date());
    return isOverdue(now) ? tr("%1 — overdue").arg(date) : date;
}

QString RequestRecord::overdueText() const
{
    return tr("Overdue: the provider had to answer by %1.")
        .arg(FieldFormat::date(dueAt.toLocalTime().date()));
}

QString RequestRecord::payloadSummary() const
{
    if (isRequestType(type, RequestType::Export)) {
        QStringList categories;
        const QJsonArray list = payload.value(QStringLiteral("categories")).toArray();
        for (const QJsonValue &category : list)
            categories << category.toString();
        const QString format = payload.value(QStringLiteral("format")).toString();
        return tr("%1 (format: %2)")
            .arg(QLocale().createSeparatedList(categories), format.toUpper());
    }
    QStringList parts;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.value().isString())
            parts << tr("%1: %2").arg(it.key(), it.value().toString());
        else if (it.value().isArray()) {
            QStringList values;
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue &value : array)
                values << value.toString();
            parts << tr("%1: %2").arg(it.key(), QLocale().createSeparatedList(values));
        }
    }
    return parts.join(u'\n');
}

} // namespace pd
