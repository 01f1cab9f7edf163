#include "SyntheticVisits.h"

#include "store/FtsIndex.h"
#include "store/LocalStore.h"
#include "store/SortIndexes.h"
#include "store/StoreSchema.h"
#include "store/SyncState.h"
#include "sync/PageIngestor.h"
#include "sync/SyncCategory.h"

#include <QDateTime>

namespace {

const char *const kCities[] = {"Lisboa",  "São Paulo", "Berlin", "Jakarta",
                               "Nairobi", "Osaka",     "Toronto"};
const char *const kCountries[] = {"PT", "BR", "DE", "ID", "KE", "JP", "CA"};
const char *const kBrowsers[] = {"Firefox", "Chrome", "Safari", "Edge"};
const char *const kDevices[] = {"desktop", "mobile", "tablet", "other"};
const char *const kWords[] = {"pricing", "support", "contact", "blog",  "shoes",   "checkout",
                              "account", "help",    "news",    "about", "careers", "privacy"};

QByteArray timestamp(int index)
{
    // One visit every 7 seconds going back from the newest.
    static const qint64 newest =
        QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(newest - qint64(index) * 7000 - index % 1000, Qt::UTC)
        .toString(Qt::ISODateWithMs)
        .toLatin1();
}

} // namespace

SyntheticVisits::Row SyntheticVisits::row(int i)
{
    Row row;
    row.id = "v" + QByteArray::number(i);
    row.startedAt = timestamp(i);
    row.duration = i % 900;
    row.ip = "203.0.113." + QByteArray::number(i % 250);
    row.city = kCities[i % 7];
    row.region = i % 3 ? QByteArray() : QByteArray("Region ") + QByteArray::number(i % 11);
    row.country = kCountries[i % 7];
    row.browser = kBrowsers[i % 4];
    row.browserVersion = QByteArray::number(100 + i % 30) + ".0";
    row.deviceType = kDevices[i % 4];
    row.language = i % 5 ? QByteArray("en-GB") : QByteArray();
    row.pageTitle = QByteArray(kWords[i % 12]) + ' ' + kWords[(i / 12) % 12] + " \"page\" " +
                    QByteArray::number(i % 977) + (i % 10 ? "" : " – ação");
    row.pageUrl = "https://shop.example.com/" + QByteArray(kWords[i % 12]) + '/' +
                  kWords[(i / 5) % 12] + "?id=" + QByteArray::number(i);
    row.referrer = i % 4 ? QByteArray() : QByteArray("https://search.example.net/?q=shop");
    row.nextSite = i % 6 ? QByteArray() : QByteArray("https://partner.example.org/");
    return row;
}

namespace {

void appendString(QByteArray &out, const QByteArray &value)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace

QByteArray SyntheticVisits::page(int first, int count, bool last, qint64 total)
{
    QByteArray body;
    body.reserve(count * 520 + 100);
    body += "{\"items\":[";
    for (int i = first; i < first + count; ++i) {
        const Row r = row(i);
        if (i > first)
            body += ',';
        body += "{\"id\":";
        appendString(body, r.id);
        body += ",\"started_at\":";
        appendString(body, r.startedAt);
        body += ",\"duration_seconds\":" + QByteArray::number(r.duration) + ",\"ip_address\":";
        appendString(body, r.ip);
        body += ",\"location\":{\"city\":";
        appendString(body, r.city);
        body += ",\"region\":";
        appendString(body, r.region);
        body += ",\"country\":";
        appendString(body, r.country);
        body += "},\"browser\":";
        appendString(body, r.browser);
        body += ",\"browser_version\":";
        appendString(body, r.browserVersion);
        body += ",\"device_type\":";
        appendString(body, r.deviceType);
        body += ",\"language\":";
        appendString(body, r.language);
        body += ",\"page_title\":";
        appendString(body, r.pageTitle);
        body += ",\"page_url\":";
        appendString(body, r.pageUrl);
        body += ",\"referrer\":";
        appendString(body, r.referrer);
        body += ",\"next_site\":";
        appendString(body, r.nextSite);
        body += '}';
    }
    body += "],\"next_cursor\":";
    body += last ? QByteArray("null") : "\"page-" + QByteArray::number(first + count) + '"';
    body += ",\"total\":" + QByteArray::number(total) + '}';
    return body;
}

bool SyntheticVisits::ingest(pd::LocalStore &store, int rows, QString *error)
{
    using namespace pd;
    auto bulk = store.openConnection(error, StoreConnection::Mode::BulkIngest);
    if (!bulk)
        return false;
    // As the sync loads a large walk: without the sort indexes, built after.
    if (!SortIndexes::drop(bulk->handle(), QStringLiteral("visits"), error))
        return false;
    PageIngestor ingestor(bulk->handle(), *SyncCategory::byName(QStringLiteral("visits")));
    SyncState walk;
    walk.category = QStringLiteral("visits");
    for (int first = 0; first < rows; first += 500) {
        const int count = qMin(500, rows - first);
        const PageIngestResult result =
            ingestor.ingest(page(first, count, first + count >= rows, rows), walk,
                            QStringLiteral("2026-11-26T00:00:00.000Z"));
        if (!result.ok) {
            *error = result.error;
            return false;
        }
        walk.cursor = result.nextCursor;
        walk.walkRows += result.rows;
        walk.walkHighWater = result.walkHighWater;
    }
    return SortIndexes::build(bulk->handle(), QStringLiteral("visits"), error) &&
           FtsIndex::catchUp(bulk->handle(), *StoreSchema::ftsFor(QStringLiteral("visits")), 20000,
                             error);
}
