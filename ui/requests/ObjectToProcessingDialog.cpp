#include "requests/ObjectToProcessingDialog.h"

#include "common/DisplayText.h"
#include "widgets/PlainTextLabel.h"

#include <QVBoxLayout>

namespace pd {

ObjectToProcessingDialog::ObjectToProcessingDialog(Context context,
                                                   std::optional<ObjectionTarget> target,
                                                   QWidget *parent)
    : ProcessingRequestDialog(RequestType::Object, std::move(context), wording(), parent)
    , m_target(std::move(target))
{
    if (!m_target)
        return;
    const QString about =
        m_target->kind == ObjectionTarget::Kind::Processor
            //: %1 a vendor's name, %2 a data category ("personal data"), %3 its purpose.
            ? tr("You object to %1 processing your %2 for: %3")
            //: %1 a recipient's name, %2 a data category ("personal data"), %3 its purpose.
            : tr("You object to %1 receiving your %2 for: %3");
    m_targetLabel =
        new PlainTextLabel(DisplayText::paragraph(about.arg(m_target->name, m_target->dataCategory,
                                                            m_target->purpose)),
                           tr("What the objection is about"), this);
    formLayout()->insertWidget(0, m_targetLabel);
    checkActivity(targetActivity(*m_target));
    revalidate();
}

QString ObjectToProcessingDialog::targetActivity(const ObjectionTarget &target)
{
    // Sent as the provider's own words (the server's names), whatever the
    // UI language, and within the contract's 200 characters.
    return QStringLiteral("%1: %2 (%3)")
        .arg(target.name, target.purpose, target.dataCategory)
        .left(kMaxActivityLength);
}

std::optional<QJsonObject> ObjectToProcessingDialog::buildPayload(QString *problem) const
{
    std::optional<QJsonObject> payload = ProcessingRequestDialog::buildPayload(problem);
    if (payload && m_target)
        payload->insert(QStringLiteral("target"), m_target->toJson());
    return payload;
}

ProcessingRequestDialog::Wording ObjectToProcessingDialog::wording()
{
    return {
        tr("Object to processing"),
        tr("You can object to a use of your data, such as marketing or the recording of Service "
           "Data. The provider reviews your objection, stops the uses you choose and tells you "
           "when it has. Your Personal Data "
           "remains yours: you retain all rights to the data you provide."),
        tr("&Reason for the objection:"),
        tr("For example: I do not want my visits to be recorded for analysis."),
    };
}

} // namespace pd
