#include "models/FtsQuery.h"

#include <QStringList>

namespace pd {

namespace {

// One token for the unicode61 tokenizer, folded exactly by lowercasing.
bool isAsciiWord(const QString &word)
{
    for (const QChar c : word) {
        if (c.unicode() > 0x7f || !c.isLetterOrNumber())
            return false;
    }
    return !word.isEmpty();
}

QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

} // namespace

QString FtsQuery::fromUserText(const QString &text, const TermLookup &knownTerms)
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
        if (knownTerms && isAsciiWord(word)) {
            const QStringList known = knownTerms(word.toLower());
            if (!known.isEmpty() && known.size() <= kMaxKnownTerms) {
                QStringList any;
                for (const QString &term : known)
                    any << quoted(term);
                terms << u'(' + any.join(QStringLiteral(" OR ")) + u')';
                continue;
            }
        }
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    // FTS5 takes no implicit AND next to a parenthesised group.
    return terms.join(knownTerms ? QStringLiteral(" AND ") : QStringLiteral(" "));
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
