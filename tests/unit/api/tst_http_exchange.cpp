// The one HTTP transport: what it sends, which redirects it follows, its
// size cap and timeout, and how an ended exchange maps to an ApiError. Pins
// and HTTP/2 on real TLS are proven by tst_client_tls and tst_client_http2.
#include "net/HttpExchange.h"

#include "FakeNetwork.h"
#include "ManualTimerSource.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(pd::test::FakeResponse)

class TestHttpExchange : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNetworkAccessManager> network;
    std::unique_ptr<ManualTimerSource> timers;

    HttpExchange::Options options(bool withPolicy = true) const
    {
        HttpExchange::Options options;
        options.network = network.get();
        options.timers = timers.get();
        if (withPolicy) {
            options.tls = TlsPolicy(ServerProfile::forUrl(QUrl(u"https://api.test"_qs)));
            options.redirects = HttpExchange::Redirects::SameOrigin;
        }
        return options;
    }

    static HttpExchange::Request get(const QString &url)
    {
        HttpExchange::Request request;
        request.url = QUrl(url);
        return request;
    }

    // Starts `exchange` and waits for its end.
    static bool run(HttpExchange &exchange)
    {
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        exchange.start();
        if (finished.isEmpty() && !finished.wait(5000))
            return false;
        return finished.size() == 1;
    }

