// An API call whose transfer breaks tells the user what happened, through
// the real ApiClient on a loopback socket: a connection reset in the middle
// of a 200 body is "connection lost" and retried like any transient failure;
// a gzip bomb is refused at once, never inflated, never retried. Neither
// blames the success status, neither waits for the transfer timeout, and Qt
// has nothing to complain about.
#include "LoopbackPageServer.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "common/JsonStringCap.h"
#include "net/ServerProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace pd;

class TestApiClientBrokenAnswers : public QObject
{
    Q_OBJECT

private:
    static constexpr int kAttempts = 3;

    void getFrom(const LoopbackPageServer &server, qsizetype maxStringChars = 0)
    {
        ServerProfile profile = ServerProfile::forUrl(server.origin());
        profile.developerMode = true;
        m_client = std::make_unique<ApiClient>(profile);
        RetryPolicy::Settings retries;
        retries.maxAttempts = kAttempts;
        retries.baseDelay = std::chrono::milliseconds(10);
        retries.maxDelay = std::chrono::milliseconds(20);
        m_client->setRetryPolicy(RetryPolicy(retries, [] { return 0.0; }));
        ApiRequest request = ApiRequest::get(QStringLiteral("/visits")).withoutAuth();
        request.limits.maxBytes = LoopbackPageServer::kCap;
        request.limits.maxStringChars = maxStringChars;
        ApiJob *job = m_client->send(request);
        connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
            ++m_finishedCount;
            m_done = true;
            m_result = result;
        });
    }

    std::unique_ptr<ApiClient> m_client;
    bool m_done = false;
    int m_finishedCount = 0;
    ApiResult m_result;

private Q_SLOTS:
    void init()
    {
        m_client.reset();
        m_done = false;
        m_finishedCount = 0;
        m_result = {};
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Internal problem")));
    }

    void resetMidBodyIsConnectionLostAndRetried()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::ResetMidBody);
        QVERIFY(server.listen());
        getFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY(m_result.error);
        QCOMPARE(m_result.error->kind(), ApiError::Kind::Network);
        QCOMPARE(m_result.attempts, kAttempts);
        QCOMPARE(server.requestCount(), kAttempts);
        const QString message = m_result.error->userMessage();
        QCOMPARE(message, QStringLiteral("The connection to the server was lost before its "
                                         "answer was complete. Please try again."));
    }

    void gzipBombRefusedAtOnce()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::GzipBomb);
        QVERIFY(server.listen());
        getFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY(m_result.error);
        QCOMPARE(m_result.error->kind(), ApiError::Kind::Malformed);
        QCOMPARE(m_result.httpStatus, 200);
        QCOMPARE(m_result.attempts, 1);
        QCOMPARE(server.requestCount(), 1);
        const QString message = m_result.error->userMessage();
        QCOMPARE(message, QStringLiteral("The server sent its answer compressed although this "
                                         "app did not ask for that, so the answer was refused."));
        QVERIFY2(server.lastRequestHead().toLower().contains("\r\naccept-encoding: identity"),
                 server.lastRequestHead().constData());
    }

    void plainAnswerStillParsed()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::Small);
        QVERIFY(server.listen());
        getFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY2(m_result.ok(),
                 qPrintable(m_result.error ? m_result.error->logSummary() : QString()));
        QVERIFY(m_result.json.object().contains(QStringLiteral("items")));
        QVERIFY(server.lastRequestHead().toLower().contains("\r\naccept-encoding: identity"));
    }

    // An answer of ~1 MB is parsed on a pool thread (kBackgroundParseBytes),
    // under the request's limits, and answered once on the job's thread.
    void largeAnswerParsedInTheBackgroundUnderItsLimits()
    {
        QVERIFY(LoopbackPageServer::kCap - 4096 >= ApiJob::kBackgroundParseBytes);
        LoopbackPageServer server(LoopbackPageServer::Mode::FullPage);
        QVERIFY(server.listen());
        getFrom(server, 100);
        QTRY_VERIFY(m_done);
        QVERIFY2(m_result.ok(),
                 qPrintable(m_result.error ? m_result.error->logSummary() : QString()));
        const QJsonArray items = m_result.json.object().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() > 500);
        const QString title =
            items.last().toObject().value(QStringLiteral("page_title")).toString();
        QCOMPARE(title, QString(100, u'x') + QChar(JsonStringCap::kCutMark) + u"900");
        QTest::qWait(20);
        QCOMPARE(m_finishedCount, 1);
    }

    void oversizedAnswerStillRefused()
    {
        // The cap still stops a collected body announced larger than it.
        LoopbackPageServer server(LoopbackPageServer::Mode::Oversized);
        QVERIFY(server.listen());
        getFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY(m_result.error);
        QCOMPARE(m_result.error->kind(), ApiError::Kind::TooLarge);
        QCOMPARE(server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClientBrokenAnswers)
#include "tst_apiclient_broken_answers.moc"
