// A state-changing request whose answer is lost is sent again with the same
// Idempotency-Key (issue 10, item 11), over real TLS: the server then applies
// it once. A TLS test server closes the connection after reading the first
// attempt, as a dropped kept-alive connection or a lost answer would.
#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include "CertificateFactory.h"
#include "TlsTestServer.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;

namespace {

QByteArray headerOf(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestClientIdempotency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CertificateFactory::Issued m_ca;
    CertificateFactory::Issued m_server;

    // The job's result, or nullopt when it did not finish.
    std::optional<ApiResult> sendThroughLostAnswer(TlsTestServer &server, const ApiRequest &request)
    {
        ServerProfile profile = ServerProfile::forUrl(server.origin());
        profile.caBundlePath = m_ca.certificatePath;
        ApiClient client(profile);
        server.dropNextRequests(1);
        QSignalSpy finished(client.send(request), &ApiJob::finished);
        if (!finished.wait(60000))
            return std::nullopt;
        return finished.constFirst().constFirst().value<ApiResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        CertificateFactory factory(m_dir.path());
        QVERIFY2(factory.makeCa(QStringLiteral("Test CA"), &m_ca), qPrintable(factory.lastError()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(factory.makeServer(QStringLiteral("server"), &m_ca,
                                    {QStringLiteral("IP:127.0.0.1")}, now.addDays(-1),
                                    now.addDays(30), &m_server),
                 qPrintable(factory.lastError()));
    }

    void retriedPostCarriesTheSameKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("PATCH") << QByteArray("PATCH");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }
    void retriedPostCarriesTheSameKey()
    {
        QFETCH(QByteArray, method);
        TlsTestServer server;
        QString error;
        QVERIFY2(server.listen(m_server.certificatePath, m_server.keyPath, &error),
                 qPrintable(error));
        ApiRequest request;
        request.method = method;
        request.path = QStringLiteral("/auth/sessions/revoke-all");
        request.root = ApiRequest::Root::Origin;
        request.needsAuth = false;
        if (method != "DELETE")
            request.body = QJsonDocument(QJsonObject{{QStringLiteral("include_current"), false}});
        const std::optional<ApiResult> result = sendThroughLostAnswer(server, request);
        QVERIFY(result);
        QVERIFY2(result->ok(), result->error ? qPrintable(result->error->logSummary()) : "");
        QVERIFY(server.requestHeads().size() >= 2);
        const QByteArray key = headerOf(server.requestHeads().constFirst(), "Idempotency-Key");
        QVERIFY(!QUuid::fromString(QLatin1String(key)).isNull());
        for (const QByteArray &head : server.requestHeads())
            QCOMPARE(headerOf(head, "Idempotency-Key"), key);

        // Another logical request gets a key of its own.
        const std::optional<ApiResult> again = sendThroughLostAnswer(server, request);
        QVERIFY(again && again->ok());
        QVERIFY(headerOf(server.requestHeads().constLast(), "Idempotency-Key") != key);
    }

    void readsCarryNoKey()
    {
        TlsTestServer server;
        QString error;
        QVERIFY2(server.listen(m_server.certificatePath, m_server.keyPath, &error),
                 qPrintable(error));
        const std::optional<ApiResult> result = sendThroughLostAnswer(
            server, ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                        .withRoot(ApiRequest::Root::Origin)
                        .withoutAuth());
        QVERIFY(result && result->ok());
        for (const QByteArray &head : server.requestHeads())
            QVERIFY(headerOf(head, "Idempotency-Key").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientIdempotency)
#include "tst_client_idempotency.moc"
