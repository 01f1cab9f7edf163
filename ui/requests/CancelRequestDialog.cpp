#include "requests/CancelRequestDialog.h"

#include "requests/RequestRepository.h"
#include "widgets/PlainTextLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

CancelRequestDialog::CancelRequestDialog(const QString &consequences, QWidget *parent)
    : QDialog(parent)
    , m_phrase(tr("cancel"))
    , m_reason(new QLineEdit(this))
    , m_input(new QLineEdit(this))
{
    const QString title = tr("Cancel this request?");
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    setAccessibleName(title);

    auto *consequencesLabel = new PlainTextLabel(consequences, tr("Consequences"), this);
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

    auto *prompt = new QLabel(tr("&Type “%1” to confirm:").arg(m_phrase), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_input);
    m_input->setAccessibleName(tr("Confirmation word"));
    m_input->setAccessibleDescription(tr("Type %1 to enable Cancel request").arg(m_phrase));
    m_input->setPlaceholderText(m_phrase);

    auto *buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(tr("&Cancel request"), QDialogButtonBox::DestructiveRole);
    m_action->setAccessibleName(tr("Cancel request"));
    QPushButton *keep = buttons->addButton(tr("&Keep request"), QDialogButtonBox::RejectRole);
    keep->setAccessibleName(tr("Keep request"));
    keep->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_input, &QLineEdit::textChanged, this, &CancelRequestDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(consequencesLabel);
    layout->addWidget(reasonPrompt);
    layout->addWidget(m_reason);
    layout->addWidget(prompt);
    layout->addWidget(m_input);
    layout->addWidget(buttons);
    updateButton();
    m_reason->setFocus();
}

QString CancelRequestDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CancelRequestDialog::updateButton()
{
    m_action->setEnabled(m_input->text().trimmed().compare(m_phrase, Qt::CaseInsensitive) == 0);
}

} // namespace pd
