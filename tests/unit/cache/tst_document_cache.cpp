#include "ApiClientTestBase.h"

#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);

qint64 documentRows(const LocalStore &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM documents")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

// DocumentCache: stores what the server answered in the LocalStore's file,
// serves it offline, and empties it with the store.
class TestDocumentCache : public ApiClientTestBase
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;

    QString storePath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }

    std::unique_ptr<DocumentCache> newCache()
    {
        auto cache = std::make_unique<DocumentCache>(m_store.get(), [] { return kNow; });
        cache->setApiClient(client);
        return cache;
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>(storePath());
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
        tearDown();
    }

    void refreshStoresTheAnswer()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, R"({"full_name":"Ann"})");
            response.headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"v7\"")));
            return response;
        });
        auto cache = newCache();
        QVERIFY(!cache->cached(QStringLiteral("profile")));
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        QSignalSpy failed(cache.get(), &DocumentCache::failed);
        cache->refresh(QStringLiteral("profile"), QStringLiteral("/profile"));
        QVERIFY(cache->isRefreshing(QStringLiteral("profile")));
        QVERIFY(updated.wait(5000));
        QCOMPARE(updated.constFirst().constFirst().toString(), QStringLiteral("profile"));
        QVERIFY(failed.isEmpty());
        QVERIFY(!cache->isRefreshing(QStringLiteral("profile")));
        QCOMPARE(network->requests().constFirst().url,
                 QUrl(QStringLiteral("https://api.test/api/v1/profile")));

        const std::optional<Document> copy = cache->cached(QStringLiteral("profile"));
        QVERIFY(copy);
        QCOMPARE(copy->json.object().value(QLatin1String("full_name")).toString(),
                 QStringLiteral("Ann"));
        QCOMPARE(copy->etag, QByteArray("\"v7\""));
        QCOMPARE(copy->syncedAt, kNow);
        QCOMPARE(documentRows(*m_store), 1);
    }

    void copySurvivesARestartOffline()
    {
        network->setHandler(
            [](const FakeRequest &) { return FakeResponse::json(200, R"({"items":[1,2]})"); });
        {
            auto cache = newCache();
            QSignalSpy updated(cache.get(), &DocumentCache::updated);
            cache->refresh(QStringLiteral("cookies"), QStringLiteral("/cookies"));
            QVERIFY(updated.wait(5000));
        }
        m_store.reset();
        m_store = std::make_unique<LocalStore>(storePath());
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        DocumentCache offline(m_store.get()); // no API client
        const std::optional<Document> copy = offline.cached(QStringLiteral("cookies"));
        QVERIFY(copy);
        QCOMPARE(copy->json.object().value(QLatin1String("items")).toArray().size(), 2);
        QCOMPARE(copy->syncedAt, kNow);

        QSignalSpy failed(&offline, &DocumentCache::failed);
        offline.refresh(QStringLiteral("cookies"), QStringLiteral("/cookies"));
        QVERIFY(failed.wait(5000));
        const auto error2 = failed.constFirst().at(1).value<ApiError>();
        QCOMPARE(error2.kind(), ApiError::Kind::Network);
        QVERIFY(!error2.userMessage().isEmpty());
        QVERIFY(offline.cached(QStringLiteral("cookies")));
    }

    void failureKeepsTheOldCopy()
    {
        int calls = 0;
        network->setHandler([&](const FakeRequest &) {
            return ++calls == 1 ? FakeResponse::json(200, R"({"version":"1"})")
                                : FakeResponse::problem(404, QStringLiteral("not-found"));
        });
        auto cache = newCache();
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        QSignalSpy failed(cache.get(), &DocumentCache::failed);
        cache->refresh(QStringLiteral("policy"), QStringLiteral("/policy"));
        QVERIFY(updated.wait(5000));
        cache->refresh(QStringLiteral("policy"), QStringLiteral("/policy"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("policy"));
        QVERIFY(failed.constFirst().at(1).value<ApiError>().isProblem(QLatin1String("not-found")));
        QCOMPARE(
            cache->cached(QStringLiteral("policy"))->json.object().value(QLatin1String("version")),
            QJsonValue(QStringLiteral("1")));
    }

    void aRunningRefreshIsNotStartedTwice()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        auto cache = newCache();
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        cache->refresh(QStringLiteral("billing"), QStringLiteral("/billing"));
        cache->refresh(QStringLiteral("billing"), QStringLiteral("/billing"));
        QVERIFY(updated.wait(5000));
        QTest::qWait(50); // a second answer would have arrived by now
        QCOMPARE(updated.size(), 1);
        QCOMPARE(network->requests().size(), 1);
    }

    void cancelEndsWithFailed()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        auto cache = newCache();
        QSignalSpy failed(cache.get(), &DocumentCache::failed);
        cache->refresh(QStringLiteral("sessions"), QStringLiteral("/auth/sessions"));
        QTRY_COMPARE(network->requests().size(), 1);
        cache->cancel(QStringLiteral("sessions"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!cache->isRefreshing(QStringLiteral("sessions")));
        QVERIFY(!cache->cached(QStringLiteral("sessions")));
    }

    void aNewClientDropsAnswersOfTheOldOne()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        auto cache = newCache();
        QSignalSpy failed(cache.get(), &DocumentCache::failed);
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        cache->refresh(QStringLiteral("security"), QStringLiteral("/auth/security"));
        cache->setApiClient(nullptr);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QVERIFY(!cache->isRefreshing(QStringLiteral("security")));
        QTest::qWait(50);
        QCOMPARE(failed.size(), 1);
        QVERIFY(updated.isEmpty());
    }

    // Every refresh ends with updated or failed, also when its client is
    // destroyed under it: a dialog waiting for the answer can go on.
    void aRefreshWhoseClientGoesAwayFails()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        auto cache = newCache();
        CachedDocument document(cache.get(), QStringLiteral("profile"),
                                ApiRequest::get(QStringLiteral("/profile")));
        QSignalSpy failed(cache.get(), &DocumentCache::failed);
        QSignalSpy refreshFailed(&document, &CachedDocument::refreshFailed);
        document.refresh();
        QTRY_COMPARE(network->requests().size(), 1);
        QVERIFY(document.isRefreshing());
        delete client;
        client = nullptr;
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().at(0).toString(), QStringLiteral("profile"));
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(refreshFailed.size(), 1);
        QVERIFY(!document.isRefreshing());
        QVERIFY(!cache->isRefreshing(QStringLiteral("profile")));

        // The key can be refreshed again on a new client.
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        network->setHandler(
            [](const FakeRequest &) { return FakeResponse::json(200, R"({"x":1})"); });
        cache->setApiClient(client);
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        document.refresh();
        QTRY_COMPARE(updated.size(), 1);
        QCOMPARE(failed.size(), 1);
    }

    void wipeEmptiesTheTable()
    {
        network->setHandler(
            [](const FakeRequest &) { return FakeResponse::json(200, R"({"x":1})"); });
        auto cache = newCache();
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        QSignalSpy cleared(cache.get(), &DocumentCache::cleared);
        cache->refresh(QStringLiteral("a"), QStringLiteral("/a"));
        cache->refresh(QStringLiteral("b"), QStringLiteral("/b"));
        QTRY_COMPARE(updated.size(), 2);
        QCOMPARE(documentRows(*m_store), 2);

        QString error;
        QVERIFY2(m_store->wipe(&error), qPrintable(error));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(documentRows(*m_store), 0);
        QVERIFY(!cache->cached(QStringLiteral("a")));
        // The cache works on the reopened connection.
        cache->refresh(QStringLiteral("a"), QStringLiteral("/a"));
        QTRY_COMPARE(updated.size(), 3);
        QVERIFY(cache->cached(QStringLiteral("a")));
    }

    void anAnswerArrivingAfterAWipeIsDropped()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        auto cache = newCache();
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        QSignalSpy failed(cache.get(), &DocumentCache::failed);
        cache->refresh(QStringLiteral("profile"), QStringLiteral("/profile"));
        QTRY_COMPARE(network->requests().size(), 1);
        QString error;
        QVERIFY2(m_store->wipe(&error), qPrintable(error));
        QCOMPARE(failed.size(), 1);
        QTest::qWait(50);
        QVERIFY(updated.isEmpty());
        QCOMPARE(documentRows(*m_store), 0);
    }

    void storeAndRemove()
    {
        auto cache = newCache();
        QSignalSpy updated(cache.get(), &DocumentCache::updated);
        QVERIFY(cache->store(QStringLiteral("policy"),
                             QJsonDocument(QJsonObject{{QStringLiteral("version"), 2}})));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(
            cache->cached(QStringLiteral("policy"))->json.object().value(QLatin1String("version")),
            QJsonValue(2));
        QVERIFY(cache->remove(QStringLiteral("policy")));
        QVERIFY(!cache->cached(QStringLiteral("policy")));
    }

    void cachedDocumentShowsTheCopyThenTheRefresh()
    {
        int calls = 0;
        network->setHandler([&](const FakeRequest &) {
            ++calls;
            return FakeResponse::json(200, calls == 1 ? QByteArray(R"({"n":1})")
                                                      : QByteArray(R"({"n":2})"));
        });
        auto cache = newCache();
        {
            QSignalSpy updated(cache.get(), &DocumentCache::updated);
            cache->refresh(QStringLiteral("usage"), QStringLiteral("/usage"));
            QVERIFY(updated.wait(5000));
        }
        CachedDocument document(cache.get(), QStringLiteral("usage"),
                                ApiRequest::get(QStringLiteral("/usage")));
        QSignalSpy changed(&document, &CachedDocument::changed);
        QSignalSpy refreshing(&document, &CachedDocument::refreshingChanged);
        document.load();
        // The stored copy at once, before any answer.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(document.object().value(QLatin1String("n")).toInt(), 1);
        QVERIFY(document.isRefreshing());
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(document.object().value(QLatin1String("n")).toInt(), 2);
        QVERIFY(!document.isRefreshing());
        QCOMPARE(refreshing.size(), 2);

        QString error;
        QVERIFY(m_store->wipe(&error));
        QCOMPARE(changed.size(), 3);
        QVERIFY(!document.hasCopy());
    }

    void cachedDocumentWithoutACacheFails()
    {
        CachedDocument document(nullptr, QStringLiteral("x"),
                                ApiRequest::get(QStringLiteral("/x")));
        QSignalSpy failed(&document, &CachedDocument::refreshFailed);
        document.load();
        QVERIFY(failed.wait(5000));
        QVERIFY(!document.hasCopy());
    }
};

QTEST_MAIN(TestDocumentCache)
#include "tst_document_cache.moc"
