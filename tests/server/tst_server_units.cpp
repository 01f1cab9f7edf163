// Small server pieces from the security review (issue 10, items 12 and 15):
// request framing limits, rate-limiter pruning, CSV formula escaping and the
// PostgreSQL TLS policy.
#include "db/Database.h"
#include "http/RateLimiter.h"
#include "http/RequestFraming.h"
#include "kernel/Clock.h"
#include "requests/ExportFileWriter.h"

#include <QtTest>

using namespace pd::server;

namespace {

class ManualClock final : public Clock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 1'000'000'000;
};

using Verdict = RequestFraming::Verdict;

} // namespace

class TstServerUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framingFollowsKeptAliveRequests()
    {
        RequestFraming framing(100, 1000);
        QVERIFY(framing.idle());
        const QByteArray two = "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                               "POST /b?x=1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\n\r\n";
        // Byte by byte: the framing must not depend on how bytes arrive.
        for (char c : two)
            QCOMPARE(framing.feed(QByteArray(1, c)), Verdict::Fine);
        QVERIFY(framing.idle());
        QCOMPARE(framing.target(), QByteArray("/b"));
        QCOMPARE(framing.feed("GET /c HTTP/1.1\r\nHost: x\r\n"), Verdict::Fine);
        QVERIFY(framing.inHeaders());
    }

    void framingRefusesWhatIsTooLarge()
    {
        RequestFraming declared(100, 1000);
        QCOMPARE(declared.feed("POST /a HTTP/1.1\r\nContent-Length: 101\r\n\r\n"),
                 Verdict::BodyTooLarge);
        QCOMPARE(declared.target(), QByteArray("/a"));

        RequestFraming chunked(100, 1000);
        QCOMPARE(chunked.feed("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "40\r\n" +
                              QByteArray(64, 'x') + "\r\n"),
                 Verdict::Fine);
        QCOMPARE(chunked.feed("40\r\n"), Verdict::BodyTooLarge); // 128 > 100, before the data

        RequestFraming headers(100, 1000);
        QCOMPARE(headers.feed("GET / HTTP/1.1\r\nX: " + QByteArray(2000, 'x')),
                 Verdict::HeadersTooLarge);

        RequestFraming smuggled(100, 1000);
        QCOMPARE(smuggled.feed("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
                 Verdict::Malformed);
    }

    void rateLimiterForgetsRefilledClients()
    {
        ManualClock clock;
        RateLimiter limiter(clock, 60);
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(limiter.acquire(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256)), 0);
        QCOMPARE(limiter.trackedClients(), 5000); // all of them within the minute
        clock.now += 60'000;                      // every bucket has refilled
        for (int i = 0; i < 1000; ++i)
            limiter.acquire(QStringLiteral("192.0.2.1"));
        QVERIFY2(limiter.trackedClients() <= 2,
                 qPrintable(QString::number(limiter.trackedClients())));
        // A client that is still being limited is remembered.
        ManualClock other;
        RateLimiter strict(other, 2);
        strict.acquire(QStringLiteral("a"));
        strict.acquire(QStringLiteral("a"));
        QVERIFY(strict.acquire(QStringLiteral("a")) > 0);
        for (int i = 0; i < 1000; ++i)
            strict.acquire(QStringLiteral("b%1").arg(i));
        QVERIFY(strict.acquire(QStringLiteral("a")) > 0);
    }

    void formulaSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-1+A1") << QStringLiteral("'-1+A1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("inside") << QStringLiteral("a=1") << QStringLiteral("a=1");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaSafe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ExportFileWriter::formulaSafe(text), expected);
    }

    void numbersAreNotEscaped()
    {
        QCOMPARE(ExportFileWriter::csvText(ExportColumnKind::Integer, QVariant(-5)),
                 QStringLiteral("-5"));
        QCOMPARE(ExportFileWriter::csvText(ExportColumnKind::Text, QStringLiteral("-5")),
                 QStringLiteral("'-5"));
    }

    void postgresOffThisMachineNeedsVerifiedTls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("options");
        const QString verify = QStringLiteral("sslmode=verify-full");
        QTest::newRow("loopback") << QStringLiteral("postgresql://u@127.0.0.1:5432/d") << QString();
        QTest::newRow("loopback v6") << QStringLiteral("postgresql://u@[::1]:5432/d") << QString();
        QTest::newRow("localhost") << QStringLiteral("postgresql://u@localhost/d") << QString();
        QTest::newRow("socket") << QStringLiteral("postgresql:///d") << QString();
        QTest::newRow("name") << QStringLiteral("postgresql://u@db.example.org/d") << verify;
        QTest::newRow("address") << QStringLiteral("postgresql://u@10.0.0.5/d") << verify;
        QTest::newRow("root certificate")
            << QStringLiteral("postgresql://u@db.example.org/d?sslrootcert=/etc/pd/ca.pem")
            << verify + QStringLiteral(";sslrootcert=/etc/pd/ca.pem");
    }

    void postgresOffThisMachineNeedsVerifiedTls()
    {
        QFETCH(QString, url);
        QFETCH(QString, options);
        QCOMPARE(Database::postgresOptions(QUrl(url)), options);
    }
};

QTEST_GUILESS_MAIN(TstServerUnits)
#include "tst_server_units.moc"
