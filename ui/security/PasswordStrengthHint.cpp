#include "security/PasswordStrengthHint.h"

#include "widgets/PlainTextLabel.h"

#include <QProgressBar>
#include <QSet>
#include <QVBoxLayout>

namespace pd {

int PasswordStrengthHint::score(const QString &password)
{
    const qsizetype length = password.size();
    if (length < kMinimumLength)
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    // A long run of few characters ("aaaaaaaaaaaa") is weak whatever its length.
    if (distinct.size() < 5)
        return 1;
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    int result = 1;
    if (classes >= 3 || length >= 16)
        ++result;
    if (length >= 16 && classes >= 2)
        ++result;
    if (length >= 20 || (length >= 14 && classes == 4))
        ++result;
    return qMin(result, 4);
}

PasswordStrengthHint::PasswordStrengthHint(QWidget *parent)
    : QWidget(parent)
    , m_meter(new QProgressBar(this))
    , m_hint(new PlainTextLabel(this))
{
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setAccessibleName(tr("Password strength"));
    m_hint->setAccessibleName(tr("Password strength hint"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meter);
    layout->addWidget(m_hint);
    setPassword(QString());
}

QString PasswordStrengthHint::hintText() const
{
    return m_hint->text();
}

void PasswordStrengthHint::setPassword(const QString &password)
{
    const int value = score(password);
    m_meter->setValue(value);
    QString text;
    switch (value) {
    case 0:
        text = tr("Too short: use at least %n characters.", nullptr, kMinimumLength);
        break;
    case 1:
        text = tr("Weak: make it longer and mix upper and lower case letters, digits and symbols.");
        break;
    case 2:
        text = tr("Fair: a longer password, or more kinds of characters, would be stronger.");
        break;
    case 3:
        text = tr("Good.");
        break;
    default:
        text = tr("Strong.");
        break;
    }
    m_hint->setText(text);
    m_meter->setAccessibleDescription(text);
}

} // namespace pd
