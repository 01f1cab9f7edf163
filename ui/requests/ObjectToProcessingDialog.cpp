#include "requests/ObjectToProcessingDialog.h"

namespace pd {

ObjectToProcessingDialog::ObjectToProcessingDialog(Context context, QWidget *parent)
    : ProcessingRequestDialog(RequestType::Object, std::move(context), wording(), parent)
{}

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
