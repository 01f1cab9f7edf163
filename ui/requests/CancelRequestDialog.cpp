#include "requests/CancelRequestDialog.h"

#include "requests/RequestRepository.h"

#include <QLabel>
#include <QLineEdit>

namespace pd {

CancelRequestDialog::CancelRequestDialog(const QString &consequences, QWidget *parent)
    : TypedConfirmationDialog(tr("Cancel this request?"), consequences, tr("cancel"),
                              tr("&Cancel request"), parent)
    , m_reason(new QLineEdit(this))
{
    // "Cancel" beside "Cancel request" would read as doing it.
    setKeepText(tr("&Keep request"));

    auto *reasonPrompt =
        new QLabel(tr("&Why are you cancelling? (optional; the provider keeps it with the "
                      "request)"),
                   this);
    reasonPrompt->setTextFormat(Qt::PlainText);
    reasonPrompt->setWordWrap(true);
    reasonPrompt->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("For example: I made it by mistake"));
    m_reason->setMaxLength(RequestRepository::kMaxCancelReasonLength);
    insertBeforeConfirmation(reasonPrompt);
    insertBeforeConfirmation(m_reason);
    m_reason->setFocus();
}

QString CancelRequestDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace pd
