#pragma once

#include <QString>

namespace pd {

// Turns what a user types into a search box into an FTS5 MATCH expression:
// every word must occur, as a prefix ("pric" finds "pricing"), and FTS5
// syntax characters are taken literally ("c++", "\"a\"" and "AND" are words).
class FtsQuery
{
public:
    // Empty when `text` holds no word.
    static QString fromUserText(const QString &text);
    // Rows whose `column` holds `value` as a phrase: a superset of the rows
    // where column = value. Empty when `value` holds no word.
    static QString columnPhrase(const QString &column, const QString &value);
};

} // namespace pd
