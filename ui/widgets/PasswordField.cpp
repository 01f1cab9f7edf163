#include "widgets/PasswordField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace pd {

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("password"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Password"));
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                Qt::ImhNoAutoUppercase);
    m_toggle->setObjectName(QStringLiteral("showPasswordButton"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);
    connect(m_toggle, &QToolButton::toggled, this, &PasswordField::setRevealed);
    setRevealed(false);
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::clear()
{
    m_edit->clear();
    setRevealed(false);
}

void PasswordField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_toggle->isChecked() != revealed)
        m_toggle->setChecked(revealed);
    m_toggle->setText(revealed ? tr("H&ide") : tr("S&how"));
    m_toggle->setAccessibleName(revealed ? tr("Hide password") : tr("Show password"));
    m_toggle->setToolTip(revealed ? tr("Hide the password") : tr("Show the password as you type"));
}

} // namespace pd
