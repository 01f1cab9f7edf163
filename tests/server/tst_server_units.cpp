// Small server pieces from the security review (issue 10, items 12 and 15):
// request framing limits, rate-limiter pruning, CSV formula escaping and the
// PostgreSQL TLS policy; request history kept from before migration 6.
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/PageReaders.h"
#include "db/PostgresStatement.h"
#include "http/ForwardedFor.h"
#include "http/RateLimiter.h"
#include "http/RequestFraming.h"
#include "kernel/Clock.h"
#include "kernel/InteractiveWork.h"
#include "requests/ExportBuilder.h"
#include "requests/ExportFileWriter.h"
#include "requests/ExportHtmlWriter.h"
#include "requests/RequestStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace pd::server;

namespace {

class ManualClock final : public Clock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 1'000'000'000;
};

using Verdict = RequestFraming::Verdict;

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every file of a ZIP by name.
QHash<QString, QByteArray> unzipped(const QString &path)
{
    QHash<QString, QByteArray> files;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            files.insert(zip.getCurrentFileName(), file.readAll());
    }
    return files;
}

// Account a-1's request to export its messages as JSON.
RequestRecord messagesExport(const QString &id)
{
    RequestRecord request;
    request.id = id;
    request.accountId = QStringLiteral("a-1");
    request.type = QStringLiteral("export");
    request.payload =
        QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("messages")}},
                    {QStringLiteral("format"), QStringLiteral("json")}};
    return request;
}

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

    void historyFromBeforeMigration6ReadsAsStatusChanges()
    {
        // A rejected request whose history an older server wrote: rows with
        // only the columns of before migration 6, as the migration leaves them.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto db = Database::open(dir.filePath(QStringLiteral("old.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        Migrations::apply(*db);
        // The account itself is not needed to read its request.
        db->run(QStringLiteral("PRAGMA foreign_keys = OFF"));
        db->run(QStringLiteral("INSERT INTO requests (id, account_id, type, payload, status,"
                               " created_at, updated_at, due_at, idempotency_key, body_hash)"
                               " VALUES ('r-old', 'a-1', 'object', '{}', 'rejected', 1000, 2000,"
                               " 5000, 'k', 'h')"));
        db->run(QStringLiteral("INSERT INTO request_history (request_id, status, at, message)"
                               " VALUES ('r-old', 'received', 1000, 'We received your request.'),"
                               " ('r-old', 'rejected', 2000, 'No.')"));

        const RequestStore store(*db);
        const auto record = store.find(QStringLiteral("a-1"), QStringLiteral("r-old"));
        QVERIFY(record);
        const QJsonObject json = store.toJson(*record);
        QCOMPARE(json.value(QStringLiteral("expected_by")).toString(), toApiTime(5000));
        QVERIFY(json.value(QStringLiteral("extensions")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("cancellation")).isNull());
        // A denial from before reason codes reads as "other", explained.
        QCOMPARE(json.value(QStringLiteral("denial")).toObject(),
                 (QJsonObject{{QStringLiteral("reason_code"), QStringLiteral("other")},
                              {QStringLiteral("explanation"), QStringLiteral("No.")}}));
        const QJsonArray history = json.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 2);
        for (const QJsonValue &entry : history) {
            QCOMPARE(entry.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("status"));
            QVERIFY(entry.toObject().value(QStringLiteral("reason_code")).isNull());
            QVERIFY(entry.toObject().value(QStringLiteral("expected_by")).isNull());
        }
    }

    void sharedRateLimitCountsEveryInstance()
    {
        // Two server processes on one database share each client's bucket.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto db = Database::open(dir.filePath(QStringLiteral("limits.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        Migrations::apply(*db);
        ManualClock clock;
        RateLimiter first(clock, 60, db.get());
        RateLimiter second(clock, 60, db.get());
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(first.acquire(QStringLiteral("192.0.2.1")), 0);
            QCOMPARE(second.acquire(QStringLiteral("192.0.2.1")), 0);
        }
        // The burst of 60 is spent across both; one token comes back a second.
        QCOMPARE(first.acquire(QStringLiteral("192.0.2.1")), 1);
        QCOMPARE(second.acquire(QStringLiteral("192.0.2.1")), 1);
        QCOMPARE(second.acquire(QStringLiteral("192.0.2.2")), 0);
        clock.now += 1000;
        QCOMPARE(second.acquire(QStringLiteral("192.0.2.1")), 0);
        QVERIFY(first.acquire(QStringLiteral("192.0.2.1")) > 0);
        QCOMPARE(first.trackedClients(), 2);
        // A refilled bucket is the same as none: pruned after a minute.
        clock.now += 120'000;
        QCOMPARE(first.acquire(QStringLiteral("198.51.100.1")), 0);
        QCOMPARE(first.trackedClients(), 1);
    }

    void forwardedForOnlyFromTrustedProxies()
    {
        ForwardedFor::Subnet proxies;
        QVERIFY(ForwardedFor::parseSubnet(QStringLiteral("10.0.0.0/8"), &proxies));
        ForwardedFor::Subnet one;
        QVERIFY(ForwardedFor::parseSubnet(QStringLiteral("192.0.2.10"), &one));
        QVERIFY(!ForwardedFor::parseSubnet(QStringLiteral("proxy.example"), &one));
        const ForwardedFor forwarded({proxies});
        const auto from = [&](const char *peer, QList<QPair<QByteArray, QByteArray>> headers) {
            return forwarded.clientAddress(QHostAddress(QString::fromLatin1(peer)), headers)
                .toString();
        };
        const QString client = QStringLiteral("203.0.113.9");
        // Through two trusted hops; what the client itself wrote further
        // left is not believed.
        QCOMPARE(from("10.0.0.5", {{"x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.0.0.7"}}), client);
        QCOMPARE(from("::ffff:10.0.0.5", {{"x-forwarded-for", "203.0.113.9"}}), client);
        // Two headers are one list.
        QCOMPARE(
            from("10.0.0.5", {{"x-forwarded-for", "203.0.113.9"}, {"x-forwarded-for", "10.1.1.1"}}),
            client);
        // Not from a trusted proxy, nothing forwarded, or garbage: the peer.
        QCOMPARE(from("198.51.100.1", {{"x-forwarded-for", "203.0.113.9"}}),
                 QStringLiteral("198.51.100.1"));
        QCOMPARE(from("10.0.0.5", {}), QStringLiteral("10.0.0.5"));
        QCOMPARE(from("10.0.0.5", {{"x-forwarded-for", "203.0.113.9, not-an-address"}}),
                 QStringLiteral("10.0.0.5"));
        QCOMPARE(ForwardedFor()
                     .clientAddress(QHostAddress(QStringLiteral("10.0.0.5")),
                                    {{"x-forwarded-for", "203.0.113.9"}})
                     .toString(),
                 QStringLiteral("10.0.0.5"));
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

    // The readable copy pages a large category (issue 15): every row once,
    // pages linked forward and back, the last one to nothing; and the
    // archive's parts of each size are its consecutive byte ranges, each
    // with its own checksum, that together make the archive again.
    void exportPagesHtmlAndHashesParts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto db = Database::open(dir.filePath(QStringLiteral("export.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        Migrations::apply(*db);
        db->run(QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (int i = 1; i <= 23; ++i) {
            db->run(QStringLiteral("INSERT INTO messages (account_id, sent_at, channel, direction,"
                                   " counterpart, body) VALUES ('a-1', ?, 'email', 'in', ?, ?)"),
                    {qint64(i) * 1000, QStringLiteral("<b>sender %1</b>").arg(i),
                     QStringLiteral("message %1 & more").arg(i)});
        }
        const RequestRecord request = messagesExport(QStringLiteral("r-export"));
        const QList<qint64> partSizes{1000, 4096, 1000000000};
        const ExportArchiveFile archive =
            ExportBuilder(*db, dir.filePath(QStringLiteral("exports")), partSizes, 10)
                .build(request, 5000);

        const QHash<QString, QByteArray> files = unzipped(archive.path);
        const QJsonObject manifest =
            QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        QStringList pages;
        qint64 rows = 0;
        for (const QJsonValue &value : manifest.value(QStringLiteral("readable")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString path = entry.value(QStringLiteral("path")).toString();
            QVERIFY2(files.contains(path), qPrintable(path));
            QCOMPARE(entry.value(QStringLiteral("sha256")).toString(), sha256Of(files.value(path)));
            if (path != QLatin1String("html/index.html")) {
                pages << path;
                rows += entry.value(QStringLiteral("rows")).toInteger();
            }
        }
        QCOMPARE(pages, (QStringList{QStringLiteral("html/messages.html"),
                                     QStringLiteral("html/messages-2.html"),
                                     QStringLiteral("html/messages-3.html")}));
        QCOMPARE(rows, 23);
        const QByteArray first = files.value(pages.at(0));
        const QByteArray middle = files.value(pages.at(1));
        const QByteArray last = files.value(pages.at(2));
        QCOMPARE(first.count("<tr><td>"), 10);
        QCOMPARE(last.count("<tr><td>"), 3);
        QVERIFY(first.contains("href=\"messages-2.html\" rel=\"next\""));
        QVERIFY(!first.contains("rel=\"prev\""));
        QVERIFY(middle.contains("href=\"messages.html\" rel=\"prev\""));
        QVERIFY(middle.contains("href=\"messages-3.html\" rel=\"next\""));
        QVERIFY(last.contains("href=\"messages-2.html\" rel=\"prev\""));
        QVERIFY(!last.contains("rel=\"next\""));
        // Newest first, as the API lists them; markup in the data is text.
        QVERIFY(first.contains("<td>&lt;b&gt;sender 23&lt;/b&gt;</td>"));
        QVERIFY(first.contains("<td>message 23 &amp; more</td>"));
        QVERIFY(!first.contains("<b>"));
        const QByteArray index = files.value(QStringLiteral("html/index.html"));
        QVERIFY(index.contains("href=\"messages-3.html\""));

        QFile zip(archive.path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QByteArray bytes = zip.readAll();
        QCOMPARE(archive.sha256, sha256Of(bytes));
        QVERIFY(bytes.size() > 4096);
        // No parts of a size the archive is smaller than.
        QCOMPARE(archive.partSets.size(), 2);
        for (const QJsonValue &value : archive.partSets) {
            const QJsonObject set = value.toObject();
            const qint64 partSize = set.value(QStringLiteral("part_size")).toInteger();
            QVERIFY(partSizes.contains(partSize));
            const QJsonArray parts = set.value(QStringLiteral("parts")).toArray();
            QCOMPARE(parts.size(), (bytes.size() + partSize - 1) / partSize);
            QByteArray joined;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QJsonObject part = parts.at(i).toObject();
                QCOMPARE(part.value(QStringLiteral("index")).toInt(), i + 1);
                QCOMPARE(part.value(QStringLiteral("offset")).toInteger(), joined.size());
                const QByteArray piece =
                    bytes.mid(joined.size(), part.value(QStringLiteral("size_bytes")).toInteger());
                QVERIFY(i + 1 == parts.size() ? piece.size() <= partSize
                                              : piece.size() == partSize);
                QCOMPARE(part.value(QStringLiteral("sha256")).toString(), sha256Of(piece));
                joined += piece;
            }
            QCOMPARE(joined, bytes);
        }
    }

    // A background thread waits while interactive work is in flight, until
    // the last of it ends (or its own limit passes); at once when none is.
    void interactiveWorkHoldsABackgroundThreadUntilItEnds()
    {
        InteractiveWork work;
        QVERIFY(!work.waitWhileBusy(600000)); // nothing in flight
        work.begin();
        work.begin();
        QVERIFY(work.waitWhileBusy(0)); // in flight, but no time to wait
        std::atomic<bool> waited = false;
        std::unique_ptr<QThread> background(
            QThread::create([&] { waited = work.waitWhileBusy(600000); }));
        background->start();
        QTRY_COMPARE(work.waiting(), 1);
        work.end();
        QCOMPARE(work.inFlight(), 1);
        QVERIFY(!background->isFinished());
        work.end();
        QVERIFY(background->wait(60000));
        QVERIFY(waited);
        QCOMPARE(work.waiting(), 0);
    }

    // Page reads count as in flight from the moment they are queued until
    // they end: what an export's build steps aside for.
    void pageReadsAreInFlightUntilTheyEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PageReaders readers(dir.filePath(QStringLiteral("pages.sqlite")), QString(), 1);
        QCOMPARE(readers.inFlight().inFlight(), 0);
        QSemaphore started;
        QSemaphore gate;
        const QFuture<QByteArray> first = readers.run([&](const Database &) {
            started.release();
            gate.acquire();
            return QByteArrayLiteral("first");
        });
        const QFuture<QByteArray> queued =
            readers.run([](const Database &) { return QByteArrayLiteral("queued"); });
        QVERIFY(started.tryAcquire(1, 60000));
        QCOMPARE(readers.inFlight().inFlight(), 2); // one read, one queued behind it
        gate.release();
        QCOMPARE(queued.result(), QByteArrayLiteral("queued"));
        QCOMPARE(first.result(), QByteArrayLiteral("first"));
        QTRY_COMPARE(readers.inFlight().inFlight(), 0);
    }

    // An export's build pauses between batches of rows while interactive
    // work is in flight, goes on when it ends, and writes every row.
    void anExportPausesBetweenBatchesWhilePagesAreInFlight()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.sqlite"));
        {
            QString error;
            const auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            Migrations::apply(*db);
            db->run(QStringLiteral("PRAGMA foreign_keys = OFF"));
            // 2,500 rows: three batches of the row reader.
            db->run(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)"
                " INSERT INTO messages (account_id, sent_at, channel, direction, counterpart,"
                " body) SELECT 'a-1', i * 1000, 'email', 'in', 'sender', 'message ' || i"
                " FROM n"));
        }
        const RequestRecord request = messagesExport(QStringLiteral("r-paced"));

        InteractiveWork pages;
        std::atomic<int> paces = 0;
        pages.begin(); // a page in flight
        ExportArchiveFile archive;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QString error;
            const auto db = Database::open(path, &error); // the worker's own connection
            if (!db)
                return;
            ExportBuilder builder(*db, dir.filePath(QStringLiteral("exports")));
            builder.setPace([&] {
                ++paces;
                pages.waitWhileBusy(600000);
            });
            archive = builder.build(request, 5000);
        }));
        worker->start();
        // Held after its first batch for as long as the page is in flight.
        QTRY_COMPARE(pages.waiting(), 1);
        QCOMPARE(paces.load(), 1);
        QVERIFY(!worker->isFinished());
        pages.end();
        QVERIFY(worker->wait(60000));
        // Two pauses between the three batches, for the JSON file and again
        // for the HTML pages.
        QCOMPARE(paces.load(), 4);
        const QByteArray json = unzipped(archive.path).value(QStringLiteral("messages.json"));
        QCOMPARE(QJsonDocument::fromJson(json).array().size(), 2500);
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

    // List pages on PostgreSQL run through libpq (PostgresStatement), which
    // numbers its parameters; the SQL is written with QtSql's `?`.
    void postgresPlaceholdersAreNumbered_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QByteArray>("numbered");
        QTest::newRow("none") << QStringLiteral("SELECT 1") << QByteArray("SELECT 1");
        QTest::newRow("page")
            << QStringLiteral("SELECT id FROM visits WHERE account_id = ? AND (started_at, id) < "
                              "(?, ?) LIMIT ?")
            << QByteArray("SELECT id FROM visits WHERE account_id = $1 AND (started_at, id) < "
                          "($2, $3) LIMIT $4");
        QTest::newRow("in literals")
            << QStringLiteral("SELECT '?', 'it''s ?', \"a?b\" FROM t WHERE x ILIKE ? ESCAPE '\\'"
                              " AND y = ?")
            << QByteArray("SELECT '?', 'it''s ?', \"a?b\" FROM t WHERE x ILIKE $1 ESCAPE '\\'"
                          " AND y = $2");
        QTest::newRow("ten and more") << QStringLiteral("?,?,?,?,?,?,?,?,?,?,?")
                                      << QByteArray("$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11");
    }

    void postgresPlaceholdersAreNumbered()
    {
        QFETCH(QString, sql);
        QFETCH(QByteArray, numbered);
        QCOMPARE(PostgresStatement::numberPlaceholders(sql), numbered);
    }
};

QTEST_GUILESS_MAIN(TstServerUnits)
#include "tst_server_units.moc"
