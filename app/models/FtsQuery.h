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
    // The terms of the index that start with `prefix` (lowercase ASCII
    // letters and digits), at most `limit` of them; an empty list when there
    // are none or they could not be read (the word then stays a prefix).
    using TermLookup = std::function<QStringList(const QString &prefix, int limit)>;
    // A word that starts more known terms than this stays a prefix.
    static constexpr int kMaxKnownTerms = 4;

    // Empty when `text` holds no word. With `knownTerms`, a word of ASCII
    // letters and digits that starts between one and kMaxKnownTerms terms of
    // the index becomes those terms (OR): the same rows, but FTS5 reads a
    // prefix by first merging the entries of every term it starts into one
    // list (reading "checkout"* in 220,000 of 1,000,000 visits cost 23 ms of
    // CPU, the term "checkout" 15 ms, and two such prefixes together 42 ms
    // against 15 ms for the terms), while it reads terms lazily and skips
    // through one by the other's rows.
    static QString fromUserText(const QString &text, const TermLookup &knownTerms = {});
    // The terms of an expression fromUserText() made of known terms only
    // (no prefix): one list per word, any of whose terms must occur. Empty
    // when the expression holds a prefix or anything else.
    static QList<QStringList> knownTermGroups(const QString &expression);
    // Rows whose `column` holds `value` as a phrase: a superset of the rows
    // where column = value. Empty when `value` holds no word.
    static QString columnPhrase(const QString &column, const QString &value);
};

} // namespace pd
