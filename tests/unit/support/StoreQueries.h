#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Test-side reads and writes of a local store's database, behind the
// core's back.
namespace pd::test {

// The first column of the first row of `sql`; invalid when it fails.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A COUNT(*) query's answer; -1 when it fails.
inline int count(const QSqlDatabase &db, const QString &sql)
{
    const QVariant value = scalar(db, sql);
    return value.isValid() ? value.toInt() : -1;
}

// One visit with `id` and page title `title`, the other columns fixed.
inline bool insertVisit(const QSqlDatabase &db, const QString &id, const QString &title)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO visits (id, started_at, duration_seconds, ip_address, browser, device_type, "
        "page_title, page_url) VALUES (?, '2026-11-25T08:30:00.000Z', 5, '203.0.113.9', "
        "'Firefox', 'desktop', ?, 'https://example.com/')"));
    query.addBindValue(id);
    query.addBindValue(title);
    return query.exec();
}

} // namespace pd::test
