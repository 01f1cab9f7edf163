// Every client path (API calls, archive downloads, sync pages) against a TLS
// server that offers HTTP/2 by ALPN: none of them may use it, because Qt
// 6.4.2 sends an HTTP/2 request before the public-key pin is checked
// (CVE-2024-39936). With a pin that does not match, the server must not
// receive a single byte of the request.
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "export/ArchiveTransfer.h"
#include "export/PartialDownload.h"
#include "net/SecureRequest.h"
#include "net/TlsPolicy.h"
#include "sync/HttpSyncPageSource.h"

#include "CertificateFactory.h"
#include "TlsTestServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

enum class Path { Api, Archive, Sync };

struct Outcome {
    bool finished = false;
    bool ok = false;
    std::optional<ApiError::Kind> errorKind;
    // Http2WasUsedAttribute of every reply the client's manager finished
    // (API and archive paths; the sync source's manager is its own).
    QList<bool> http2Used;
};

} // namespace

Q_DECLARE_METATYPE(Path)

class TestClientHttp2 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CertificateFactory::Issued m_ca;
    CertificateFactory::Issued m_good;
    QByteArray m_goodPin;
    QByteArray m_otherPin;

    ServerProfile profileFor(const TlsTestServer &server, const QByteArray &pin) const
    {
        ServerProfile profile = ServerProfile::forUrl(server.origin());
        profile.caBundlePath = m_ca.certificatePath;
        profile.pinSha256 = pin;
        return profile;
    }

    Outcome run(Path path, const ServerProfile &profile)
    {
        Outcome outcome;
        QNetworkAccessManager network;
        QObject::connect(&network, &QNetworkAccessManager::finished, &network,
                         [&outcome](QNetworkReply *reply) {
                             outcome.http2Used.append(
                                 reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());
                         });
        ApiClient client(profile, ApiClient::Dependencies{&network, nullptr, nullptr});
        switch (path) {
        case Path::Api: {
            ApiJob *job =
                client.send(ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                                .withRoot(ApiRequest::Root::Origin)
                                .withoutAuth());
            QObject::connect(job, &ApiJob::finished, &client, [&outcome](const ApiResult &result) {
                outcome.finished = true;
                outcome.ok = !result.error;
                if (result.error)
                    outcome.errorKind = result.error->kind();
            });
            break;
        }
        case Path::Archive: {
            PartialDownload part(m_dir.filePath(QStringLiteral("archive.zip.part")),
                                 m_dir.filePath(QStringLiteral("archive.zip.part.etag")));
            QString error;
            if (!part.open(1 << 20, &error)) {
                qWarning("partial download: %s", qPrintable(error));
                return outcome;
            }
            ArchiveTransfer transfer(
                &client, &part,
                {profile.baseUrl.resolved(QUrl(QStringLiteral("/archive"))), 1 << 20});
            QSignalSpy finished(&transfer, &ArchiveTransfer::finished);
            transfer.start(QStringLiteral("token"));
            if (!finished.wait(30000))
                return outcome;
            outcome.finished = true;
            outcome.ok = transfer.outcome() != ArchiveTransfer::Outcome::Failed;
            if (transfer.error() && transfer.error()->apiError())
                outcome.errorKind = transfer.error()->apiError()->kind();
            part.discard();
            return outcome;
        }
        case Path::Sync: {
            HttpSyncPageSource source(TlsPolicy(profile), *client.sslConfiguration(),
                                      [] { return QStringLiteral("token"); });
            SyncPageRequest request;
            request.apiPath = QStringLiteral("visits");
            source.fetch(request, [&outcome](const SyncPageReply &reply) {
                outcome.finished = true;
                outcome.ok = reply.ok;
                if (!reply.ok)
                    outcome.errorKind = reply.error.kind();
            });
            if (!QTest::qWaitFor([&] { return outcome.finished; }, 30000))
                qWarning("no sync page within 30 s");
            return outcome;
        }
        }
        if (!QTest::qWaitFor([&] { return outcome.finished; }, 30000))
            qWarning("no API reply within 30 s");
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
        CertificateFactory factory(m_dir.path());
        QVERIFY2(factory.makeCa(QStringLiteral("Test CA"), &m_ca), qPrintable(factory.lastError()));
        CertificateFactory::Issued otherCa;
        QVERIFY2(factory.makeCa(QStringLiteral("Other CA"), &otherCa),
                 qPrintable(factory.lastError()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(
            factory.makeServer(QStringLiteral("good"), &m_ca,
                               {QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")},
                               now.addDays(-1), now.addDays(30), &m_good),
            qPrintable(factory.lastError()));
        m_goodPin = factory.publicKeyPin(m_good.certificatePath);
        m_otherPin = factory.publicKeyPin(otherCa.certificatePath);
        QVERIFY(!m_goodPin.isEmpty() && !m_otherPin.isEmpty());
    }

    void everyRequestDisallowsHttp2()
    {
        const QNetworkRequest request = SecureRequest::create(
            QUrl(QStringLiteral("https://example.com/")), QSslConfiguration::defaultConfiguration(),
            SecureRequest::Redirects::Never);
        QCOMPARE(request.attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool(), false);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void http1EvenWhenTheServerOffersHttp2_data()
    {
        QTest::addColumn<Path>("path");
        QTest::newRow("api") << Path::Api;
        QTest::newRow("archive") << Path::Archive;
        QTest::newRow("sync") << Path::Sync;
    }
    void http1EvenWhenTheServerOffersHttp2()
    {
        QFETCH(Path, path);
        TlsTestServer server;
        server.setAlpnProtocols({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")});
        QString error;
        QVERIFY2(server.listen(m_good.certificatePath, m_good.keyPath, &error), qPrintable(error));
        const Outcome outcome = run(path, profileFor(server, m_goodPin));
        QVERIFY(outcome.finished);
        // The request reached the server over HTTP/1.1 (the archive path then
        // fails on the discovery document it gets back, which is fine here).
        QCOMPARE(server.requests(), 1);
        // Qt offers no ALPN at all when HTTP/2 is off; either way, not h2.
        QCOMPARE(server.negotiatedProtocols().size(), 1);
        const QByteArray protocol = server.negotiatedProtocols().constFirst();
        QVERIFY2(protocol.isEmpty() || protocol == "http/1.1", protocol.constData());
        if (path == Path::Api || path == Path::Sync)
            QVERIFY(outcome.ok);
        if (path != Path::Sync) {
            QVERIFY(!outcome.http2Used.isEmpty());
            QVERIFY(!outcome.http2Used.contains(true));
        }
    }

    void pinMismatchSendsNoRequestByte_data() { http1EvenWhenTheServerOffersHttp2_data(); }
    void pinMismatchSendsNoRequestByte()
    {
        QFETCH(Path, path);
        TlsTestServer server;
        server.setAlpnProtocols({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")});
        QString error;
        QVERIFY2(server.listen(m_good.certificatePath, m_good.keyPath, &error), qPrintable(error));
        const Outcome outcome = run(path, profileFor(server, m_otherPin));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, std::optional(ApiError::Kind::Tls));
        // Wait until the server has seen the client go, then count what it read.
        // A client may also abort before its TLS Finished (seen on the archive
        // path), and then the server never completes a handshake: no request
        // byte can have arrived either way; the TLS error above shows that the
        // client did reach this server.
        QTRY_VERIFY2_WITH_TIMEOUT(server.closedConnections() == server.handshakes(),
                                  qPrintable(QStringLiteral("%1 handshakes, %2 closed")
                                                 .arg(server.handshakes())
                                                 .arg(server.closedConnections())),
                                  10000);
        QCOMPARE(server.bytesReceived(), qint64(0));
        QCOMPARE(server.requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientHttp2)
#include "tst_client_http2.moc"
