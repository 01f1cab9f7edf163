#pragma once

#include "dialogs/TypedConfirmationDialog.h"

class QLineEdit;

namespace pd {

// Asks before a request is cancelled: states the consequences, asks why (the
// reason is optional and kept with the request), and enables the action
// only once the user typed the confirmation word, as every irreversible
// action does. Open it with open() and act on accepted().
class CancelRequestDialog : public TypedConfirmationDialog
{
    Q_OBJECT
public:
    explicit CancelRequestDialog(const QString &consequences, QWidget *parent = nullptr);

    // The reason as typed, trimmed; empty when none was given.
    QString reason() const;
    QLineEdit *reasonInput() const { return m_reason; }

private:
    QLineEdit *m_reason;
};

} // namespace pd
