// FaultProxy between a client and the reference backend: each kind of fault
// actually happens to a real exchange, clean exchanges pass untouched, and a
// seed replays the same sequence of faults.
#include "FaultProxy.h"
#include "TestServer.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pd::test;

namespace {

const QString kPath = QStringLiteral("/.well-known/privacy-dashboard");

struct Outcome {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    // At the moment the proxy held the answer back (Delay, Stall).
    bool finishedWhileHeld = false;
    bool held = false;
};

} // namespace

Q_DECLARE_METATYPE(pd::test::Fault)

class TestFaultProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QByteArray m_direct;

    Outcome fetch()
    {
        m_server->network().clearConnectionCache();
        QNetworkRequest request(m_proxy->origin().resolved(QUrl(kPath)));
        request.setSslConfiguration(m_server->sslConfiguration());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_server->network().get(request);
        Outcome outcome;
        const auto connection =
            connect(m_proxy.get(), &FaultProxy::injectedFault, this, [&](Fault fault) {
                if (fault == Fault::Delay || fault == Fault::Stall) {
                    outcome.held = true;
                    outcome.finishedWhileHeld = reply->isFinished();
                }
            });
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(60000);
        }
        disconnect(connection);
        outcome.error = reply->error();
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.body = reply->readAll();
        outcome.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return outcome;
    }

    // Forces `fault` on the next exchange. Qt sends a request again by
    // itself (three more times) when a connection ends before any of its
    // answer, so all its attempts meet the fault too.
    Outcome fetchWith(Fault fault)
    {
        m_proxy->force(QList<Fault>(8, fault));
        const int before = m_proxy->injected(fault);
        Outcome outcome = fetch();
        m_proxy->force({});
        if (m_proxy->injected(fault) <= before)
            qWarning("the proxy did not count the fault");
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        m_proxy = std::make_unique<FaultProxy>(1234u);
        m_proxy->setMaxDelayMs(300);
        const QDir data(m_server->dataDir());
        QString error;
        QVERIFY2(m_proxy->listen(data.filePath(QStringLiteral("dev-server.pem")),
                                 data.filePath(QStringLiteral("dev-server-key.pem")),
                                 m_server->origin(), m_server->caCertificatePath(), &error),
                 qPrintable(error));
        const Reply direct = m_server->get(kPath);
        QCOMPARE(direct.status, 200);
        m_direct = direct.body;
    }
    void cleanupTestCase()
    {
        m_proxy.reset();
        m_server.reset();
    }

    void cleanExchangesPassUntouched()
    {
        // Several in a row: kept-alive connections carry one after another.
        for (int i = 0; i < 3; ++i) {
            const Outcome outcome = fetchWith(Fault::None);
            QCOMPARE(outcome.error, QNetworkReply::NoError);
            QCOMPARE(outcome.status, 200);
            QCOMPARE(outcome.body, m_direct);
        }
    }

    void delayHoldsTheWholeAnswer()
    {
        QSignalSpy released(m_proxy.get(), &FaultProxy::released);
        const Outcome outcome = fetchWith(Fault::Delay);
        QVERIFY(outcome.held);
        QVERIFY(!outcome.finishedWhileHeld);
        QCOMPARE(released.size(), 1);
        QCOMPARE(outcome.error, QNetworkReply::NoError);
        QCOMPARE(outcome.body, m_direct);
    }

    void stallPausesPartWay()
    {
        QSignalSpy released(m_proxy.get(), &FaultProxy::released);
        const Outcome outcome = fetchWith(Fault::Stall);
        QVERIFY(outcome.held);
        QVERIFY(!outcome.finishedWhileHeld);
        QCOMPARE(released.size(), 1);
        QCOMPARE(outcome.error, QNetworkReply::NoError);
        QCOMPARE(outcome.body, m_direct);
    }

    void dropRequestNeverReachesTheBackend()
    {
        const int forwarded = m_proxy->forwarded();
        const int before = m_proxy->injected(Fault::DropRequest);
        const Outcome outcome = fetchWith(Fault::DropRequest);
        QVERIFY(outcome.error != QNetworkReply::NoError);
        QCOMPARE(m_proxy->forwarded(), forwarded);
        // Qt sent it again by itself on new connections, and gave up.
        QVERIFY(m_proxy->injected(Fault::DropRequest) > before + 1);
    }

    void dropResponseLosesAnAnswerTheBackendGave()
    {
        const int forwarded = m_proxy->forwarded();
        const Outcome outcome = fetchWith(Fault::DropResponse);
        QVERIFY(outcome.error != QNetworkReply::NoError);
        QCOMPARE(m_proxy->forwarded(), forwarded + 1);
    }

    void truncateEndsTheAnswerEarly()
    {
        const Outcome outcome = fetchWith(Fault::Truncate);
        QVERIFY(outcome.error != QNetworkReply::NoError);
        QVERIFY(outcome.body.size() < m_direct.size());
    }

    void corruptGarblesWhatAClientCanCheck()
    {
        // Status line or JSON structure, by the pick: each attempt either
        // fails the exchange or yields a body no JSON parser accepts.
        for (int i = 0; i < 6; ++i) {
            const Outcome outcome = fetchWith(Fault::Corrupt);
            QJsonParseError parse{};
            QJsonDocument::fromJson(outcome.body, &parse);
            QVERIFY2(outcome.error != QNetworkReply::NoError ||
                         parse.error != QJsonParseError::NoError,
                     outcome.body.constData());
        }
    }

    void serverErrorAnswers5xx()
    {
        for (int i = 0; i < 4; ++i) {
            const Outcome outcome = fetchWith(Fault::ServerError);
            QVERIFY2(outcome.status == 500 || outcome.status == 502 || outcome.status == 503,
                     qPrintable(QString::number(outcome.status)));
        }
    }

    void tooManyRequestsSaysWhenToComeBack()
    {
        const int forwarded = m_proxy->forwarded();
        const Outcome outcome = fetchWith(Fault::TooManyRequests);
        QCOMPARE(outcome.status, 429);
        bool numeric = false;
        outcome.retryAfter.toInt(&numeric);
        QVERIFY(numeric);
        QCOMPARE(m_proxy->forwarded(), forwarded);
    }

    void randomFaultsStillLeaveUsableExchanges()
    {
        // The default mix: clean answers still come through among faults.
        int clean = 0;
        for (int i = 0; i < 30; ++i) {
            const Outcome outcome = fetch();
            if (outcome.error == QNetworkReply::NoError && outcome.body == m_direct)
                ++clean;
        }
        QVERIFY(clean > 0);
    }

    void aSeedReplaysTheSameFaults()
    {
        FaultProxy first(42u);
        FaultProxy again(42u);
        FaultProxy other(43u);
        QList<int> seenKinds(kFaultKinds, 0);
        bool differs = false;
        for (int i = 0; i < 2000; ++i) {
            const FaultDecision a = first.decide();
            const FaultDecision b = again.decide();
            const FaultDecision c = other.decide();
            QCOMPARE(a.fault, b.fault);
            QCOMPARE(a.delayMs, b.delayMs);
            QCOMPARE(a.cutPermille, b.cutPermille);
            QCOMPARE(a.corruptionPick, b.corruptionPick);
            differs = differs || a.fault != c.fault;
            ++seenKinds[int(a.fault)];
        }
        QVERIFY(differs);
        // With the default weights every kind turns up.
        for (int kind = 0; kind < kFaultKinds; ++kind)
            QVERIFY2(seenKinds.at(kind) > 0, qPrintable(faultName(Fault(kind))));
        QCOMPARE(first.injected(Fault::None), seenKinds.at(0));
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
