// The recorder of the last API calls (for Help → Copy Diagnostics): what it
// keeps of a path, its bound, and that ApiClient feeds it the X-Request-ID it
// actually sent, never the query.
#include "ApiClientTestBase.h"

#include "api/RequestRecorder.h"

#include <QJsonObject>

using namespace pd;
using namespace pd::test;

class TestRequestRecorder : public ApiClientTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void pathTemplateKeepsOnlyApiWords_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"/profile"_qs << u"/profile"_qs;
        QTest::newRow("words") << u"/auth/password/change"_qs << u"/auth/password/change"_qs;
        QTest::newRow("well-known")
            << u"/.well-known/privacy-dashboard"_qs << u"/.well-known/privacy-dashboard"_qs;
        QTest::newRow("uuid") << u"/requests/8c1f2b7e-9d7a-4f0e-b7a1-3c2d1e0f9a8b/cancel"_qs
                              << u"/requests/{id}/cancel"_qs;
        QTest::newRow("number") << u"/auth/sessions/42"_qs << u"/auth/sessions/{id}"_qs;
        QTest::newRow("cookie name")
            << u"/cookies/_ga_ID/consent"_qs << u"/cookies/{id}/consent"_qs;
        QTest::newRow("e-mail in a segment")
            << u"/users/jane.doe@example.com"_qs << u"/users/{id}"_qs;
        QTest::newRow("query dropped") << u"/visits?email=jane@example.com"_qs << u"/visits"_qs;
        QTest::newRow("fragment dropped") << u"/visits#jane"_qs << u"/visits"_qs;
    }
    void pathTemplateKeepsOnlyApiWords()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(RequestRecorder::pathTemplate(path), expected);
    }

    void keepsTheNewestUpToItsCapacity()
    {
        RequestRecorder recorder(3);
        for (int i = 1; i <= 5; ++i)
            recorder.record(QString::number(i), "get", u"/profile"_qs, 200);
        const QList<RequestRecorder::Entry> entries = recorder.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).requestId, u"5"_qs);
        QCOMPARE(entries.at(2).requestId, u"3"_qs);
        QCOMPARE(entries.at(0).method, QByteArray("GET"));
        QVERIFY(entries.at(0).finishedAt.isValid());
    }

    void clientRecordsWhatItSent()
    {
        network->setHandler([](const FakeRequest &request) {
            return request.url.path().endsWith(u"/missing")
                       ? FakeResponse::problem(404, u"not-found"_qs)
                       : FakeResponse::json(200, "{}");
        });
        QSignalSpy first(client->send(ApiRequest::get(u"/requests/abc123"_qs)
                                          .withQuery(u"email"_qs, u"jane@example.com"_qs)),
                         &ApiJob::finished);
        const ApiResult ok = resultOf(first);
        QVERIFY(ok.ok());
        QSignalSpy second(client->send(ApiRequest::get(u"/missing"_qs)), &ApiJob::finished);
        const ApiResult missing = resultOf(second);
        QVERIFY(!missing.ok());

        const QList<RequestRecorder::Entry> entries = client->recorder().entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).requestId, missing.requestId);
        QCOMPARE(entries.at(0).httpStatus, 404);
        QCOMPARE(entries.at(0).pathTemplate, u"/missing"_qs);
        QCOMPARE(entries.at(1).requestId, ok.requestId);
        QCOMPARE(entries.at(1).httpStatus, 200);
        QCOMPARE(entries.at(1).method, QByteArray("GET"));
        QCOMPARE(entries.at(1).pathTemplate, u"/requests/{id}"_qs);
        // The id recorded is the one the server saw.
        QCOMPARE(QString::fromLatin1(network->requests().constFirst().header("X-Request-ID")),
                 ok.requestId);
    }

    void aCallThatNeverWentOutIsNotRecorded()
    {
        // No token and no refresh possible: the job fails before sending.
        tokens->token.clear();
        tokens->outcome = AccessTokenProvider::RefreshOutcome::SignInRequired;
        QSignalSpy finished(client->send(ApiRequest::get(u"/profile"_qs)), &ApiJob::finished);
        QVERIFY(!resultOf(finished).ok());
        QVERIFY(network->requests().isEmpty());
        QVERIFY(client->recorder().entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestRecorder)
#include "tst_request_recorder.moc"
