#include "widgets/PlainToolTip.h"

#include <QTextDocument>

namespace pd {

QString PlainToolTip::from(const QString &text)
{
    if (text.isEmpty())
        return text;
    // <qt> forces rich text, so escaped characters are shown, not parsed.
    return QStringLiteral("<qt>") + Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) +
           QStringLiteral("</qt>");
}

} // namespace pd
