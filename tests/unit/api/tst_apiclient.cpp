#include "ApiClientTestBase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestApiClient : public ApiClientTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void sendsRequestIdBearerAndUrl()
    {
        network->setHandler(
            [](const FakeRequest &) { return FakeResponse::json(200, R"({"ok":true})"); });
        const ApiResult result =
            resultOfSending(ApiRequest::get(QStringLiteral("/profile"))
                                .withQuery(QStringLiteral("limit"), QStringLiteral("5")));
        QVERIFY(result.ok());
        QCOMPARE(result.json.object().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(network->requests().size(), 1);
        const FakeRequest request = network->requests().constFirst();
        QCOMPARE(request.url, QUrl(QStringLiteral("https://api.test/api/v1/profile?limit=5")));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer t1"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(request.header("X-Request-ID"))).isNull());
        QCOMPARE(QString::fromLatin1(request.header("X-Request-ID")), result.requestId);
    }

    void escapedIdsStayOneSegmentAndAreEscapedOnce()
    {
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(u"a/b c%1"_qs));
        const QUrl url = client->urlFor(ApiRequest::get(u"/things/"_qs + id));
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 u"https://api.test/api/v1/things/a%2Fb%20c%251"_qs);
        QCOMPARE(client->urlFor(ApiRequest::get(u"/auth/sessions"_qs)).path(),
                 u"/api/v1/auth/sessions"_qs);
    }

    void postsJsonWithoutAuthWhenAsked()
    {
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        QSignalSpy finished(
            client->send(ApiRequest::post(QStringLiteral("/auth/password"),
                                          QJsonDocument(QJsonObject{{QStringLiteral("a"), 1}}))
                             .withoutAuth()),
            &ApiJob::finished);
        QVERIFY(resultOf(finished).ok());
        const FakeRequest request = network->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray(R"({"a":1})"));
        QVERIFY(request.header("Authorization").isEmpty());
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
    }

    void problemJsonBecomesApiError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("slug");
        for (const auto &[status, slug] :
             QList<QPair<int, QString>>{{400, QStringLiteral("bad-request")},
                                        {403, QStringLiteral("forbidden")},
                                        {403, QStringLiteral("reauthentication-required")},
                                        {404, QStringLiteral("not-found")},
                                        {409, QStringLiteral("conflict")},
                                        {412, QStringLiteral("precondition-failed")},
                                        {422, QStringLiteral("idempotency-key-reused")},
                                        {401, QStringLiteral("invalid-credentials")},
                                        {429, QStringLiteral("too-many-sign-in-attempts")}})
            QTest::addRow("%d %s", status, qPrintable(slug)) << status << slug;
    }
    void problemJsonBecomesApiError()
    {
        QFETCH(int, status);
        QFETCH(QString, slug);
        network->setHandler(
            [&](const FakeRequest &) { return FakeResponse::problem(status, slug); });
        // Not retried, whatever the status: one answer to map.
        const ApiResult result = resultOfSending(
            ApiRequest::post(QStringLiteral("/x"), QJsonDocument(QJsonObject())).withoutRetries());
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), ApiError::Kind::Problem);
        QCOMPARE(result.error->slug(), slug);
        QCOMPARE(result.error->httpStatus(), status);
        QCOMPARE(result.error->developerDetail(), QStringLiteral("d"));
        QCOMPARE(result.error->userMessage(), ApiError::messageForSlug(slug));
        QVERIFY(!result.error->userMessage().isEmpty());
        QCOMPARE(result.error->requestId(), result.requestId);
        QCOMPARE(tokens->refreshes, 0);
        QCOMPARE(network->requests().size(), 1);
    }

    void validationErrorsAreListed()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::problem(422, QStringLiteral("validation-failed"));
            response.body =
                R"({"type":"urn:privacy-dashboard:problem:validation-failed","title":"V","status":422,
                "errors":[{"field":"payload.minor.email","message":"not an email"}]})";
            return response;
        });
        const ApiResult result = resultOfSending(
            ApiRequest::post(QStringLiteral("/requests"), QJsonDocument(QJsonObject())));
        QVERIFY(result.error);
        QCOMPARE(result.error->fieldErrors().size(), 1);
        QCOMPARE(result.error->fieldErrors().constFirst().field,
                 QStringLiteral("payload.minor.email"));
    }

    void otherErrorsAreHttp()
    {
        network->setHandler([](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(502, "<html>Bad gateway</html>");
            response.headers = {{"Content-Type", "text/html"}};
            return response;
        });
        const ApiResult result = resultOfSending(
            ApiRequest::post(QStringLiteral("/x"), QJsonDocument(QJsonObject())).withoutRetries());
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), ApiError::Kind::Http);
        QCOMPARE(result.error->httpStatus(), 502);
    }

    void malformedSuccessBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("broken json") << QByteArray("application/json") << QByteArray("{oops");
        QTest::newRow("html") << QByteArray("text/html")
                              << QByteArray("<html>captive portal</html>");
        QTest::newRow("deep") << QByteArray("application/json") << QByteArray(10000, '[');
    }
    void malformedSuccessBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        network->setHandler([&](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, body);
            response.headers = {{"Content-Type", contentType}};
            return response;
        });
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/x")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind(), ApiError::Kind::Malformed);
        QCOMPARE(network->requests().size(), 1); // not retried
    }

    void unauthenticatedRefreshesOnceAndRetries()
    {
        network->setHandler([](const FakeRequest &request) {
            if (request.header("Authorization") == "Bearer t1")
                return FakeResponse::problem(401, QStringLiteral("unauthenticated"));
            return FakeResponse::json(200, R"({"n":2})");
        });
        QSignalSpy signInRequired(client, &ApiClient::signInRequired);
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/profile")));
        QVERIFY(result.ok());
        QCOMPARE(result.json.object().value(QLatin1String("n")).toInt(), 2);
        QCOMPARE(tokens->refreshes, 1);
        QCOMPARE(network->requests().size(), 2);
        QCOMPARE(network->requests().at(1).header("Authorization"), QByteArray("Bearer t2"));
        QCOMPARE(signInRequired.count(), 0);
    }

    void secondUnauthenticatedAsksForSignIn()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(401, QStringLiteral("unauthenticated"));
        });
        QSignalSpy signInRequired(client, &ApiClient::signInRequired);
        const ApiResult result = resultOfSending(ApiRequest::get(QStringLiteral("/profile")));
        QVERIFY(result.error);
        QVERIFY(result.error->isProblem(QLatin1String("unauthenticated")));
        QCOMPARE(tokens->refreshes, 1);
        QCOMPARE(network->requests().size(), 2);
        QCOMPARE(signInRequired.count(), 1);
    }

    void refusedRefreshAsksForSignIn()
    {
        tokens->outcome = AccessTokenProvider::RefreshOutcome::SignInRequired;
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(401, QStringLiteral("unauthenticated"));
        });
        QSignalSpy signInRequired(client, &ApiClient::signInRequired);
        QSignalSpy finished(client->send(ApiRequest::get(QStringLiteral("/profile"))),
                            &ApiJob::finished);
        QVERIFY(resultOf(finished).error);
        QCOMPARE(network->requests().size(), 1);
        QCOMPARE(signInRequired.count(), 1);
    }

    void missingTokenRefreshesBeforeSending()
    {
        tokens->token.clear();
        network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        QSignalSpy finished(client->send(ApiRequest::get(QStringLiteral("/profile"))),
                            &ApiJob::finished);
        QVERIFY(resultOf(finished).ok());
        QCOMPARE(tokens->refreshes, 1);
        QCOMPARE(network->requests().size(), 1);
        QCOMPARE(network->requests().constFirst().header("Authorization"), QByteArray("Bearer t2"));
    }

    void otherUnauthorizedSlugsDoNotRefresh()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::problem(401, QStringLiteral("refresh-token-reused"));
        });
        QSignalSpy finished(client->send(ApiRequest::get(QStringLiteral("/x"))), &ApiJob::finished);
        QVERIFY(resultOf(finished).error->isProblem(QLatin1String("refresh-token-reused")));
        QCOMPARE(tokens->refreshes, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
