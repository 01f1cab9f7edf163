#pragma once

#include "models/CacheTableSpec.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <vector>

struct sqlite3;

namespace pd {

// The filters of a CacheTableModel as SQL: column equality, a time range and
// a full-text search. The search's hits are collected once per search (and
// per refresh) into memory, so paging does not search again: a few of them
// (below kScanThreshold) also go into a TEMP table of the connection, which
// drives the query; many are checked row by row through a SQL function over
// the sorted row ids while the query walks the sort index (copying 220,000
// ids of a common word into a table took longer than the search). When the
// search holds known terms only (no prefix, FtsQuery), many hits are read
// lazily: those among the newest kHeadRowIds row ids tell, by their share,
// whether there are many. A walk in time order (rows arrive roughly in it)
// then reads others one range of row ids at a time as it asks about a row
// in it, so the first window of a time sort reads few hits instead of all of
// them (reading all 220,000 hits of a common word took 15 ms of CPU); a
// walk of another sort index passes each row's indexed texts to the
// function, which checks them with the index's own tokenizer (TermMatcher)
// until that has cost about what reading every hit would. After a few
// ranges, for a count, or when every hit is asked for, the rest is read at
// once. Equality
// filters on rare values of full-text indexed columns find their candidates
// through the index instead of scanning. prepare() brings both up to date
// before queries.
//
// A sorted window is read one of two ways, and the filter chooses (SQLite
// has no statistics to): a condition that leaves fewer than kScanThreshold
// rows drives the query through its index and SQLite sorts those few rows;
// otherwise the condition is hidden from the planner ("+column") so that it
// walks the index of the sort column and stops after one window.
class CacheTableFilter
{
public:
    // Above this many matching rows, a sorted view walks the index of its
    // sort column and checks rows against the condition; below it, it reads
    // the matching rows and sorts them.
    static constexpr qint64 kScanThreshold = 20000;
    // A count of a search combined with other filters stops after this many
    // rows (it would otherwise check every hit): countQuery() then yields
    // kCountCap + 1, shown as "more than".
    static constexpr qint64 kCountCap = 10000;
    // Row ids per range of lazily read hits, and the ranges read one by one
    // before the rest is read at once.
    static constexpr int kLazyRangeBits = 14;
    static constexpr int kLazyRanges = 4;
    // The row ids whose hits a search of known terms reads first (the
    // newest rows); from their share of hits it estimates the rest.
    static constexpr qint64 kHeadRowIds = qint64(4) << kLazyRangeBits;
    // Checking one row's texts costs about as much as reading this many
    // hits from the index: a walk checks at most (estimated hits / this)
    // rows before it reads every hit instead.
    static constexpr qint64 kHitsReadPerCheck = 16;

    // The row ids a search matched, sorted; shared read-only with a count on
    // another thread.
    using Hits = std::shared_ptr<const std::vector<qint64>>;
    // Makes `function` (one argument, a row id) on `handle` say whether the
    // row is among `hits`; it holds its own reference. false on error.
    static bool registerHitsFunction(sqlite3 *handle, const QString &function, Hits hits);

    explicit CacheTableFilter(const CacheTableSpec &spec);

    void setEquals(int column, const QVariant &value); // null removes
    void clearEquals();
    void setTimeRange(const QDateTime &from, const QDateTime &until);
    void setSearch(const QString &userText);
    // The data changed: collect hits and plan filters again.
    void invalidate();

    // false (and *error) when the search could not run.
    bool prepare(const QSqlDatabase &database, QString *error);
    // A search is set.
    bool hasSearch() const { return !m_match.isEmpty(); }
    // A search is set and nothing matches it.
    bool matchesNothing() const { return !m_match.isEmpty() && m_hitCount == 0; }
    // Where a query runs: on the connection prepare() was given (which holds
    // the TEMP table of hits), or on another one (which searches again).
    enum class Connection { Prepared, Other };
    // SQL conditions (AND-ed) and their bind values, for a query ordered by
    // `sortColumn` (an index into the spec's columns), or by nothing (-1, a
    // count).
    QStringList conditions(QVariantList *binds, int sortColumn,
                           Connection connection = Connection::Prepared) const;
    // The SQL function conditions() names for a common search, with the hits
    // it needs (for a query on another connection); an empty name when the
    // conditions use none.
    QString hitsFunction() const;
    // Every hit (read now if they were being read lazily).
    Hits hits() const;
    // A search and another filter: counts are capped at kCountCap.
    bool countCapped() const { return !m_match.isEmpty() && !onlySearch(); }
    // Only a search narrows the rows: hitCount() is the number of matches.
    bool onlySearch() const
    {
        return !m_match.isEmpty() && m_equals.isEmpty() && !m_from.isValid() && !m_until.isValid();
    }
    // The number of matches (read now if the hits were being read lazily);
    // -1 when reading them failed.
    qint64 hitCount() const;
    // Whether hitCount() answers without reading the index (false while the
    // hits are read lazily and some are still unread).
    bool hitCountKnown() const;
    // The MATCH expression the last collection ran (known terms in place of
    // prefixes where a word starts a few).
    QString searchExpression() const { return m_searching; }
    // Removes the TEMP table and the SQL function (before the connection goes
    // or the model dies).
    void release(const QSqlDatabase &database);

    // What the SQL function of lazily read hits holds (CacheTableFilter.cpp).
    struct LazyHits;

private:
    bool collectHits(const QSqlDatabase &database, QString *error);
    QStringList termsWithPrefix(sqlite3 *handle, const QString &prefix, int limit) const;
    void plan(const QSqlDatabase &database);
    void planEquals(const QSqlDatabase &database);
    void planTimeRange(const QSqlDatabase &database);

    const CacheTableSpec &m_spec;
    QMap<int, QVariant> m_equals;
    QDateTime m_from;
    QDateTime m_until;
    QString m_userText;
    QString m_match;     // as typed: every word a prefix
    QString m_searching; // as run: known terms instead of prefixes
    QString m_hitsTable;
    QString m_hitsFunction;
    Hits m_hits;
    std::shared_ptr<LazyHits> m_lazy; // while hits are read lazily
    // The number of hits; while they are read lazily, an estimate of at
    // least kScanThreshold.
    qint64 m_hitCount = 0;
    bool m_hitsStale = true;
    QMap<int, QString> m_assisted; // column -> FTS phrase for its candidates
    QList<int> m_broadEquals;      // sortable columns whose value is common
    bool m_broadTimeRange = false;
    bool m_planStale = true;
};

} // namespace pd
