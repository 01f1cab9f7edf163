#pragma once

#include "requests/ProcessingRequestDialog.h"

namespace pd {

// The "restrict" request (restriction of processing): the provider keeps
// the data but uses it for the chosen activities only with the user's consent.
class RestrictProcessingDialog : public ProcessingRequestDialog
{
    Q_OBJECT
public:
    explicit RestrictProcessingDialog(Context context, QWidget *parent = nullptr);

private:
    static Wording wording();
};

} // namespace pd
