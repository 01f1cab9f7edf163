#pragma once

#include "requests/ProcessingRequestDialog.h"

namespace pd {

// The "object" request (objection to processing): the provider stops the
// chosen uses of the user's data unless it has compelling grounds to go on.
class ObjectToProcessingDialog : public ProcessingRequestDialog
{
    Q_OBJECT
public:
    explicit ObjectToProcessingDialog(Context context, QWidget *parent = nullptr);

private:
    static Wording wording();
};

} // namespace pd
