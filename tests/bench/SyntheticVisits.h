#pragma once

#include <QByteArray>
#include <QString>

namespace pd {
class LocalStore;
}

// Contract-shaped visit pages for the benchmarks: `pageSize` visits per page,
// newest first, ids and timestamps unique across pages. Some titles carry
// escapes and non-ASCII text, as real ones do.
class SyntheticVisits
{
public:
    // The visits [first, first + count) as one page body.
    static QByteArray page(int first, int count, bool last, qint64 total);
    // The same visit's columns, pre-extracted, for the baseline loop.
    struct Row {
        QByteArray id, startedAt, ip, city, region, country, browser, browserVersion, deviceType,
            language, pageTitle, pageUrl, referrer, nextSite;
        int duration = 0;
    };
    static Row row(int index);
    // Fills `store` (already open) with visits [0, rows) through the real
    // ingest in bulk mode (sort indexes dropped), then builds the sort
    // indexes and brings the search index up to date.
    static bool ingest(pd::LocalStore &store, int rows, QString *error);
};
