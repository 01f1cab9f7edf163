#include "requests/RequestRecord.h"

#include "outbox/OutboxItem.h"
#include "outbox/RefusalReason.h"
#include "outbox/RequestTracker.h"

#include <QHash>
#include <QJsonArray>

namespace pd {

namespace {

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    return QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
}

QString textOf(const QJsonObject &json, const QString &key)
{
    return json.value(key).toString();
}

} // namespace

DenialReason denialReasonFromCode(const QString &code)
{
    static const QHash<QString, DenialReason> reasons{
        {QStringLiteral("suspected_fraud"), DenialReason::SuspectedFraud},
        {QStringLiteral("insufficient_verification"), DenialReason::InsufficientVerification},
        {QStringLiteral("no_match"), DenialReason::NoMatch},
        {QStringLiteral("claim_not_covered"), DenialReason::ClaimNotCovered},
        {QStringLiteral("outside_jurisdiction"), DenialReason::OutsideJurisdiction},
        {QStringLiteral("too_many_requests"), DenialReason::TooManyRequests},
        {QStringLiteral("data_changed"), DenialReason::DataChanged},
        {QStringLiteral("processing_error"), DenialReason::ProcessingError},
    };
    return reasons.value(code, DenialReason::Other);
}

ExtensionReason extensionReasonFromCode(const QString &code)
{
    if (code == QLatin1String("complexity"))
        return ExtensionReason::Complexity;
    if (code == QLatin1String("volume"))
        return ExtensionReason::Volume;
    return ExtensionReason::Other;
}

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
    record.expectedBy = timeOf(json, QStringLiteral("expected_by"));
    const QJsonArray history = json.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &entry : history) {
        const QJsonObject step = entry.toObject();
        record.history.append({textOf(step, QStringLiteral("status")),
                               timeOf(step, QStringLiteral("at")),
                               textOf(step, QStringLiteral("message")),
                               textOf(step, QStringLiteral("kind")) == QLatin1String("extension"),
                               textOf(step, QStringLiteral("reason_code")),
                               timeOf(step, QStringLiteral("expected_by"))});
    }
    const QJsonArray extensions = json.value(QStringLiteral("extensions")).toArray();
    for (const QJsonValue &entry : extensions) {
        const QJsonObject extension = entry.toObject();
        const QString code = textOf(extension, QStringLiteral("reason_code"));
        Extension parsed{timeOf(extension, QStringLiteral("at")), extensionReasonFromCode(code),
                         code, textOf(extension, QStringLiteral("explanation")),
                         timeOf(extension, QStringLiteral("expected_by"))};
        // Without its new date an extension says nothing a user can act on.
        if (parsed.expectedBy.isValid())
            record.extensions.append(parsed);
    }
    // Only with the status they belong to: a final status is what users
    // read first, and it must not contradict what is shown next to it.
    const QJsonObject denial = json.value(QStringLiteral("denial")).toObject();
    if (record.status == QLatin1String("rejected") && !denial.isEmpty()) {
        const QString code = textOf(denial, QStringLiteral("reason_code"));
        record.denial =
            Denial{denialReasonFromCode(code), code, textOf(denial, QStringLiteral("explanation"))};
    }
    const QJsonObject cancellation = json.value(QStringLiteral("cancellation")).toObject();
    if (record.status == QLatin1String("cancelled") && !cancellation.isEmpty()) {
        record.cancellation = Cancellation{timeOf(cancellation, QStringLiteral("at")),
                                           textOf(cancellation, QStringLiteral("reason"))};
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
    const QDateTime expected = answerExpectedBy();
    return !waiting && !isFinal() && expected.isValid() && expected < now;
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
