#include "models/FtsQuery.h"

#include <QRegularExpression>

namespace pd {

namespace {

// One token for the unicode61 tokenizer, which folds it by lowercasing
// alone (remove_diacritics changes no ASCII letter).
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
    for (const QString &word : words) {
        // A word with no letter or digit matches nothing but an FTS error.
        bool hasContent = false;
        for (const QChar c : word)
            hasContent = hasContent || c.isLetterOrNumber();
        if (!hasContent)
            continue;
        if (knownTerms && isAsciiWord(word)) {
            const QStringList known = knownTerms(word.toLower(), kMaxKnownTerms + 1);
            if (known.size() == 1) {
                terms << quoted(known.constFirst());
                continue;
            }
            if (!known.isEmpty() && known.size() <= kMaxKnownTerms) {
                QStringList any;
                for (const QString &term : known)
                    any << quoted(term);
                terms << u'(' + any.join(QStringLiteral(" OR ")) + u')';
                continue;
            }
        }
        terms << quoted(word) + u'*';
    }
    // FTS5 takes no implicit AND next to a parenthesised group.
    return terms.join(knownTerms ? QStringLiteral(" AND ") : QStringLiteral(" "));
}

QList<QStringList> FtsQuery::knownTermGroups(const QString &expression)
{
    // fromUserText() quotes known terms only when they are ASCII letters and
    // digits (no quote to escape): a group is "t" or ("t1" OR "t2" ...).
    static const QRegularExpression group(
        QStringLiteral("^(?:\"([a-z0-9]+)\"|\\(\"[a-z0-9]+\"(?: OR \"[a-z0-9]+\")+\\))$"));
    static const QRegularExpression term(QStringLiteral("\"([a-z0-9]+)\""));
    QList<QStringList> groups;
    for (const QString &part : expression.split(QStringLiteral(" AND "))) {
        if (!group.match(part).hasMatch())
            return {};
        QStringList terms;
        for (auto it = term.globalMatch(part); it.hasNext();)
            terms << it.next().captured(1);
        groups << terms;
    }
    return groups;
}

QString FtsQuery::columnPhrase(const QString &column, const QString &value)
{
    bool hasContent = false;
    for (const QChar c : value)
        hasContent = hasContent || c.isLetterOrNumber();
    if (!hasContent)
        return {};
    return u'{' + column + QStringLiteral("} : ") + quoted(value);
}

} // namespace pd
