// A demo server seeded with 1,000,000 visits: seeding happens inside the
// database, and the list, its filters and the usage summary stay usable.
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace pd::test;

class TstServerDemoScale : public QObject
{
    Q_OBJECT

private:
    qint64 timed(const QString &path, Reply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        *reply = m_server.get(path, m_ayu.accessToken);
        return timer.elapsed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_server.start({QStringLiteral("--demo-scale"), QStringLiteral("1000000")}),
                 qPrintable(m_server.lastError()));
        qInfo("server with 1,000,000 demo visits up after %.1f s (%s)", timer.elapsed() / 1000.0,
              qEnvironmentVariableIsSet("PD_TEST_POSTGRES") ? "PostgreSQL" : "SQLite");
        m_ayu = m_server.signIn(m_server.accounts().at(0));
        QVERIFY(!m_ayu.accessToken.isEmpty());
    }

    void everyVisitIsCounted()
    {
        Reply reply;
        const qint64 ms = timed(QStringLiteral("/api/v1/visits?limit=50"), &reply);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInteger(), 1000000);
        QCOMPARE(reply.json().value(QStringLiteral("items")).toArray().size(), 50);
        qInfo("first page: %lld ms", ms);

        const QString cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const qint64 nextMs = timed(QStringLiteral("/api/v1/visits?limit=50&cursor=") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                                    &reply);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInteger(), 1000000);
        qInfo("second page: %lld ms", nextMs);
    }

    void filteredQueriesAnswer()
    {
        Reply reply;
        qint64 ms = timed(QStringLiteral("/api/v1/visits?limit=20&q=surabaya"), &reply);
        QCOMPARE(reply.status, 200);
        const qint64 matches = reply.json().value(QStringLiteral("total")).toInteger();
        QVERIFY(matches > 0 && matches < 1000000);
        for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray()) {
            QCOMPARE(item.toObject()
                         .value(QStringLiteral("location"))
                         .toObject()
                         .value(QStringLiteral("city"))
                         .toString(),
                     QStringLiteral("Surabaya"));
        }
        qInfo("q=surabaya: %lld matches in %lld ms", matches, ms);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString window =
            QStringLiteral("/api/v1/visits?limit=20&since=%1&until=%2")
                .arg(now.addDays(-7).toString(Qt::ISODateWithMs), now.toString(Qt::ISODateWithMs));
        ms = timed(window, &reply);
        QCOMPARE(reply.status, 200);
        const qint64 week = reply.json().value(QStringLiteral("total")).toInteger();
        // Visits are spread evenly over two years.
        QVERIFY2(week > 5000 && week < 15000, qPrintable(QString::number(week)));
        qInfo("last 7 days: %lld visits in %lld ms", week, ms);
    }

    void usageStaysFast()
    {
        Reply reply;
        const qint64 ms = timed(QStringLiteral("/api/v1/usage"), &reply);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("visits")).toInteger(), 1000000);
        qint64 sum = 0;
        for (const QJsonValue &day : reply.json().value(QStringLiteral("daily")).toArray())
            sum += day.toObject().value(QStringLiteral("visits")).toInteger();
        QVERIFY(sum > 30000 && sum < 50000);
        qInfo("usage: %lld ms", ms);
    }

private:
    TestServer m_server;
    Tokens m_ayu;
};

QTEST_GUILESS_MAIN(TstServerDemoScale)
#include "tst_server_demo_scale.moc"
