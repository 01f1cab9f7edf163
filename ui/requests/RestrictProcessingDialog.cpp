#include "requests/RestrictProcessingDialog.h"

namespace pd {

RestrictProcessingDialog::RestrictProcessingDialog(Context context, QWidget *parent)
    : ProcessingRequestDialog(RequestType::Restrict, std::move(context), wording(), parent)
{}

ProcessingRequestDialog::Wording RestrictProcessingDialog::wording()
{
    return {
        tr("Restrict processing"),
        tr("You can ask the provider to limit how it uses your data, for example while a "
           "correction you asked for is checked. Your data stays stored, but for the uses you "
           "choose it is only processed with your consent. Your Personal Data remains yours: "
           "you retain all rights to the data you provide."),
        tr("&Reason for the restriction:"),
        tr("For example: my address is wrong and I asked for it to be corrected."),
    };
}

} // namespace pd
