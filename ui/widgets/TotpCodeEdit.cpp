#include "widgets/TotpCodeEdit.h"

#include <QRegularExpressionValidator>

namespace pd {

TotpCodeEdit::TotpCodeEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAccessibleName(tr("Authentication code"));
    setPlaceholderText(tr("6-digit code"));
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9 ]{0,7}$")), this));
    setMaxLength(7);
}

QString TotpCodeEdit::code() const
{
    return QString(text()).remove(QLatin1Char(' '));
}

} // namespace pd
