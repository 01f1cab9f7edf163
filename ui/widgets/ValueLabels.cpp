#include "widgets/ValueLabels.h"

#include "requests/RequestType.h"

namespace pd {

ValueLabels::Choices ValueLabels::deviceTypes()
{
    return {
        {QStringLiteral("desktop"), tr("Desktop")},
        {QStringLiteral("mobile"), tr("Mobile")},
        {QStringLiteral("tablet"), tr("Tablet")},
        {QStringLiteral("other"), tr("Other device")},
    };
}

ValueLabels::Choices ValueLabels::messageChannels()
{
    return {
        {QStringLiteral("web_chat"), tr("Web chat")},
        {QStringLiteral("whatsapp"), tr("WhatsApp")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("sms"), tr("SMS")},
        {QStringLiteral("instagram"), tr("Instagram")},
        {QStringLiteral("facebook"), tr("Facebook")},
        {QStringLiteral("telegram"), tr("Telegram")},
        {QStringLiteral("line"), tr("LINE")},
    };
}

ValueLabels::Choices ValueLabels::messageDirections()
{
    return {
        {QStringLiteral("inbound"), tr("Sent by you")},
        {QStringLiteral("outbound"), tr("Sent to you")},
    };
}

ValueLabels::Choices ValueLabels::logLevels()
{
    return {
        {QStringLiteral("info"), tr("Information")},  {QStringLiteral("notice"), tr("Notice")},
        {QStringLiteral("warning"), tr("Warning")},   {QStringLiteral("error"), tr("Error")},
        {QStringLiteral("security"), tr("Security")},
    };
}

ValueLabels::Choices ValueLabels::requestTypes()
{
    return {
        {toWireName(RequestType::Edit), tr("Correction")},
        {toWireName(RequestType::Export), tr("Data export")},
        {toWireName(RequestType::Delete), tr("Account deletion")},
        {toWireName(RequestType::Unsubscribe), tr("Unsubscribe")},
        {toWireName(RequestType::Restrict), tr("Restriction of processing")},
        {toWireName(RequestType::Object), tr("Objection to processing")},
        {toWireName(RequestType::GuardianRemoval), tr("Removal of a minor's data")},
        {toWireName(RequestType::SecurityReport), tr("Security report")},
    };
}

ValueLabels::Choices ValueLabels::requestStatuses()
{
    return {
        {QStringLiteral("received"), tr("Received")},
        {QStringLiteral("verifying"), tr("Verifying")},
        {QStringLiteral("in_progress"), tr("In progress")},
        {QStringLiteral("completed"), tr("Completed")},
        {QStringLiteral("rejected"), tr("Rejected")},
        {QStringLiteral("cancelled"), tr("Cancelled")},
    };
}

QString ValueLabels::label(const Choices &choices, const QString &value)
{
    for (const auto &[raw, text] : choices) {
        if (raw == value)
            return text;
    }
    return value;
}

} // namespace pd
