// A sync page whose transfer breaks tells the user what happened: a
// connection reset in the middle of a 200 body is "connection lost" (a
// transient error, so the sync retries it), a gzip bomb is refused at once
// without being inflated. Neither blames the success status, neither waits
// for the transfer timeout, and Qt has nothing to complain about.
#include "LoopbackPageServer.h"
#include "api/RetryPolicy.h"
#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "sync/HttpSyncPageSource.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace pd;

class TestSyncBrokenAnswers : public QObject
{
    Q_OBJECT

private:
    void fetchFrom(const LoopbackPageServer &server)
    {
        ServerProfile profile = ServerProfile::forUrl(server.origin());
        profile.developerMode = true;
        m_source = std::make_unique<HttpSyncPageSource>(TlsPolicy(profile),
                                                        QSslConfiguration::defaultConfiguration(),
                                                        [] { return QStringLiteral("token"); });
        m_source->setMaxPageBytes(LoopbackPageServer::kCap);
        SyncPageRequest request;
        request.apiPath = QStringLiteral("visits");
        m_source->fetch(request, [this](const SyncPageReply &reply) {
            m_done = true;
            m_reply = reply;
        });
    }

    std::unique_ptr<HttpSyncPageSource> m_source;
    bool m_done = false;
    SyncPageReply m_reply;

private Q_SLOTS:
    void init()
    {
        m_source.reset();
        m_done = false;
        m_reply = {};
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Internal problem")));
    }

    void resetMidBodyIsConnectionLost()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::ResetMidBody);
        QVERIFY(server.listen());
        fetchFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY(!m_reply.ok);
        QCOMPARE(m_reply.error.kind(), ApiError::Kind::Network);
        QVERIFY(RetryPolicy::isTransient(m_reply.error)); // SyncWorker asks this
        const QString message = m_reply.error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("connection to the server was lost")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("200")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
    }

    void gzipBombRefusedAtOnce()
    {
        LoopbackPageServer server(LoopbackPageServer::Mode::GzipBomb);
        QVERIFY(server.listen());
        fetchFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY(!m_reply.ok);
        QCOMPARE(m_reply.error.kind(), ApiError::Kind::Malformed);
        QVERIFY(!RetryPolicy::isTransient(m_reply.error));
        QVERIFY(m_reply.body.isEmpty());
        const QString message = m_reply.error.userMessage();
        QVERIFY2(message.contains(QStringLiteral("compressed")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("200")), qPrintable(message));
        // The page was asked for uncompressed.
        QVERIFY2(server.lastRequestHead().toLower().contains("\r\naccept-encoding: identity"),
                 server.lastRequestHead().constData());
        QCOMPARE(server.requestCount(), 1);
    }

    void identityPageStillAccepted()
    {
        // The page cap and the refusals leave an ordinary page alone.
        LoopbackPageServer server(LoopbackPageServer::Mode::Small);
        QVERIFY(server.listen());
        fetchFrom(server);
        QTRY_VERIFY(m_done);
        QVERIFY(m_reply.ok);
        QVERIFY(m_reply.body.contains("items"));
    }
};

QTEST_GUILESS_MAIN(TestSyncBrokenAnswers)
#include "tst_sync_broken_answers.moc"
