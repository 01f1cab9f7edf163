#include "widgets/PlainTextLabel.h"

namespace pd {

PlainTextLabel::PlainTextLabel(QWidget *parent)
    : PlainTextLabel(QString(), QString(), parent)
{}

PlainTextLabel::PlainTextLabel(const QString &text, QWidget *parent)
    : PlainTextLabel(text, QString(), parent)
{}

PlainTextLabel::PlainTextLabel(const QString &text, const QString &accessibleName, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setText(text);
    if (!accessibleName.isEmpty())
        setAccessibleName(accessibleName);
}

} // namespace pd
