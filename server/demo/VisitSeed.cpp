#include "VisitSeed.h"

#include "SeedIds.h"
#include "db/Database.h"

namespace pd::server {

namespace {

struct Place {
    QString city;
    QString region;
    QString country;
};

QList<Place> places(int variant)
{
    if (variant % 2 == 0) {
        return {
            {QStringLiteral("Jakarta Selatan"), QStringLiteral("DKI Jakarta"),
             QStringLiteral("ID")},
            {QStringLiteral("Bandung"), QStringLiteral("Jawa Barat"), QStringLiteral("ID")},
            {QStringLiteral("Jakarta Pusat"), QStringLiteral("DKI Jakarta"), QStringLiteral("ID")},
            {QStringLiteral("Surabaya"), QStringLiteral("Jawa Timur"), QStringLiteral("ID")},
            {QStringLiteral("Yogyakarta"), QStringLiteral("DI Yogyakarta"), QStringLiteral("ID")},
            {QStringLiteral("Denpasar"), QStringLiteral("Bali"), QStringLiteral("ID")},
            {QStringLiteral("Singapore"), QString(), QStringLiteral("SG")},
            {QStringLiteral("Medan"), QStringLiteral("Sumatera Utara"), QStringLiteral("ID")}};
    }
    return {
        {QStringLiteral("London"), QStringLiteral("England"), QStringLiteral("GB")},
        {QStringLiteral("Manchester"), QStringLiteral("England"), QStringLiteral("GB")},
        {QStringLiteral("London"), QStringLiteral("England"), QStringLiteral("GB")},
        {QStringLiteral("Amsterdam"), QStringLiteral("North Holland"), QStringLiteral("NL")},
        {QStringLiteral("Singapore"), QString(), QStringLiteral("SG")},
        {QStringLiteral("Edinburgh"), QStringLiteral("Scotland"), QStringLiteral("GB")},
        {QStringLiteral("New York"), QStringLiteral("New York"), QStringLiteral("US")},
        {QStringLiteral("Jakarta Selatan"), QStringLiteral("DKI Jakarta"), QStringLiteral("ID")}};
}

QStringList column(const QList<Place> &list, QString Place::*member)
{
    QStringList values;
    for (const Place &place : list)
        values << place.*member;
    return values;
}

} // namespace

QString VisitSeed::pick(const QString &key, const QStringList &values)
{
    QString sql = QStringLiteral("CASE ") + key;
    for (int i = 0; i < values.size(); ++i) {
        QString literal = values.at(i);
        literal.replace(QLatin1Char('\''), QLatin1String("''"));
        sql += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(literal);
    }
    return sql + QStringLiteral(" END");
}

QString VisitSeed::insertSql(const Database &db, qint64 nowMs, int variant, int count)
{
    const bool first = variant % 2 == 0;
    const qint64 step = qMax<qint64>(1, 730 * SeedIds::kDayMs / qMax(1, count));
    const QList<Place> placeList = places(variant);
    const auto mod = [](int k) { return QStringLiteral("(n % %1)").arg(k); };

    // Documentation address ranges only (RFC 5737, RFC 3849).
    const QString ip =
        QStringLiteral("CASE (n % 4) WHEN 0 THEN '203.0.113.' || (n % 251 + 1)"
                       " WHEN 1 THEN '198.51.100.' || (n % 241 + 7)"
                       " WHEN 2 THEN '192.0.2.' || (n % 239 + 11)"
                       " ELSE '2001:db8:' || (n % 9000 + 1000) || '::' || (n % 90 + 10) END");
    const QStringList browsers{QStringLiteral("Chrome"), QStringLiteral("Chrome Mobile"),
                               QStringLiteral("Safari"), QStringLiteral("Firefox"),
                               QStringLiteral("Edge"),   QStringLiteral("Samsung Internet"),
                               QStringLiteral("Opera")};
    const QStringList versions{QStringLiteral("124.0.6367.91"), QStringLiteral("124.0.6367.82"),
                               QStringLiteral("17.4.1"),        QStringLiteral("125.0.3"),
                               QStringLiteral("124.0.2478.67"), QStringLiteral("24.0"),
                               QStringLiteral("109.0.5097.68")};
    const QStringList devices{QStringLiteral("desktop"), QStringLiteral("mobile"),
                              QStringLiteral("tablet"),  QStringLiteral("desktop"),
                              QStringLiteral("desktop"), QStringLiteral("mobile"),
                              QStringLiteral("desktop")};
    const QStringList languages =
        first ? QStringList{QStringLiteral("id-ID"), QStringLiteral("id-ID"),
                            QStringLiteral("en-US"), QStringLiteral("id"), QStringLiteral("jv-ID")}
              : QStringList{QStringLiteral("en-GB"), QStringLiteral("en-GB"),
                            QStringLiteral("en-US"), QStringLiteral("nl-NL"), QString()};
    const QStringList titles{
        QStringLiteral("Qiscus | Omnichannel Customer Engagement Platform"),
        QStringLiteral("Omnichannel Chat | Qiscus"),
        QStringLiteral("Chat SDK | Qiscus"),
        QStringLiteral("Robolabs Chatbot Builder | Qiscus"),
        first ? QStringLiteral("Harga | Qiscus") : QStringLiteral("Pricing | Qiscus"),
        QStringLiteral("WhatsApp Business API | Qiscus"),
        first ? QStringLiteral("Tips Layanan Pelanggan lewat WhatsApp | Blog Qiscus")
              : QStringLiteral("Customer Service over WhatsApp: a Guide | Qiscus Blog"),
        QStringLiteral("Privacy Policy | Qiscus"),
        QStringLiteral("Documentation | Qiscus"),
        QStringLiteral("Conversa | Customer Conversations"),
        QStringLiteral("Contact Sales | Qiscus")};
    const QStringList urls{QStringLiteral("https://www.qiscus.com/"),
                           QStringLiteral("https://www.qiscus.com/omnichannel-chat"),
                           QStringLiteral("https://www.qiscus.com/chat-sdk"),
                           QStringLiteral("https://www.qiscus.com/robolabs"),
                           QStringLiteral("https://www.qiscus.com/pricing"),
                           QStringLiteral("https://www.qiscus.com/whatsapp-business-api"),
                           QStringLiteral("https://www.qiscus.com/blog/customer-service-whatsapp"),
                           QStringLiteral("https://www.qiscus.com/privacy-policy"),
                           QStringLiteral("https://documentation.qiscus.com/"),
                           QStringLiteral("https://www.conversa.cx/"),
                           QStringLiteral("https://www.qiscus.com/contact-sales")};
    // Empty entries are direct visits / unknown next sites (null in the API).
    const QStringList referrers{QString(),
                                QStringLiteral("https://www.google.com/"),
                                first ? QStringLiteral("https://www.google.co.id/")
                                      : QStringLiteral("https://www.google.co.uk/"),
                                QString(),
                                QStringLiteral("https://www.linkedin.com/"),
                                QStringLiteral("https://www.bing.com/"),
                                QString(),
                                QStringLiteral("https://t.co/"),
                                QStringLiteral("https://www.facebook.com/"),
                                QString(),
                                QStringLiteral("https://www.instagram.com/"),
                                QStringLiteral("https://duckduckgo.com/"),
                                QStringLiteral("https://www.qiscus.com/blog")};
    const QStringList nextSites{QString(),
                                QStringLiteral("https://www.google.com/"),
                                QStringLiteral("https://www.youtube.com/"),
                                QString(),
                                QStringLiteral("https://web.whatsapp.com/"),
                                first ? QStringLiteral("https://www.tokopedia.com/")
                                      : QStringLiteral("https://www.bbc.co.uk/"),
                                QString(),
                                QStringLiteral("https://mail.google.com/"),
                                QString()};

    // Distinct, mostly coprime moduli so the combinations vary row by row.
    const QString select =
        QStringLiteral("SELECT %1, %2 - 60000 - (n - 1) * %3 - (n * 7919) % %3,"
                       " 5 + (n * 37) % 1195, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15")
            .arg(db.isPostgres() ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?"))
            .arg(nowMs)
            .arg(step)
            .arg(ip, pick(mod(8), column(placeList, &Place::city)),
                 pick(mod(8), column(placeList, &Place::region)),
                 pick(mod(8), column(placeList, &Place::country)), pick(mod(7), browsers),
                 pick(mod(7), versions), pick(mod(7), devices), pick(mod(5), languages),
                 pick(mod(11), titles), pick(mod(11), urls))
            .arg(pick(mod(13), referrers), pick(mod(9), nextSites));
    const QString columns = QStringLiteral(
        "INSERT INTO visits (account_id, started_at, duration_seconds, ip_address, city, region,"
        " country, browser, browser_version, device_type, language, page_title, page_url,"
        " referrer, next_site) ");
    if (db.isPostgres()) {
        return columns + select +
               QStringLiteral(
                   " FROM generate_series(CAST(1 AS BIGINT), CAST(%1 AS BIGINT)) AS seq(n)")
                   .arg(count);
    }
    return QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq"
                          " WHERE n < %1) ")
               .arg(count) +
           columns + select + QStringLiteral(" FROM seq");
}

void VisitSeed::seed(const Database &db, qint64 nowMs, const QString &accountId, int variant,
                     int count)
{
    if (count <= 0)
        return;
    db.run(insertSql(db, nowMs, variant, count), {accountId});
    // Fresh statistics let the planner use the page index right away
    // instead of waiting for autovacuum.
    if (db.isPostgres())
        db.run(QStringLiteral("ANALYZE visits"));
}

} // namespace pd::server
