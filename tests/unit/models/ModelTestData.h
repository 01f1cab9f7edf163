#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

// Inserts rows (column -> value) into a cache table in one transaction.
inline bool insertRows(QSqlDatabase db, const QString &table, const QList<QVariantMap> &rows)
{
    if (rows.isEmpty())
        return true;
    const QStringList columns = rows.first().keys();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(u','), marks.join(u','))))
        return false;
    for (const QVariantMap &row : rows) {
        for (const QString &column : columns)
            query.addBindValue(row.value(column));
        if (!query.exec())
            return false;
    }
    return db.commit();
}

inline QString isoAt(int minutesAgo)
{
    static const QDateTime newest(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    return newest.addSecs(-60LL * minutesAgo).toString(Qt::ISODateWithMs);
}

// Visit i: every 4th browser, some NULL cities, repeating timestamps so
// that sorting needs the row-id tie-break.
inline QList<QVariantMap> makeVisitRows(int count)
{
    static const char *const browsers[] = {"Firefox", "Chrome", "Safari", "Edge"};
    static const char *const words[] = {"pricing", "support", "contact", "blog", "shoes"};
    QList<QVariantMap> rows;
    for (int i = 0; i < count; ++i) {
        rows.append(QVariantMap{
            {QStringLiteral("id"), QStringLiteral("v%1").arg(i)},
            {QStringLiteral("started_at"), isoAt(i / 2)},
            {QStringLiteral("duration_seconds"), (i * 37) % 101},
            {QStringLiteral("ip_address"), QStringLiteral("192.0.2.%1").arg(i % 200)},
            {QStringLiteral("city"),
             i % 3 ? QVariant(QStringLiteral("City %1").arg(i % 7)) : QVariant()},
            {QStringLiteral("country"), i % 2 ? QStringLiteral("PT") : QStringLiteral("BR")},
            {QStringLiteral("browser"), QString::fromLatin1(browsers[i % 4])},
            {QStringLiteral("device_type"),
             i % 5 ? QStringLiteral("desktop") : QStringLiteral("mobile")},
            {QStringLiteral("page_title"),
             QString(QString::fromLatin1(words[i % 5]) + QStringLiteral(" page %1").arg(i))},
            {QStringLiteral("page_url"), QStringLiteral("https://shop.example.com/%1/%2")
                                             .arg(QLatin1StringView(words[(i / 5) % 5]))
                                             .arg(i)},
        });
    }
    return rows;
}
