// The outbox's and the request tracker's adapters over the shared ApiClient
// against the real reference backend.
#include "FaultProxy.h"
#include "FixedAccessToken.h"
#include "TestServer.h"

#include "api/ApiClient.h"
#include "common/ApiResult.h"
#include "core/ApiOutboxTransport.h"
#include "core/ApiRequestStatusSource.h"
#include "net/SystemTimerSource.h"
#include "outbox/OutboxItem.h"
#include "outbox/RequestTracker.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace pd;
using namespace std::chrono_literals;

class TestApiOutboxTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestServer> m_server;
    QString m_token;

    ServerProfile profile() const
    {
        ServerProfile profile = ServerProfile::forUrl(m_server->origin());
        profile.caBundlePath = m_server->caCertificatePath();
        return profile;
    }

    OutboxItem reportItem(const QString &description) const
    {
        OutboxItem item;
        item.id = 1;
        item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        item.type = QStringLiteral("security_report");
        item.payload = {{u"category"_qs, u"phishing"_qs}, {u"description"_qs, description}};
        return item;
    }
    OutboxSendResult send(const OutboxItem &item, const QString &token,
                          std::optional<ServerProfile> through = std::nullopt)
    {
        pd::test::FixedAccessToken tokens(token);
        ApiClient client(through.value_or(profile()),
                         ApiClient::Dependencies{nullptr, nullptr, &tokens});
        ApiOutboxTransport transport(&client);
        std::optional<OutboxSendResult> result;
        transport.send(item, [&](const OutboxSendResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return OutboxSendResult::retryable(ApiError::timeout(u"test timeout"_qs));
        return *result;
    }
    RequestStatusReply fetch(const QString &id)
    {
        pd::test::FixedAccessToken tokens(m_token);
        ApiClient client(profile(), ApiClient::Dependencies{nullptr, nullptr, &tokens});
        ApiRequestStatusSource source(&client);
        std::optional<RequestStatusReply> result;
        source.fetch(id, [&](const RequestStatusReply &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<pd::test::TestServer>();
        QVERIFY2(m_server->start({QStringLiteral("--process-after"), QStringLiteral("1")}),
                 qPrintable(m_server->lastError()));
        m_token = m_server->signIn(m_server->accounts().at(1)).accessToken;
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void createsOnceAndReplays()
    {
        const OutboxItem item = reportItem(u"replay check"_qs);
        const OutboxSendResult first = send(item, m_token);
        QCOMPARE(first.kind, OutboxSendResult::Kind::Accepted);
        const QString id = first.request.value(u"id").toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(first.request.value(u"type").toString(), u"security_report"_qs);
        // The same key again: the same request, not a second one.
        const OutboxSendResult again = send(item, m_token);
        QCOMPARE(again.kind, OutboxSendResult::Kind::Accepted);
        QCOMPARE(again.request.value(u"id").toString(), id);

        const RequestStatusReply status = fetch(id);
        QVERIFY(status.ok);
        QCOMPARE(status.request.value(u"id").toString(), id);
    }

    void refusalsArePermanent()
    {
        OutboxItem item = reportItem(u"first body"_qs);
        QCOMPARE(send(item, m_token).kind, OutboxSendResult::Kind::Accepted);
        item.payload.insert(u"description"_qs, u"another body"_qs);
        const OutboxSendResult reused = send(item, m_token);
        QCOMPARE(reused.kind, OutboxSendResult::Kind::Permanent);
        QCOMPARE(reused.error.slug(), u"idempotency-key-reused"_qs);

        OutboxItem invalid = reportItem(u"x"_qs);
        invalid.payload.remove(u"description"_qs);
        const OutboxSendResult rejected = send(invalid, m_token);
        QCOMPARE(rejected.kind, OutboxSendResult::Kind::Permanent);
        QCOMPARE(rejected.error.httpStatus(), 422);
    }

    void garbledAnswerIsRetryable()
    {
        // The server files the request, but its answer reaches the client
        // with its JSON garbled (found by tst_outbox_soak: the outbox gave up
        // on a request the server had). The same key again must replay it.
        pd::test::FaultProxy proxy(7u);
        const QDir data(m_server->dataDir());
        QString error;
        QVERIFY2(proxy.listen(data.filePath(u"dev-server.pem"_qs),
                              data.filePath(u"dev-server-key.pem"_qs), m_server->origin(),
                              m_server->caCertificatePath(), &error),
                 qPrintable(error));
        ServerProfile viaProxy = ServerProfile::forUrl(proxy.origin());
        viaProxy.caBundlePath = m_server->caCertificatePath();
        const OutboxItem item = reportItem(u"garbled answer"_qs);
        for (int i = 0; i < 4; ++i) {
            // Every attempt the client makes is answered garbled.
            proxy.force(QList<pd::test::Fault>(8, pd::test::Fault::Corrupt));
            const OutboxSendResult garbled = send(item, m_token, viaProxy);
            QCOMPARE(garbled.kind, OutboxSendResult::Kind::Retryable);
        }
        QVERIFY(proxy.forwarded() >= 4);
        proxy.force({});
        const OutboxSendResult again = send(item, m_token, viaProxy);
        QCOMPARE(again.kind, OutboxSendResult::Kind::Accepted);

        // And directly: a 201 whose body did not parse.
        ApiResult unparsed;
        unparsed.httpStatus = 201;
        unparsed.error = ApiError::malformed(u"unterminated object"_qs);
        QCOMPARE(ApiOutboxTransport::classify(unparsed).kind, OutboxSendResult::Kind::Retryable);
    }

    void expiredTokenIsRetryable()
    {
        const OutboxSendResult result = send(reportItem(u"no token"_qs), u"not-a-token"_qs);
        QCOMPARE(result.kind, OutboxSendResult::Kind::Retryable);
        QCOMPARE(result.error.httpStatus(), 401);
    }

    void unknownRequestIsNotFound()
    {
        const RequestStatusReply status = fetch(u"no-such-request"_qs);
        QVERIFY(!status.ok);
        QCOMPARE(status.error.httpStatus(), 404);
    }

    void trackerFollowsARequestToItsEnd()
    {
        const OutboxSendResult created = send(reportItem(u"track me"_qs), m_token);
        QCOMPARE(created.kind, OutboxSendResult::Kind::Accepted);
        const QString id = created.request.value(u"id").toString();
        pd::test::FixedAccessToken tokens(m_token);
        ApiClient client(profile(), ApiClient::Dependencies{nullptr, nullptr, &tokens});
        ApiRequestStatusSource source(&client);
        SystemTimerSource timers;
        RequestTracker tracker(&source, &timers, Backoff(200ms, 1000ms));
        QSignalSpy changed(&tracker, &RequestTracker::statusChanged);
        QSignalSpy stopped(&tracker, &RequestTracker::trackingStopped);
        tracker.track(id, created.request.value(u"status").toString());
        QVERIFY(stopped.wait(60000));
        QVERIFY(changed.count() >= 1);
        QVERIFY(RequestTracker::isFinal(changed.last().at(1).toString()));
        QVERIFY(!tracker.isTracking(id));
    }
};

QTEST_MAIN(TestApiOutboxTransport)
#include "tst_api_outbox_transport.moc"
