#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace pd {

// Turns what a user types into a search box into an FTS5 MATCH expression:
// every word must occur, as a prefix ("pric" finds "pricing"), and FTS5
// syntax characters are taken literally ("c++", "\"a\"" and "AND" are words).
class FtsQuery
{
public:
    // The terms of the index that start with a prefix (lowercase ASCII), at
    // most kMaxKnownTerms + 1 of them.
    using TermLookup = std::function<QStringList(const QString &prefix)>;
    static constexpr int kMaxKnownTerms = 8;

    // Empty when `text` holds no word. With `knownTerms`, a word of ASCII
    // letters and digits that starts at most kMaxKnownTerms terms of the
    // index becomes those terms (OR): the same rows, but FTS5 reads a
    // prefix by merging every matching term's entries into one list first,
    // several times slower than reading the terms (26 vs 5 ms for a word
    // in 220,000 of 1,000,000 visits).
    static QString fromUserText(const QString &text, const TermLookup &knownTerms = {});
    // Rows whose `column` holds `value` as a phrase: a superset of the rows
    // where column = value. Empty when `value` holds no word.
    static QString columnPhrase(const QString &column, const QString &value);
};

} // namespace pd
