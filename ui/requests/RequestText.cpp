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

QString RequestText::statusSummary(const RequestRecord &record)
{
    if (record.refused)
        return tr("The server did not accept this request, so the provider is not working on "
                  "it.");
    if (record.waiting)
        return tr("Saved on this computer; it is sent as soon as the server can be reached.");
    const QString status = record.status;
    if (status == QLatin1String("received"))
        return tr("The provider has received your request and will start on it soon.");
    if (status == QLatin1String("verifying"))
        return tr("The provider is checking that the request comes from you.");
    if (status == QLatin1String("in_progress")) {
        if (record.wasExtended())
            return tr("The provider is working on your request and needs more time: it now "
                      "expects to answer by %1.")
                .arg(FieldFormat::date(record.answerExpectedBy().toLocalTime().date(),
                                       QLocale::LongFormat));
        return tr("The provider is working on your request.");
    }
    if (status == QLatin1String("completed"))
        return tr("Done: the provider carried out your request.");
    if (status == QLatin1String("rejected"))
        return record.denial ? tr("The provider refused your request: %1.")
                                   .arg(denialReason(record.denial->reason))
                             : tr("The provider refused your request.");
    if (status == QLatin1String("cancelled"))
        return tr("You cancelled this request; the provider stopped working on it.");
    return tr("The provider reports a status this app does not know: %1.").arg(status);
}

QString RequestText::due(const RequestRecord &record, const QDateTime &now)
{
    const QDateTime expected = record.answerExpectedBy();
    if (!expected.isValid())
        return {};
    const QString date = FieldFormat::date(expected.toLocalTime().date());
    if (record.isOverdue(now))
        return tr("%1 — overdue").arg(date);
    if (record.wasExtended() && !record.isFinal())
        return tr("%1 (extended)").arg(date);
    return date;
}

QString RequestText::overdue(const RequestRecord &record)
{
    return tr("Overdue: the provider had to answer by %1.")
        .arg(FieldFormat::date(record.answerExpectedBy().toLocalTime().date()));
}

QString RequestText::extensions(const RequestRecord &record)
{
    QStringList lines;
    for (const RequestRecord::Extension &extension : record.extensions) {
        const QString date =
            FieldFormat::date(extension.expectedBy.toLocalTime().date(), QLocale::LongFormat);
        QString line = extension.at.isValid()
                           ? tr("On %1, moved to %2: %3.")
                                 .arg(FieldFormat::date(extension.at.toLocalTime().date()), date,
                                      extensionReason(extension.reason))
                           : tr("Moved to %1: %2.").arg(date, extensionReason(extension.reason));
        if (!extension.explanation.isEmpty())
            line += u' ' + extension.explanation;
        lines << line;
    }
    return lines.join(u'\n');
}

QString RequestText::denial(const RequestRecord &record)
{
    if (!record.denial)
        return {};
    const RequestRecord::Denial &denial = *record.denial;
    QStringList parts;
    parts << (denial.reasonCode.isEmpty()
                  ? denialReason(denial.reason)
                  : tr("%1 (code: %2)").arg(denialReason(denial.reason), denial.reasonCode));
    parts << denialMeaning(denial.reason);
    if (!denial.explanation.isEmpty())
        parts << tr("The provider explains: %1").arg(denial.explanation);
    return parts.join(u'\n');
}

QString RequestText::cancellation(const RequestRecord &record)
{
    if (!record.cancellation)
        return {};
    const QString when = record.cancellation->at.isValid()
                             ? FieldFormat::dateTime(record.cancellation->at, QLocale::LongFormat)
                             : QString();
    const QString reason = record.cancellation->reason;
    if (reason.isEmpty())
        return when.isEmpty() ? tr("By you, without giving a reason.")
                              : tr("By you on %1, without giving a reason.").arg(when);
    return when.isEmpty() ? tr("By you. Your reason: %1").arg(reason)
                          : tr("By you on %1. Your reason: %2").arg(when, reason);
}

QString RequestText::denialReason(DenialReason reason)
{
    switch (reason) {
    case DenialReason::SuspectedFraud:
        return tr("Suspected fraud");
    case DenialReason::InsufficientVerification:
        return tr("Identity not confirmed");
    case DenialReason::NoMatch:
        return tr("No matching data");
    case DenialReason::ClaimNotCovered:
        return tr("Not covered by this right");
    case DenialReason::OutsideJurisdiction:
        return tr("Outside the law's reach");
    case DenialReason::TooManyRequests:
        return tr("Too many requests");
    case DenialReason::DataChanged:
        return tr("The data changed meanwhile");
    case DenialReason::ProcessingError:
        return tr("A problem on the provider's side");
    case DenialReason::Other:
        break;
    }
    return tr("Another reason");
}

QString RequestText::denialMeaning(DenialReason reason)
{
    switch (reason) {
    case DenialReason::SuspectedFraud:
        return tr("The provider believes the request was not made by the person it is about.");
    case DenialReason::InsufficientVerification:
        return tr("The provider could not confirm who you are, or that you may act for the "
                  "person concerned.");
    case DenialReason::NoMatch:
        return tr("The provider found no data about you that the request could apply to.");
    case DenialReason::ClaimNotCovered:
        return tr("What was asked is not covered by the right you used.");
    case DenialReason::OutsideJurisdiction:
        return tr("The law you relied on does not apply to you or to this provider.");
    case DenialReason::TooManyRequests:
        return tr("You made more requests than the provider has to answer in this period.");
    case DenialReason::DataChanged:
        return tr("The data the request was about changed before it could be applied; nothing "
                  "was changed.");
    case DenialReason::ProcessingError:
        return tr("A fault at the provider stopped the request; you can make it again.");
    case DenialReason::Other:
        break;
    }
    return tr("See the provider's explanation.");
}

QString RequestText::extensionReason(ExtensionReason reason)
{
    switch (reason) {
    case ExtensionReason::Complexity:
        return tr("the request is complex");
    case ExtensionReason::Volume:
        return tr("the provider received many requests");
    case ExtensionReason::Other:
        break;
    }
    return tr("another reason");
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
