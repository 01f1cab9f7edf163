#include "dialogs/TypedConfirmationDialog.h"

#include "dialogs/GrowToFit.h"
#include "widgets/PlainTextLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

TypedConfirmationDialog::TypedConfirmationDialog(const QString &title, const QString &consequences,
                                                 const QString &phrase, const QString &actionText,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_phrase(phrase)
    , m_input(new QLineEdit(this))
{
    setWindowTitle(title);
    GrowToFit::install(this);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    setAccessibleName(title);
    const QString actionName = QString(actionText).remove(QLatin1Char('&'));

    auto *consequencesLabel = new PlainTextLabel(consequences, tr("Consequences"), this);
    auto *prompt = new QLabel(tr("&Type “%1” to confirm:").arg(phrase), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_input);
    m_input->setAccessibleName(tr("Confirmation word"));
    m_input->setAccessibleDescription(tr("Type %1 to enable %2").arg(phrase, actionName));
    m_input->setPlaceholderText(phrase);

    auto *buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(actionText, QDialogButtonBox::DestructiveRole);
    m_action->setAccessibleName(actionName);
    m_keep = buttons->addButton(QDialogButtonBox::Cancel);
    m_keep->setAccessibleName(tr("Cancel"));
    m_keep->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_keep, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_input, &QLineEdit::textChanged, this, &TypedConfirmationDialog::updateButton);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(consequencesLabel);
    m_layout->addWidget(prompt);
    m_layout->addWidget(m_input);
    m_layout->addWidget(buttons);
    updateButton();
    m_input->setFocus();
}

void TypedConfirmationDialog::insertBeforeConfirmation(QWidget *widget)
{
    m_layout->insertWidget(1 + m_inserted++, widget);
}

void TypedConfirmationDialog::setKeepText(const QString &text)
{
    m_keep->setText(text);
    m_keep->setAccessibleName(QString(text).remove(QLatin1Char('&')));
}

void TypedConfirmationDialog::updateButton()
{
    m_action->setEnabled(m_input->text().trimmed().compare(m_phrase, Qt::CaseInsensitive) == 0);
}

} // namespace pd
