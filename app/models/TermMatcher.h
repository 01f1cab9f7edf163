#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_value;
struct fts5_tokenizer;
struct Fts5Tokenizer;

namespace pd {

// Tells whether a row's text holds a search of known terms (every group of
// FtsQuery::knownTermGroups() by at least one of its terms), as the row's
// full-text index would: the text goes through the index's own tokenizer
// (found through the FTS5 API of the connection, with the arguments the
// table declares), and a term matches a token byte for byte. A walk of a
// sort index that meets rows in an order unrelated to their row ids checks
// each row this way (a few microseconds) instead of reading every hit of a
// common word from the index first (15 ms for 220,000 hits) or asking the
// index about each row (tens of microseconds each).
class TermMatcher
{
public:
    // A matcher for `expression` (FtsQuery's form) over `ftsTable` on
    // `handle`; nullptr when the expression holds anything but known terms
    // or the table's tokenizer could not be found or created.
    static std::unique_ptr<TermMatcher> create(sqlite3 *handle, const QString &ftsTable,
                                               const QString &expression);
    ~TermMatcher();
    TermMatcher(const TermMatcher &) = delete;
    TermMatcher &operator=(const TermMatcher &) = delete;

    // Whether the texts (the indexed columns of one row; NULL ones hold no
    // token) match; false, and *failed, when the tokenizer failed.
    bool matches(sqlite3_value *const *texts, int count, bool *failed) const;
    // The same for texts in hand (tests).
    bool matches(const QList<QByteArray> &texts, bool *failed) const;

private:
    TermMatcher() = default;
    bool tokenize(const char *text, int size, unsigned *found, bool *failed) const;

    // UTF-8 terms, as the index holds them; at most 32 groups (a bit each).
    QList<QList<QByteArray>> m_groups;
    std::unique_ptr<fts5_tokenizer> m_api;
    Fts5Tokenizer *m_tokenizer = nullptr;
};

} // namespace pd
