#include "api/RetryPolicy.h"

#include <QTest>

using namespace pd;
using namespace std::chrono_literals;

namespace {

RetryPolicy policy(double random, double jitter = 0.5)
{
    RetryPolicy::Settings settings;
    settings.maxAttempts = 10;
    settings.baseDelay = 500ms;
    settings.maxDelay = 8000ms;
    settings.jitter = jitter;
    return RetryPolicy(settings, [random] { return random; });
}

ApiError serverError(int status)
{
    return ApiError::http(status, QStringLiteral("x"));
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exponentialBackoffWithCap()
    {
        const RetryPolicy noJitter = policy(0.0, 0.0);
        const ApiRequest get = ApiRequest::get(QStringLiteral("/x"));
        const QList<std::chrono::milliseconds> expected{500ms,  1000ms, 2000ms,
                                                        4000ms, 8000ms, 8000ms};
        for (int attempt = 1; attempt <= expected.size(); ++attempt)
            QCOMPARE(noJitter.delayBeforeRetry(get, serverError(503), attempt),
                     expected.at(attempt - 1));
    }

    void jitterStaysWithinItsShare()
    {
        const ApiRequest get = ApiRequest::get(QStringLiteral("/x"));
        QCOMPARE(policy(0.0).delayBeforeRetry(get, serverError(502), 3), 1000ms);
        QCOMPARE(policy(0.5).delayBeforeRetry(get, serverError(502), 3), 1500ms);
        QCOMPARE(policy(0.999999).delayBeforeRetry(get, serverError(502), 3), 2000ms);
    }

    void retryAfterWins()
    {
        ApiError limited = ApiError::problem(429, QStringLiteral("rate-limited"), {});
        limited.setRetryAfterSeconds(7);
        QCOMPARE(policy(0.5).delayBeforeRetry(ApiRequest::get(QStringLiteral("/x")), limited, 1),
                 7000ms);
        limited.setRetryAfterSeconds(3600);
        QCOMPARE(policy(0.5).delayBeforeRetry(ApiRequest::get(QStringLiteral("/x")), limited, 1),
                 std::nullopt);
    }

    void onlyRepeatableRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("keyed");
        QTest::addColumn<bool>("retried");
        QTest::newRow("GET") << QByteArray("GET") << false << true;
        QTest::newRow("HEAD") << QByteArray("HEAD") << false << true;
        QTest::newRow("PUT") << QByteArray("PUT") << false << true;
        QTest::newRow("DELETE") << QByteArray("DELETE") << false << true;
        QTest::newRow("POST") << QByteArray("POST") << false << false;
        QTest::newRow("PATCH") << QByteArray("PATCH") << false << false;
        QTest::newRow("POST with key") << QByteArray("POST") << true << true;
        QTest::newRow("PATCH with key") << QByteArray("PATCH") << true << true;
    }
    void onlyRepeatableRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, keyed);
        QFETCH(bool, retried);
        ApiRequest request;
        request.method = method;
        if (keyed)
            request.withIdempotencyKey("k-1");
        for (const ApiError &error : {serverError(503), ApiError::network(QStringLiteral("reset")),
                                      ApiError::timeout(QStringLiteral("slow"))})
            QCOMPARE(policy(0.5).delayBeforeRetry(request, error, 1).has_value(), retried);
    }

    void notWhenTheCallerSaysNo()
    {
        // A keyed POST is repeatable, but a best-effort call opts out.
        ApiRequest request;
        request.method = "POST";
        request.withIdempotencyKey("k-1").withoutRetries();
        QVERIFY(request.isRepeatable());
        QVERIFY(!policy(0.5)
                     .delayBeforeRetry(request, ApiError::network(QStringLiteral("reset")), 1)
                     .has_value());
        QVERIFY(!policy(0.5).delayBeforeRetry(
            ApiRequest::get(QStringLiteral("/x")).withoutRetries(), serverError(503), 1));
    }

    void onlyTransientFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        for (int status : {408, 429, 500, 502, 503, 504})
            QTest::addRow("%d", status) << status << true;
        for (int status : {400, 401, 403, 404, 409, 412, 422, 501})
            QTest::addRow("%d", status) << status << false;
    }
    void onlyTransientFailures()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        const ApiRequest get = ApiRequest::get(QStringLiteral("/x"));
        QCOMPARE(policy(0.5).delayBeforeRetry(get, serverError(status), 1).has_value(), retried);
        QCOMPARE(policy(0.5)
                     .delayBeforeRetry(get, ApiError::problem(status, QStringLiteral("s"), {}), 1)
                     .has_value(),
                 retried);
    }

    void neverTlsMalformedTooLargeOrCancelled()
    {
        const ApiRequest get = ApiRequest::get(QStringLiteral("/x"));
        for (const ApiError &error :
             {ApiError::tls(QStringLiteral("x")), ApiError::malformed(QStringLiteral("x")),
              ApiError::tooLarge(1), ApiError::cancelled()})
            QCOMPARE(policy(0.5).delayBeforeRetry(get, error, 1), std::nullopt);
    }

    void stopsAtMaxAttempts()
    {
        RetryPolicy::Settings settings;
        settings.maxAttempts = 3;
        const RetryPolicy limited(settings, [] { return 0.0; });
        const ApiRequest get = ApiRequest::get(QStringLiteral("/x"));
        QVERIFY(limited.delayBeforeRetry(get, serverError(503), 2));
        QCOMPARE(limited.delayBeforeRetry(get, serverError(503), 3), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
