#include "requests/RequestText.h"

#include "requests/RequestRecord.h"
#include "widgets/FieldFormat.h"
#include "widgets/ValueLabels.h"

#include <QJsonArray>
#include <QLocale>

namespace pd {

QString RequestText::type(const RequestRecord &record)
{
    return ValueLabels::requestType(record.type);
}

QString RequestText::status(const RequestRecord &record)
{
    if (record.refused)
        return tr("Not accepted by the server");
    if (record.waiting)
        return tr("Waiting to be sent");
    return ValueLabels::requestStatus(record.status);
}

QString RequestText::due(const RequestRecord &record, const QDateTime &now)
{
    if (!record.dueAt.isValid())
        return {};
    const QString date = FieldFormat::date(record.dueAt.toLocalTime().date());
    return record.isOverdue(now) ? tr("%1 — overdue").arg(date) : date;
}

QString RequestText::overdue(const RequestRecord &record)
{
    return tr("Overdue: the provider had to answer by %1.")
        .arg(FieldFormat::date(record.dueAt.toLocalTime().date()));
}

QString RequestText::payloadSummary(const RequestRecord &record)
{
    const QJsonObject &payload = record.payload;
    if (record.is(RequestType::Export)) {
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
