// The paginated service data over the real server: complete walks, walks
// while rows arrive, since/until and q filters, bad cursors and limits, and
// the usage summary agreeing with the lists.
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

#include <functional>

using namespace pd::test;

namespace {

struct Walk {
    QList<QJsonObject> items;
    QStringList ids;
    QList<qint64> totals; // as reported by each page
    int pages = 0;
};

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

qint64 apiTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

bool matchesAny(const QJsonObject &item, const QStringList &fields, const QString &needle)
{
    for (const QString &field : fields) {
        QString value;
        if (field.startsWith(QLatin1String("location.")))
            value =
                item.value(QStringLiteral("location")).toObject().value(field.mid(9)).toString();
        else
            value = item.value(field).toString();
        if (value.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TstServerPagination : public QObject
{
    Q_OBJECT

private:
    // Follows next_cursor from `path` (which already has a query string)
    // to the end, calling `betweenPages(pageNumber)` after each page.
    void walk(const QString &path, const Tokens &tokens, Walk *result,
              const std::function<void(int)> &betweenPages = {})
    {
        QString cursor;
        do {
            const QString url =
                cursor.isEmpty() ? path : path + QStringLiteral("&cursor=") + encoded(cursor);
            const Reply reply = m_server.get(url, tokens.accessToken);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json();
            for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
                result->items << item.toObject();
                result->ids << item.toObject().value(QStringLiteral("id")).toString();
            }
            result->totals << body.value(QStringLiteral("total")).toInteger();
            ++result->pages;
            cursor = body.value(QStringLiteral("next_cursor")).toString();
            if (betweenPages)
                betweenPages(result->pages);
        } while (!cursor.isEmpty() && result->pages < 1000);
    }

    QString accountId(int index)
    {
        const QList<QVariantList> rows =
            m_server.runSql(QStringLiteral("SELECT id FROM accounts WHERE email = ?"),
                            {m_server.accounts().at(index).email});
        return rows.isEmpty() ? QString() : rows.first().first().toString();
    }

    void insertVisit(const QString &account, qint64 startedAt)
    {
        bool ok = false;
        m_server.runSql(
            QStringLiteral(
                "INSERT INTO visits (account_id, started_at, duration_seconds, ip_address,"
                " city, region, country, browser, browser_version, device_type, language,"
                " page_title, page_url, referrer, next_site) VALUES (?, ?, 30,"
                " '192.0.2.1', 'Leeds', 'England', 'GB', 'Firefox', '126.0', 'desktop',"
                " 'en-GB', 'Arrived mid-walk', 'https://www.qiscus.com/new', '', '')"),
            {account, startedAt}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.startSignedIn(&m_ayu, &m_james), qPrintable(m_server.lastError()));
    }

    void walkCollectsEveryVisitOnce()
    {
        Walk result;
        walk(QStringLiteral("/api/v1/visits?limit=50"), m_ayu, &result);
        const qint64 total = result.totals.first();
        QVERIFY(total > 50);
        QCOMPARE(qint64(result.ids.size()), total);
        QCOMPARE(qint64(QSet<QString>(result.ids.begin(), result.ids.end()).size()), total);
        QCOMPARE(result.pages, int((total + 49) / 50));
        for (const qint64 pageTotal : result.totals)
            QCOMPARE(pageTotal, total);
        for (int i = 1; i < result.items.size(); ++i) {
            QVERIFY(apiTime(result.items.at(i - 1).value(QStringLiteral("started_at"))) >=
                    apiTime(result.items.at(i).value(QStringLiteral("started_at"))));
        }
        const QList<QVariantList> rows = m_server.runSql(
            QStringLiteral("SELECT COUNT(*) FROM visits WHERE account_id = ?"), {accountId(0)});
        QCOMPARE(rows.first().first().toLongLong(), total);
    }

    void walkIsStableWhileVisitsArrive()
    {
        Walk reference;
        walk(QStringLiteral("/api/v1/visits?limit=50"), m_james, &reference);
        QVERIFY(reference.items.size() > 150);
        const QString account = accountId(1);
        QVERIFY(!account.isEmpty());
        const qint64 newest = apiTime(reference.items.first().value(QStringLiteral("started_at")));
        const qint64 middle = apiTime(reference.items.at(120).value(QStringLiteral("started_at")));
        const qint64 oldest = apiTime(reference.items.last().value(QStringLiteral("started_at")));

        // New rows land before, inside and after the part already served.
        int inserted = 0;
        Walk during;
        walk(QStringLiteral("/api/v1/visits?limit=50"), m_james, &during, [&](int page) {
            if (page == 1 || page == 3) {
                insertVisit(account, newest + 1000);
                insertVisit(account, middle);
                insertVisit(account, oldest - 1000);
                inserted += 3;
            }
        });
        QCOMPARE(inserted, 6);
        QCOMPARE(during.ids, reference.ids);
        for (const qint64 pageTotal : during.totals)
            QCOMPARE(pageTotal, reference.totals.first());

        Walk after;
        walk(QStringLiteral("/api/v1/visits?limit=500"), m_james, &after);
        QCOMPARE(after.totals.first(), reference.totals.first() + inserted);
        QCOMPARE(qint64(QSet<QString>(after.ids.begin(), after.ids.end()).size()),
                 after.totals.first());
    }

    void sinceAndUntilBoundTheWindow()
    {
        Walk all;
        walk(QStringLiteral("/api/v1/visits?limit=500"), m_james, &all);
        QVERIFY(all.items.size() > 200);
        const QString since = all.items.at(200).value(QStringLiteral("started_at")).toString();
        const QString until = all.items.at(20).value(QStringLiteral("started_at")).toString();
        QStringList expected;
        for (const QJsonObject &item : all.items) {
            const qint64 at = apiTime(item.value(QStringLiteral("started_at")));
            if (at >= apiTime(since) && at < apiTime(until))
                expected << item.value(QStringLiteral("id")).toString();
        }
        Walk window;
        walk(QStringLiteral("/api/v1/visits?limit=37&since=%1&until=%2")
                 .arg(encoded(since), encoded(until)),
             m_james, &window);
        QCOMPARE(window.ids, expected);
        QCOMPARE(window.totals.first(), qint64(expected.size()));
        QVERIFY(window.ids.contains(all.ids.at(200)));
        QVERIFY(!window.ids.contains(all.ids.at(20)));
    }

    void searchMatchesTheDocumentedFields()
    {
        struct Case {
            QString path;
            QStringList fields;
            int probe; // which item's field supplies the needle
            QString field;
        };
        const QList<Case> cases{
            {QStringLiteral("/api/v1/visits"),
             {QStringLiteral("page_title"), QStringLiteral("page_url"),
              QStringLiteral("location.city"), QStringLiteral("location.region"),
              QStringLiteral("location.country"), QStringLiteral("browser")},
             3,
             QStringLiteral("location.city")},
            {QStringLiteral("/api/v1/messages"),
             {QStringLiteral("body"), QStringLiteral("counterpart"), QStringLiteral("channel")},
             1,
             QStringLiteral("counterpart")},
            {QStringLiteral("/api/v1/logs"),
             {QStringLiteral("event"), QStringLiteral("detail")},
             2,
             QStringLiteral("event")},
        };
        for (const Case &test : cases) {
            Walk all;
            walk(test.path + QStringLiteral("?limit=500"), m_ayu, &all);
            QVERIFY(all.items.size() > test.probe);
            const QJsonObject probe = all.items.at(test.probe);
            const QString value = test.field.startsWith(QLatin1String("location."))
                                      ? probe.value(QStringLiteral("location"))
                                            .toObject()
                                            .value(test.field.mid(9))
                                            .toString()
                                      : probe.value(test.field).toString();
            const QString needle = value.left(qMin<qsizetype>(value.size(), 8)).toUpper();
            QVERIFY2(!needle.isEmpty(), qPrintable(test.path));
            int expected = 0;
            for (const QJsonObject &item : all.items)
                expected += matchesAny(item, test.fields, needle) ? 1 : 0;
            Walk found;
            walk(test.path + QStringLiteral("?limit=500&q=") + encoded(needle), m_ayu, &found);
            QCOMPARE(found.totals.first(), qint64(expected));
            QCOMPARE(found.items.size(), expected);
            for (const QJsonObject &item : found.items)
                QVERIFY2(matchesAny(item, test.fields, needle), qPrintable(needle));
            QVERIFY2(expected < all.items.size(), qPrintable(test.path));
        }
    }

    void messageBodiesAreReturnedVerbatim()
    {
        const Reply reply =
            m_server.get(QStringLiteral("/api/v1/messages?q=%3Cscript%3E"), m_ayu.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QString body = items.first().toObject().value(QStringLiteral("body")).toString();
        QVERIFY(body.contains(QLatin1String("<script>alert('pd')</script>")));
        QVERIFY(body.contains(QChar(0x07)));
        QVERIFY(body.contains(QChar(0x1b)));
    }

    void invalidCursorIs400()
    {
        for (const QString &cursor :
             {QStringLiteral("not*a*cursor"), QStringLiteral("eyJ4IjoxfQ")}) {
            const Reply reply = m_server.get(
                QStringLiteral("/api/v1/visits?cursor=") + encoded(cursor), m_james.accessToken);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.problemSlug(), QStringLiteral("bad-request"));
        }
    }

    void limitOutOfRangeIs422()
    {
        for (const char *limit : {"0", "501"}) {
            const Reply reply = m_server.get(
                QStringLiteral("/api/v1/logs?limit=") + QLatin1String(limit), m_james.accessToken);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.problemSlug(), QStringLiteral("validation-failed"));
            QCOMPARE(reply.errorFields().value(0), QStringLiteral("limit"));
        }
    }

    void unparseableParametersAre400AndBadRangesAre422()
    {
        const auto status = [&](const QString &query) {
            const Reply reply =
                m_server.get(QStringLiteral("/api/v1/visits?") + query, m_james.accessToken);
            return qMakePair(reply.status, reply.problemSlug());
        };
        QCOMPARE(status(QStringLiteral("limit=ten")),
                 qMakePair(400, QStringLiteral("bad-request")));
        QCOMPARE(status(QStringLiteral("since=yesterday")),
                 qMakePair(400, QStringLiteral("bad-request")));
        QCOMPARE(status(QStringLiteral("since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z")),
                 qMakePair(422, QStringLiteral("validation-failed")));
        QCOMPARE(status(QStringLiteral("q=")), qMakePair(422, QStringLiteral("validation-failed")));
        QCOMPARE(status(QStringLiteral("q=") + QString(201, QLatin1Char('x'))),
                 qMakePair(422, QStringLiteral("validation-failed")));
    }

    void cursorOnlyContinuesItsOwnFilters()
    {
        const Reply first =
            m_server.get(QStringLiteral("/api/v1/visits?limit=5"), m_james.accessToken);
        const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply same = m_server.get(QStringLiteral("/api/v1/visits?limit=5&cursor=") + cursor,
                                        m_james.accessToken);
        QCOMPARE(same.status, 200);
        const Reply other =
            m_server.get(QStringLiteral("/api/v1/visits?limit=5&q=chrome&cursor=") + cursor,
                         m_james.accessToken);
        QCOMPARE(other.status, 400);
        QCOMPARE(other.problemSlug(), QStringLiteral("bad-request"));
    }

    void usageAgreesWithTheLists()
    {
        for (const Tokens &tokens : {m_ayu, m_james}) {
            const QDate before = QDateTime::currentDateTimeUtc().date();
            const Reply reply = m_server.get(QStringLiteral("/api/v1/usage"), tokens.accessToken);
            const QDate after = QDateTime::currentDateTimeUtc().date();
            QCOMPARE(reply.status, 200);
            const QJsonObject usage = reply.json();
            const QJsonArray daily = usage.value(QStringLiteral("daily")).toArray();
            QCOMPARE(daily.size(), 30);
            QDate previous;
            qint64 visits = 0, messages = 0;
            for (const QJsonValue &value : daily) {
                const QDate date = QDate::fromString(
                    value.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
                QVERIFY(date.isValid());
                if (previous.isValid())
                    QCOMPARE(previous.addDays(1), date);
                previous = date;
                visits += value.toObject().value(QStringLiteral("visits")).toInteger();
                messages += value.toObject().value(QStringLiteral("messages")).toInteger();
            }
            QVERIFY(previous == before || previous == after);
            const QDate first = previous.addDays(-29);
            const QString window =
                QStringLiteral("?limit=1&since=%1T00:00:00.000Z&until=%2T00:00:00.000Z")
                    .arg(first.toString(Qt::ISODate), previous.addDays(1).toString(Qt::ISODate));
            QCOMPARE(m_server.get(QStringLiteral("/api/v1/visits") + window, tokens.accessToken)
                         .json()
                         .value(QStringLiteral("total"))
                         .toInteger(),
                     visits);
            QCOMPARE(m_server.get(QStringLiteral("/api/v1/messages") + window, tokens.accessToken)
                         .json()
                         .value(QStringLiteral("total"))
                         .toInteger(),
                     messages);
            QVERIFY(visits > 0);
            QCOMPARE(usage.value(QStringLiteral("visits")).toInteger(),
                     m_server.get(QStringLiteral("/api/v1/visits?limit=1"), tokens.accessToken)
                         .json()
                         .value(QStringLiteral("total"))
                         .toInteger());
            QCOMPARE(usage.value(QStringLiteral("messages")).toInteger(),
                     m_server.get(QStringLiteral("/api/v1/messages?limit=1"), tokens.accessToken)
                         .json()
                         .value(QStringLiteral("total"))
                         .toInteger());
        }
    }

    // A first page's `total` comes from list_row_counts, which triggers
    // keep (schema v5): it must equal COUNT(*) after every kind of change.
    void firstPageTotalFollowsInsertsAndDeletes()
    {
        countsMatchRows();
        const QString ayu = accountId(0);
        QVERIFY(!ayu.isEmpty());
        QCOMPARE(firstPageTotal(QStringLiteral("visits"), m_ayu),
                 rowCount(QStringLiteral("visits"), ayu));

        for (int i = 0; i < 3; ++i)
            insertVisit(ayu, 1000 + i);
        QCOMPARE(firstPageTotal(QStringLiteral("visits"), m_ayu),
                 rowCount(QStringLiteral("visits"), ayu));

        // One statement adding rows to every account (PostgreSQL's trigger
        // counts a statement's rows per account at once), then one deleting
        // several.
        bool ok = false;
        m_server.runSql(
            QStringLiteral(
                "INSERT INTO visits (account_id, started_at, duration_seconds, ip_address,"
                " city, region, country, browser, browser_version, device_type, language,"
                " page_title, page_url, referrer, next_site) SELECT id, 500, 30,"
                " '192.0.2.1', 'Leeds', 'England', 'GB', 'Firefox', '126.0', 'desktop',"
                " 'en-GB', 'Counted', 'https://www.qiscus.com/c', '', '' FROM accounts"),
            {}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        m_server.runSql(QStringLiteral("DELETE FROM visits WHERE id IN (SELECT id FROM visits"
                                       " WHERE account_id = ? ORDER BY id LIMIT 5)"),
                        {ayu}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        m_server.runSql(QStringLiteral("DELETE FROM logs WHERE id IN (SELECT id FROM logs"
                                       " WHERE account_id = ? ORDER BY id LIMIT 2)"),
                        {ayu}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        for (const QString &list :
             {QStringLiteral("visits"), QStringLiteral("messages"), QStringLiteral("logs")})
            QCOMPARE(firstPageTotal(list, m_ayu), rowCount(list, ayu));
        countsMatchRows();

        // A deleted account takes its counts along (the purge deletes the
        // account row, and foreign keys cascade).
        const QList<QVariantList> account = m_server.runSql(
            QStringLiteral("SELECT password_hash, password_changed_at, created_at FROM accounts"
                           " WHERE id = ?"),
            {ayu}, &ok);
        QVERIFY2(ok && !account.isEmpty(), qPrintable(m_server.lastError()));
        m_server.runSql(
            QStringLiteral("INSERT INTO accounts (id, email, password_hash,"
                           " password_changed_at, created_at)"
                           " VALUES ('count-probe', 'count-probe@example.com', ?, ?, ?)"),
            account.first(), &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        insertVisit(QStringLiteral("count-probe"), 2000);
        insertVisit(QStringLiteral("count-probe"), 3000);
        QCOMPARE(storedCount(QStringLiteral("visits"), QStringLiteral("count-probe")), 2);
        countsMatchRows();
        m_server.runSql(QStringLiteral("DELETE FROM accounts WHERE id = 'count-probe'"), {}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        QCOMPARE(storedCount(QStringLiteral("visits"), QStringLiteral("count-probe")), -1);
        countsMatchRows();
        QCOMPARE(firstPageTotal(QStringLiteral("visits"), m_ayu),
                 rowCount(QStringLiteral("visits"), ayu));
    }

private:
    qint64 firstPageTotal(const QString &list, const Tokens &tokens)
    {
        const Reply reply =
            m_server.get(QStringLiteral("/api/v1/%1?limit=1").arg(list), tokens.accessToken);
        return reply.status == 200 ? reply.json().value(QStringLiteral("total")).toInteger() : -1;
    }

    qint64 rowCount(const QString &list, const QString &account)
    {
        const QList<QVariantList> rows = m_server.runSql(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = ?").arg(list), {account});
        return rows.isEmpty() ? -1 : rows.first().first().toLongLong();
    }

    // The kept count, or -1 without a row.
    int storedCount(const QString &list, const QString &account)
    {
        const QList<QVariantList> rows = m_server.runSql(
            QStringLiteral(
                "SELECT row_count FROM list_row_counts WHERE account_id = ? AND list = ?"),
            {account, list});
        return rows.isEmpty() ? -1 : rows.first().first().toInt();
    }

    // Every account's kept count equals its rows, for every counted list,
    // and no count outlives its account.
    void countsMatchRows()
    {
        bool ok = false;
        for (const QString &list :
             {QStringLiteral("visits"), QStringLiteral("messages"), QStringLiteral("logs")}) {
            const QList<QVariantList> wrong = m_server.runSql(
                QStringLiteral("SELECT a.id FROM accounts a WHERE"
                               " COALESCE((SELECT row_count FROM list_row_counts c"
                               " WHERE c.account_id = a.id AND c.list = '%1'), 0)"
                               " <> (SELECT COUNT(*) FROM %1 r WHERE r.account_id = a.id)")
                    .arg(list),
                {}, &ok);
            QVERIFY2(ok, qPrintable(m_server.lastError()));
            QVERIFY2(wrong.isEmpty(), qPrintable(list));
        }
        const QList<QVariantList> orphans =
            m_server.runSql(QStringLiteral("SELECT COUNT(*) FROM list_row_counts"
                                           " WHERE account_id NOT IN (SELECT id FROM accounts)"),
                            {}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        QCOMPARE(orphans.first().first().toInt(), 0);
    }

private Q_SLOTS:
    // Every field of a visit as stored, through whichever path the server
    // reads pages on (on SQLite straight from the statement, as UTF-8): the
    // newest visit is the first item. Last, as it adds a visit.
    void aVisitReadsBackAsStored()
    {
        const QString title = QString::fromUtf16(u"Zürich \"café\" \\ tab\t東京 🙂");
        const qint64 startedAt = 4102444800123; // 2100-01-01T00:00:00.123Z
        const qint64 duration = 259200;         // PostgreSQL's column is 32-bit
        bool ok = false;
        m_server.runSql(
            QStringLiteral(
                "INSERT INTO visits (account_id, started_at, duration_seconds, ip_address,"
                " city, region, country, browser, browser_version, device_type, language,"
                " page_title, page_url, referrer, next_site) VALUES (?, ?, ?,"
                " '2001:db8::1', 'São Paulo', '', 'BR', 'Firefox', '', 'mobile', '', ?,"
                " 'https://example.com/a?b=1&c=d', '', 'https://example.org/')"),
            {accountId(0), startedAt, duration, title}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        const Reply reply =
            m_server.get(QStringLiteral("/api/v1/visits?limit=1"), m_ayu.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject visit =
            reply.json().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(visit.value(QStringLiteral("page_title")).toString(), title);
        QCOMPARE(visit.value(QStringLiteral("started_at")).toString(),
                 QStringLiteral("2100-01-01T00:00:00.123Z"));
        QCOMPARE(visit.value(QStringLiteral("duration_seconds")).toInteger(), duration);
        QCOMPARE(visit.value(QStringLiteral("ip_address")).toString(),
                 QStringLiteral("2001:db8::1"));
        QCOMPARE(visit.value(QStringLiteral("page_url")).toString(),
                 QStringLiteral("https://example.com/a?b=1&c=d"));
        QCOMPARE(visit.value(QStringLiteral("browser")).toString(), QStringLiteral("Firefox"));
        QCOMPARE(visit.value(QStringLiteral("device_type")).toString(), QStringLiteral("mobile"));
        QCOMPARE(visit.value(QStringLiteral("next_site")).toString(),
                 QStringLiteral("https://example.org/"));
        // Empty text is null.
        for (const char *name : {"browser_version", "language", "referrer"})
            QVERIFY2(visit.value(QLatin1StringView(name)).isNull(), name);
        const QJsonObject location = visit.value(QStringLiteral("location")).toObject();
        QCOMPARE(location.value(QStringLiteral("city")).toString(),
                 QString::fromUtf16(u"São Paulo"));
        QCOMPARE(location.value(QStringLiteral("country")).toString(), QStringLiteral("BR"));
        QVERIFY(location.value(QStringLiteral("region")).isNull());
        QVERIFY(!visit.value(QStringLiteral("id")).toString().isEmpty());
    }

private:
    TestServer m_server;
    Tokens m_ayu;
    Tokens m_james;
};

QTEST_GUILESS_MAIN(TstServerPagination)
#include "tst_server_pagination.moc"