private Q_SLOTS:
    void init()
    {
        network = std::make_unique<FakeNetworkAccessManager>();
        timers = std::make_unique<ManualTimerSource>();
    }
    void cleanup()
    {
        network.reset();
        timers.reset();
    }

    void sendsHardenedRequest()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        HttpExchange::Request request = get(u"https://api.test/api/v1/x"_qs);
        request.method = "POST";
        request.bearerToken = "t1";
        request.body = R"({"a":1})";
        request.contentType = "application/json";
        request.headers = {{"Idempotency-Key", "k"}};
        HttpExchange exchange(options(), request);
        QVERIFY(run(exchange));
        QVERIFY(!exchange.error());
        QCOMPARE(network->requests().size(), 1);
        const FakeRequest sent = network->requests().constFirst();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.body, QByteArray(R"({"a":1})"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer t1"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.header("Idempotency-Key"), QByteArray("k"));
        // A fresh id per exchange unless the caller gives one.
        QVERIFY(!QUuid::fromString(QString::fromLatin1(sent.header("X-Request-ID"))).isNull());
        QCOMPARE(QString::fromLatin1(sent.header("X-Request-ID")), exchange.requestId());
        QCOMPARE(sent.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
        QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::UserVerifiedRedirectPolicy));
    }

    void callersRequestIdKeptAndNoTokenWithoutOne()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        HttpExchange::Request request = get(u"https://api.test/x"_qs);
        request.requestId = u"rid-1"_qs;
        HttpExchange exchange(options(false), request);
        QVERIFY(run(exchange));
        const FakeRequest sent = network->requests().constFirst();
        QCOMPARE(sent.header("X-Request-ID"), QByteArray("rid-1"));
        QVERIFY(sent.header("Authorization").isEmpty());
        QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void refusedUrlIsNotSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("withPolicy");
        QTest::newRow("http under policy") << u"http://api.test/x"_qs << true;
        QTest::newRow("http without policy") << u"http://idp.test/x"_qs << false;
        QTest::newRow("ftp") << u"ftp://api.test/x"_qs << true;
    }

    void refusedUrlIsNotSent()
    {
        QFETCH(QString, url);
        QFETCH(bool, withPolicy);
        HttpExchange exchange(options(withPolicy), get(url));
        QVERIFY(run(exchange));
        QVERIFY(network->requests().isEmpty());
        QVERIFY(exchange.error());
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::Tls);
    }

    void tokenGoesToTheProfilesOriginOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("withPolicy");
        QTest::newRow("another host") << u"https://idp.test/x"_qs << true;
        QTest::newRow("another port") << u"https://api.test:8443/x"_qs << true;
        QTest::newRow("no policy to say whose it is") << u"https://api.test/x"_qs << false;
    }

    void tokenGoesToTheProfilesOriginOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, withPolicy);
        HttpExchange::Request request = get(url);
        request.bearerToken = "secret-access-token";
        HttpExchange exchange(options(withPolicy), request);
        QVERIFY(run(exchange));
        QVERIFY(network->requests().isEmpty());
        QVERIFY(exchange.error());
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::Tls);
    }

    void redirectWithinOriginFollowed()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, R"({"moved":true})");
            response.redirectTo = QUrl(u"https://api.test/elsewhere"_qs);
            return response;
        });
        HttpExchange exchange(options(), get(u"https://api.test/x"_qs));
        QVERIFY(run(exchange));
        QVERIFY(!exchange.error());
        QCOMPARE(exchange.body(), QByteArray(R"({"moved":true})"));
    }

    void redirectToAnotherOriginRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("withPolicy");
        QTest::newRow("other host") << u"https://evil.test/x"_qs << true;
        QTest::newRow("other port") << u"https://api.test:8443/x"_qs << true;
        QTest::newRow("other scheme") << u"http://api.test/x"_qs << true;
        // Without a policy there is no origin to stay in: never followed.
        QTest::newRow("no policy") << u"https://api.test/y"_qs << false;
    }

    void redirectToAnotherOriginRefused()
    {
        QFETCH(QString, target);
        QFETCH(bool, withPolicy);
        network->setHandler([target](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, "{}");
            response.redirectTo = QUrl(target);
            return response;
        });
        HttpExchange exchange(options(withPolicy), get(u"https://api.test/x"_qs));
        QVERIFY(run(exchange));
        QVERIFY(exchange.error());
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::Http);
        QCOMPARE(exchange.error()->httpStatus(), 302);
        QCOMPARE(network->abortedReplies(), 1);
        QVERIFY(exchange.body().isEmpty());
    }

    void declaredLengthOverCapRefusedUnread()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response;
            response.headers = {{"Content-Type", "application/json"}, {"Content-Length", "2048"}};
            response.streamBytes = 2048;
            return response;
        });
        HttpExchange::Options capped = options();
        capped.cap.maxBytes = 1024;
        HttpExchange exchange(capped, get(u"https://api.test/x"_qs));
        QVERIFY(run(exchange));
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::TooLarge);
        QCOMPARE(network->bytesProduced(), 0);
    }

    void bodyOverCapStopsReading()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response;
            response.streamBytes = 10 * 1024 * 1024; // no Content-Length
            response.chunkSize = 64 * 1024;
            return response;
        });
        HttpExchange::Options capped = options();
        capped.cap.maxBytes = 100 * 1024;
        HttpExchange exchange(capped, get(u"https://api.test/x"_qs));
        QVERIFY(run(exchange));
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::TooLarge);
        QCOMPARE(network->abortedReplies(), 1);
        QVERIFY(network->bytesProduced() <= 2 * 64 * 1024 + 100 * 1024);
        QVERIFY(exchange.body().size() <= 100 * 1024 + 1);
    }

    void streamedBodyIsTheCallersAndUncapped()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response;
            response.streamBytes = 300 * 1024;
            response.chunkSize = 64 * 1024;
            return response;
        });
        HttpExchange::Options stream = options();
        stream.body = HttpExchange::Body::Stream;
        stream.cap.maxBytes = 1024; // only for an error body
        HttpExchange exchange(stream, get(u"https://api.test/x"_qs));
        qint64 read = 0;
        connect(&exchange, &HttpExchange::readyRead, this,
                [&] { read += exchange.reply()->readAll().size(); });
        QVERIFY(run(exchange));
        QVERIFY(!exchange.error());
        QCOMPARE(read, 300 * 1024);
        QVERIFY(exchange.body().isEmpty());
    }

    void streamedErrorBodyIsCollected()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(404, QStringLiteral("not-found"));
        });
        HttpExchange::Options stream = options();
        stream.body = HttpExchange::Body::Stream;
        HttpExchange exchange(stream, get(u"https://api.test/x"_qs));
        QSignalSpy readyRead(&exchange, &HttpExchange::readyRead);
        QVERIFY(run(exchange));
        QCOMPARE(readyRead.size(), 0);
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::Problem);
        QCOMPARE(exchange.error()->slug(), QStringLiteral("not-found"));
    }

    void inactivityTimesOut()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        HttpExchange::Options slow = options();
        slow.timeout = 5000ms;
        HttpExchange exchange(slow, get(u"https://api.test/x"_qs));
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        exchange.start();
        QTRY_COMPARE(network->requests().size(), 1);
        timers->advance(4999ms);
        QCOMPARE(finished.size(), 0);
        timers->advance(1ms);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::Timeout);
        QCOMPARE(network->abortedReplies(), 1);
        QCOMPARE(timers->activeTimers(), 0);
    }

    void errorMapping_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("slug");
        FakeResponse refused;
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        FakeResponse timedOut;
        timedOut.networkError = QNetworkReply::TimeoutError;
        FakeResponse handshake;
        handshake.networkError = QNetworkReply::SslHandshakeFailedError;
        QTest::newRow("network") << refused << int(ApiError::Kind::Network) << 0 << QString();
        QTest::newRow("timeout") << timedOut << int(ApiError::Kind::Timeout) << 0 << QString();
        QTest::newRow("tls") << handshake << int(ApiError::Kind::Tls) << 0 << QString();
        QTest::newRow("problem") << FakeResponse::problem(409, QStringLiteral("conflict"))
                                 << int(ApiError::Kind::Problem) << 409 << u"conflict"_qs;
        QTest::newRow("plain 500")
            << FakeResponse::json(500, "oops") << int(ApiError::Kind::Http) << 500 << QString();
        QTest::newRow("304") << FakeResponse::json(304, "") << int(ApiError::Kind::Http) << 304
                             << QString();
    }

    void errorMapping()
    {
        QFETCH(FakeResponse, response);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, slug);
        network->setHandler([response](const FakeRequest &) { return response; });
        HttpExchange exchange(options(), get(u"https://api.test/x"_qs));
        QVERIFY(run(exchange));
        QVERIFY(exchange.error());
        QCOMPARE(int(exchange.error()->kind()), kind);
        QCOMPARE(exchange.error()->httpStatus(), status);
        QCOMPARE(exchange.error()->slug(), slug);
    }

    void retryAfterRead()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(429, QStringLiteral("rate-limited"),
                                         {{"Retry-After", "7"}});
        });
        HttpExchange exchange(options(), get(u"https://api.test/x"_qs));
        QVERIFY(run(exchange));
        QCOMPARE(exchange.error()->retryAfterSeconds(), std::optional<int>(7));
    }

    void abortCarriesItsReason()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        HttpExchange exchange(options(), get(u"https://api.test/x"_qs));
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        exchange.start();
        QTRY_COMPARE(network->requests().size(), 1);
        exchange.abort(ApiError::cancelled());
        exchange.abort(ApiError::network(u"second reason"_qs));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(exchange.error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(network->abortedReplies(), 1);
    }

    void discardIsQuiet()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        QPointer<HttpExchange> exchange =
            new HttpExchange(options(), get(u"https://api.test/x"_qs));
        QSignalSpy finished(exchange.data(), &HttpExchange::finished);
        exchange->start();
        QTRY_COMPARE(network->requests().size(), 1);
        exchange->discard();
        QCOMPARE(network->abortedReplies(), 1);
        QTRY_VERIFY(exchange.isNull());
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "tst_http_exchange.moc"
