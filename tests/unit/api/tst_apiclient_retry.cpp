#include "ApiClientTestBase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestApiClientRetry : public ApiClientTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void rateLimitHonoursRetryAfter()
    {
        network->setHandler([this](const FakeRequest &) {
            if (network->requests().size() == 1)
                return FakeResponse::problem(429, QStringLiteral("rate-limited"),
                                             {{"Retry-After", "7"}});
            return FakeResponse::json(200, "{}");
        });
        QSignalSpy finished(client->send(ApiRequest::get(QStringLiteral("/usage"))),
                            &ApiJob::finished);
        QTRY_VERIFY(retryScheduled());
        QCOMPARE(*timers->nextDeadline() - timers->now(), 7000ms);
        timers->advance(6999ms);
        QCoreApplication::processEvents();
        QCOMPARE(network->requests().size(), 1);
        QCOMPARE(finished.count(), 0);
        timers->advance(1ms);
        QCOMPARE(network->requests().size(), 2);
        const ApiResult result = resultOf(finished);
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        // One logical request: the same X-Request-ID on both attempts.
        QCOMPARE(network->requests().at(0).header("X-Request-ID"),
                 network->requests().at(1).header("X-Request-ID"));
    }

    void unavailableRetryAfterAsHttpDate()
    {
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(120),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        network->setHandler([&](const FakeRequest &) {
            return FakeResponse::problem(503, QStringLiteral("unavailable"),
                                         {{"Retry-After", date}});
        });
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/x")));
        QVERIFY(result.error);
        QVERIFY(result.error->retryAfterSeconds());
        QVERIFY(qAbs(*result.error->retryAfterSeconds() - 120) <= 2);
    }

    void serverErrorsRetriedOnlyWhenRepeatable_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("keyed");
        QTest::addColumn<int>("attempts");
        QTest::newRow("GET") << QByteArray("GET") << false << 3;
        QTest::newRow("PUT") << QByteArray("PUT") << false << 3;
        QTest::newRow("DELETE") << QByteArray("DELETE") << false << 3;
        // Every state-changing request carries a key, so all are repeatable.
        QTest::newRow("POST") << QByteArray("POST") << false << 3;
        QTest::newRow("PATCH") << QByteArray("PATCH") << false << 3;
        QTest::newRow("POST with Idempotency-Key") << QByteArray("POST") << true << 3;
    }
    void serverErrorsRetriedOnlyWhenRepeatable()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, keyed);
        QFETCH(int, attempts);
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(503, QStringLiteral("unavailable"));
        });
        ApiRequest request;
        request.method = method;
        request.path = QStringLiteral("/requests");
        if (method != "GET" && method != "DELETE")
            request.body = QJsonDocument(QJsonObject());
        if (keyed)
            request.withIdempotencyKey("key-1");
        QSignalSpy finished(client->send(request), &ApiJob::finished);
        for (int attempt = 1; attempt < attempts; ++attempt) {
            QTRY_COMPARE(network->requests().size(), attempt);
            QTRY_VERIFY(retryScheduled());
            timers->advance(*timers->nextDeadline() - timers->now());
        }
        const ApiResult result = resultOf(finished);
        QCOMPARE(network->requests().size(), attempts);
        QCOMPARE(result.attempts, attempts);
        QVERIFY(result.error);
        QCOMPARE(result.error->slug(), QStringLiteral("unavailable"));
        // One logical request, one key on all its attempts: the caller's, or
        // one the job made.
        const QByteArray key = network->requests().constFirst().header("Idempotency-Key");
        if (keyed)
            QCOMPARE(key, QByteArray("key-1"));
        else if (method == "GET")
            QVERIFY(key.isEmpty());
        else
            QVERIFY(!QUuid::fromString(QLatin1String(key)).isNull());
        for (const FakeRequest &sent : network->requests())
            QCOMPARE(sent.header("Idempotency-Key"), key);
    }

    void eachLogicalRequestHasItsOwnKey()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        for (const QByteArray method : {"POST", "PUT", "PATCH", "DELETE"}) {
            ApiRequest request;
            request.method = method;
            request.path = QStringLiteral("/things");
            QSignalSpy first(client->send(request), &ApiJob::finished);
            QSignalSpy second(client->send(request), &ApiJob::finished);
            QVERIFY(resultOf(first).ok());
            QVERIFY(resultOf(second).ok());
        }
        QCOMPARE(network->requests().size(), 8);
        QSet<QByteArray> keys;
        for (const FakeRequest &sent : network->requests())
            keys.insert(sent.header("Idempotency-Key"));
        QCOMPARE(keys.size(), 8);
        QVERIFY(!keys.contains(QByteArray()));
    }

    void transferTimeout()
    {
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        ApiRequest request = ApiRequest::get(QStringLiteral("/slow")).withTimeout(30000ms);
        QSignalSpy finished(client->send(request), &ApiJob::finished);
        QTRY_COMPARE(network->requests().size(), 1);
        timers->advance(29999ms);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
        timers->advance(1ms);
        const ApiResult result = resultOf(finished);
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), ApiError::Kind::Timeout);
        QCOMPARE(network->abortedReplies(), 1);
    }

    void cancelInFlight()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        ApiJob *job = client->send(ApiRequest::get(QStringLiteral("/slow")));
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(network->requests().size(), 1);
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(resultOf(finished).error->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(network->abortedReplies(), 1);
    }

    void cancelWhileWaitingToRetry()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(503, QStringLiteral("unavailable"));
        });
        ApiJob *job = client->send(ApiRequest::get(QStringLiteral("/x")));
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_VERIFY(retryScheduled());
        job->cancel();
        QCOMPARE(resultOf(finished).error->kind(), ApiError::Kind::Cancelled);
        timers->advance(60000ms);
        QCoreApplication::processEvents();
        QCOMPARE(network->requests().size(), 1);
        QCOMPARE(finished.count(), 1);
    }

    void declaredLengthOverCapRejectedUnread()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response;
            response.headers = {{"Content-Type", "application/json"},
                                {"Content-Length", "104857600"}};
            response.streamBytes = 100LL * 1024 * 1024;
            return response;
        });
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/big")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), ApiError::Kind::TooLarge);
        QCOMPARE(network->bytesProduced(), 0);
    }

    void streamedBodyOverCapStopsReading()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response;
            response.streamBytes = 100LL * 1000 * 1000; // no Content-Length
            return response;
        });
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/big")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), ApiError::Kind::TooLarge);
        QCOMPARE(network->abortedReplies(), 1);
        QVERIFY2(network->bytesProduced() <= JsonGuard::kDefaultMaxBytes + 1024 * 1024,
                 qPrintable(QString::number(network->bytesProduced())));
    }

    void networkErrorsAreNetwork()
    {
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        network->setHandler([](const FakeRequest &) {
            FakeResponse response;
            response.networkError = QNetworkReply::ConnectionRefusedError;
            return response;
        });
        QSignalSpy finished(client->send(ApiRequest::get(QStringLiteral("/x"))), &ApiJob::finished);
        QCOMPARE(resultOf(finished).error->kind(), ApiError::Kind::Network);
    }

    void plainHttpRefusedUnlessLoopbackDeveloperMode_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("developerMode");
        QTest::addColumn<bool>("sent");
        QTest::newRow("loopback, normal")
            << QStringLiteral("http://127.0.0.1:8080") << false << false;
        QTest::newRow("loopback, developer")
            << QStringLiteral("http://127.0.0.1:8080") << true << true;
        QTest::newRow("localhost, developer")
            << QStringLiteral("http://localhost:8080") << true << true;
        QTest::newRow("ipv6 loopback, developer")
            << QStringLiteral("http://[::1]:8080") << true << true;
        QTest::newRow("remote, developer") << QStringLiteral("http://example.com") << true << false;
        QTest::newRow("lan, developer") << QStringLiteral("http://192.168.1.5") << true << false;
    }
    void plainHttpRefusedUnlessLoopbackDeveloperMode()
    {
        QFETCH(QString, url);
        QFETCH(bool, developerMode);
        QFETCH(bool, sent);
        makeClient(profileFor(url, developerMode));
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/x")));
        QCOMPARE(network->requests().size(), sent ? 1 : 0);
        QCOMPARE(result.ok(), sent);
        if (!sent) {
            QCOMPARE(result.error->kind(), ApiError::Kind::Tls);
            QVERIFY(result.error->userMessage().contains(QLatin1String("http://")));
        }
    }

    void apiBaseUrlIsTheProfiles()
    {
        // One place makes it: a profile with a path still talks to <origin>/api/v1.
        makeClient(profileFor(QStringLiteral("https://api.test")));
        QCOMPARE(client->profile().apiBaseUrl(), QUrl(QStringLiteral("https://api.test/api/v1")));
        QCOMPARE(client->urlFor(ApiRequest::get(QStringLiteral("/profile"))),
                 QUrl(QStringLiteral("https://api.test/api/v1/profile")));
        QCOMPARE(client->urlFor(ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                                    .withRoot(ApiRequest::Root::Origin)),
                 QUrl(QStringLiteral("https://api.test/.well-known/privacy-dashboard")));
        ServerProfile withPath = profileFor(QStringLiteral("https://api.test:8443"));
        withPath.baseUrl = QUrl(QStringLiteral("https://api.test:8443/privacy/"));
        QCOMPARE(withPath.apiBaseUrl(), QUrl(QStringLiteral("https://api.test:8443/api/v1")));
    }

    void managerIsHardened()
    {
        QVERIFY(network->isStrictTransportSecurityEnabled());
        QCOMPARE(network->redirectPolicy(), QNetworkRequest::NoLessSafeRedirectPolicy);
    }

    void unusableCaBundleFailsWithoutSending()
    {
        ServerProfile profile = profileFor(QStringLiteral("https://api.test"));
        profile.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
        makeClient(profile);
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/x")));
        QCOMPARE(result.error->kind(), ApiError::Kind::Tls);
        QVERIFY(result.error->userMessage().contains(QLatin1String("/nonexistent/ca.pem")));
        QCOMPARE(network->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClientRetry)
#include "tst_apiclient_retry.moc"
