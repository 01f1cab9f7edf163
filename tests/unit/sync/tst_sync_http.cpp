// The sync engine with its real HTTP page source against the reference
// backend: every list category of the demo account ends up in the cache, and a
// second run asks only for what is new.
#include "TestServer.h"

#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "store/LocalStore.h"
#include "store/SyncStateStore.h"
#include "sync/HttpSyncPageSource.h"
#include "sync/SyncCategory.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pd;

class TestSyncHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestServer> m_server;
    QString m_token;

    qint64 serverTotal(const QString &apiPath)
    {
        const auto reply = m_server->get(
            QStringLiteral("/api/v1/") + apiPath + QStringLiteral("?limit=1"), m_token);
        return reply.status == 200 ? qint64(reply.json().value(u"total").toDouble()) : -1;
    }

    SyncWorker::SourceFactory sourceFactory(const ServerProfile &profile) const
    {
        const QSslConfiguration ssl = m_server->sslConfiguration();
        const QString token = m_token;
        return [profile, ssl, token] {
            return std::make_unique<HttpSyncPageSource>(TlsPolicy(profile), ssl,
                                                        [token] { return token; });
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<pd::test::TestServer>();
        QVERIFY2(m_server->start({QStringLiteral("--demo-scale"), QStringLiteral("2500")}),
                 qPrintable(m_server->lastError()));
        m_token = m_server->signIn(m_server->accounts().at(1)).accessToken;
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void pageUrlEncodesCursorAndSince()
    {
        SyncPageRequest request;
        request.apiPath = QStringLiteral("visits");
        request.cursor = QStringLiteral("a+b/c=d&e");
        request.since = QStringLiteral("2026-11-25T08:30:00.000+01:00");
        request.limit = 200;
        const QUrl url = HttpSyncPageSource::pageUrl(QUrl(u"https://127.0.0.1:8443"_qs), request);
        QCOMPARE(url.path(), QStringLiteral("/api/v1/visits"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"cursor"_qs, QUrl::FullyDecoded), request.cursor);
        QCOMPARE(query.queryItemValue(u"since"_qs, QUrl::FullyDecoded), request.since);
        QCOMPARE(query.queryItemValue(u"limit"_qs), u"200"_qs);
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"a%2Bb%2Fc%3Dd%26e"));
    }

    void syncsEveryCategoryThenOnlyNewRows()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        SyncEngine engine(store.path(), sourceFactory(ServerProfile::forUrl(m_server->origin())));
        SyncOptions options;
        options.pageLimit = 200;
        engine.setOptions(options);

        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).value<SyncOutcome>(), SyncOutcome::Completed);

        SyncStateStore states(store.database());
        QStringList highWaters;
        for (const SyncCategory &category : SyncCategory::all()) {
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM ") + category.name));
            QVERIFY(query.next());
            const qint64 total = serverTotal(category.apiPath);
            QVERIFY2(total > 0, qPrintable(category.name));
            QCOMPARE(query.value(0).toLongLong(), total);
            const SyncState state = states.load(category.name);
            QVERIFY(!state.walkInProgress());
            QVERIFY(!state.highWater.isEmpty());
            highWaters << state.highWater;
        }
        // The newest visit on the server is the newest in the cache.
        const auto newest = m_server->get(QStringLiteral("/api/v1/visits?limit=1"), m_token);
        const QString newestId =
            newest.json().value(u"items").toArray().first().toObject().value(u"id").toString();
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM visits ORDER BY started_at DESC, "
                                          "row_id DESC LIMIT 1")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), newestId);
        query.finish();

        // Nothing new on the server: the second run only re-reads the
        // boundary rows (since is inclusive) and stores no duplicates.
        QSignalSpy stored(&engine, &SyncEngine::pageStored);
        QVERIFY(engine.start());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).value<SyncOutcome>(), SyncOutcome::Completed);
        QCOMPARE(stored.count(), SyncCategory::all().size());
        for (const auto &arguments : stored)
            QVERIFY(arguments.at(1).toInt() <= 5);
        for (const SyncCategory &category : SyncCategory::all()) {
            QSqlQuery count(store.database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ") + category.name) &&
                    count.next());
            QCOMPARE(count.value(0).toLongLong(), serverTotal(category.apiPath));
        }
    }

    // The sync honours the profile's public-key pin like every other request:
    // a server presenting another key gets no page request, and nothing is
    // stored.
    void pinMismatchStopsTheSync()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        ServerProfile pinned = ServerProfile::forUrl(m_server->origin());
        pinned.pinSha256 = QByteArray(32, 'x').toBase64();
        SyncEngine engine(store.path(), sourceFactory(pinned));

        QSignalSpy finished(&engine, &SyncEngine::finished);
        QSignalSpy stored(&engine, &SyncEngine::pageStored);
        QVERIFY(engine.start());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).value<SyncOutcome>() != SyncOutcome::Completed);
        QCOMPARE(stored.count(), 0);
        for (const SyncCategory &category : SyncCategory::all()) {
            QSqlQuery count(store.database());
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ") + category.name) &&
                    count.next());
            QCOMPARE(count.value(0).toLongLong(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncHttp)
#include "tst_sync_http.moc"
