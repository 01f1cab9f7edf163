#include "models/FtsQuery.h"

#include <QStringList>

namespace pd {

QString FtsQuery::fromUserText(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        // A word with no letter or digit matches nothing but an FTS error.
        bool hasContent = false;
        for (const QChar c : word)
            hasContent = hasContent || c.isLetterOrNumber();
        if (!hasContent)
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString FtsQuery::columnPhrase(const QString &column, const QString &value)
{
    bool hasContent = false;
    for (const QChar c : value)
        hasContent = hasContent || c.isLetterOrNumber();
    if (!hasContent)
        return {};
    QString phrase = value;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return u'{' + column + QStringLiteral("} : \"") + phrase + u'"';
}

} // namespace pd
