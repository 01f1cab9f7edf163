#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "diagnostics/Diagnoser.h"
#include "discovery/DiscoveryClient.h"
#include "net/CaBundle.h"
#include "net/ServerProfileStore.h"
#include "net/TlsPolicy.h"

#include "CertificateFactory.h"
#include "TlsTestServer.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

struct Outcome {
    bool ok = false;
    ApiError error;
    int requestsReceived = 0;
};

} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CertificateFactory::Issued m_ca;
    CertificateFactory::Issued m_otherCa;
    QHash<QString, CertificateFactory::Issued> m_servers;

    // Fetches the discovery document from a TlsTestServer presenting the
    // certificate `name`, under a profile adjusted by `adjust`.
    Outcome fetch(const QString &name, const std::function<void(ServerProfile &)> &adjust)
    {
        TlsTestServer server;
        QString error;
        const CertificateFactory::Issued issued = m_servers.value(name);
        if (!server.listen(issued.certificatePath, issued.keyPath, &error)) {
            qWarning("TLS test server: %s", qPrintable(error));
            return {};
        }
        ServerProfile profile = ServerProfile::forUrl(server.origin());
        adjust(profile);
        DiscoveryClient discovery(nullptr);
        QSignalSpy discovered(&discovery, &DiscoveryClient::discovered);
        QSignalSpy failed(&discovery, &DiscoveryClient::failed);
        discovery.fetch(profile);
        if (!QTest::qWaitFor([&] { return !discovered.isEmpty() || !failed.isEmpty(); }, 30000))
            return {};
        Outcome outcome;
        outcome.ok = !discovered.isEmpty();
        if (!failed.isEmpty())
            outcome.error = failed.constFirst().at(1).value<ApiError>();
        QCoreApplication::processEvents();
        outcome.requestsReceived = server.requests();
        return outcome;
    }

    void trustCa(ServerProfile &profile) const { profile.caBundlePath = m_ca.certificatePath; }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<Discovery>();
        qRegisterMetaType<ServerProfile>();
        qRegisterMetaType<DiagnosisReport>();
        QVERIFY(m_dir.isValid());
        CertificateFactory factory(m_dir.path());
        QVERIFY2(factory.makeCa(QStringLiteral("Test CA"), &m_ca), qPrintable(factory.lastError()));
        QVERIFY2(factory.makeCa(QStringLiteral("Unknown CA"), &m_otherCa),
                 qPrintable(factory.lastError()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList loopback{QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")};
        struct Spec {
            QString name;
            const CertificateFactory::Issued *ca;
            QStringList altNames;
            QDateTime from;
            QDateTime to;
        };
        const QList<Spec> specs{
            {QStringLiteral("good"), &m_ca, loopback, now.addDays(-1), now.addDays(30)},
            {QStringLiteral("expired"), &m_ca, loopback, now.addDays(-400), now.addDays(-35)},
            {QStringLiteral("not-yet-valid"), &m_ca, loopback, now.addDays(365), now.addDays(730)},
            {QStringLiteral("wrong-host"),
             &m_ca,
             {QStringLiteral("DNS:wrong.example")},
             now.addDays(-1),
             now.addDays(30)},
            {QStringLiteral("self-signed"), nullptr, loopback, now, now.addDays(2)},
            {QStringLiteral("untrusted-ca"), &m_otherCa, loopback, now.addDays(-1),
             now.addDays(30)},
        };
        for (const Spec &spec : specs) {
            CertificateFactory::Issued issued;
            QVERIFY2(
                factory.makeServer(spec.name, spec.ca, spec.altNames, spec.from, spec.to, &issued),
                qPrintable(factory.lastError()));
            m_servers.insert(spec.name, issued);
        }
    }

    void customCaAcceptedWhenConfigured()
    {
        const Outcome outcome =
            fetch(QStringLiteral("good"), [this](ServerProfile &p) { trustCa(p); });
        QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.requestsReceived, 1);
    }

    // The CA is trusted by content: the app works from its own copy, and a
    // copy whose bytes changed after the user trusted it is refused before
    // any connection.
    void trustedCaIsCopiedAndPinnedByContent()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString original = folder.filePath(QStringLiteral("organization-ca.pem"));
        QVERIFY(QFile::copy(m_ca.certificatePath, original));
        ServerProfile adopted = ServerProfile::forUrl(QUrl(QStringLiteral("https://127.0.0.1")));
        adopted.caBundlePath = original;
        QString error;
        const QString certificates = folder.filePath(QStringLiteral("data/certificates"));
        QVERIFY2(CaBundle::adopt(&adopted, certificates, &error), qPrintable(error));
        QCOMPARE(adopted.caBundlePath, certificates + u'/' + adopted.id + QStringLiteral(".pem"));
        QCOMPARE(QFile::permissions(adopted.caBundlePath) & 0x7077, // owner, group, other
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile read(m_ca.certificatePath);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(adopted.caSha256, CaBundle::fingerprint(read.readAll()));

        // The original may go: the copy is used.
        QVERIFY(QFile::remove(original));
        const auto withCopy = [&](ServerProfile &p) {
            p.caBundlePath = adopted.caBundlePath;
            p.caSha256 = adopted.caSha256;
        };
        Outcome outcome = fetch(QStringLiteral("good"), withCopy);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));

        // The fingerprint survives a save and a load.
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ServerProfileStore store(settings);
        store.save(adopted);
        QCOMPARE(store.profiles().value(0).caSha256, adopted.caSha256);

        // Someone swaps in their own CA (which signed the server they run).
        QVERIFY(QFile::remove(adopted.caBundlePath));
        QVERIFY(QFile::copy(m_otherCa.certificatePath, adopted.caBundlePath));
        outcome = fetch(QStringLiteral("untrusted-ca"), withCopy);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QVERIFY2(outcome.error.userMessage().contains(QStringLiteral("changed after you trusted")),
                 qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.requestsReceived, 0);

        // A file that changed between being shown and being trusted is not
        // adopted either.
        ServerProfile shown = ServerProfile::forUrl(QUrl(QStringLiteral("https://127.0.0.1")));
        shown.caBundlePath = m_otherCa.certificatePath;
        shown.caSha256 = adopted.caSha256; // the user was shown the other file
        QVERIFY(!CaBundle::adopt(&shown, certificates, &error));
        QCOMPARE(shown.caBundlePath, m_otherCa.certificatePath);
    }

    void customCaIgnoredWhenNotConfigured()
    {
        const Outcome outcome = fetch(QStringLiteral("good"), [](ServerProfile &) {});
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QCOMPARE(outcome.requestsReceived, 0);
    }

    void badCertificatesRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<QSslError::SslError>>("expected");
        QTest::newRow("expired") << QStringLiteral("expired")
                                 << QList<QSslError::SslError>{QSslError::CertificateExpired};
        QTest::newRow("not yet valid")
            << QStringLiteral("not-yet-valid")
            << QList<QSslError::SslError>{QSslError::CertificateNotYetValid};
        QTest::newRow("wrong host") << QStringLiteral("wrong-host")
                                    << QList<QSslError::SslError>{QSslError::HostNameMismatch};
        QTest::newRow("self-signed")
            << QStringLiteral("self-signed")
            << QList<QSslError::SslError>{QSslError::SelfSignedCertificate};
        QTest::newRow("untrusted CA")
            << QStringLiteral("untrusted-ca")
            << QList<QSslError::SslError>{QSslError::UnableToGetLocalIssuerCertificate,
                                          QSslError::UnableToVerifyFirstCertificate};
    }
    void badCertificatesRejected()
    {
        QFETCH(QString, name);
        QFETCH(QList<QSslError::SslError>, expected);
        // The profile trusts the test CA: each failure is the certificate's own.
        const Outcome outcome = fetch(name, [this](ServerProfile &p) { trustCa(p); });
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QCOMPARE(outcome.requestsReceived, 0);
        bool named = false;
        for (QSslError::SslError error : expected)
            named = named || outcome.error.userMessage().contains(QSslError(error).errorString());
        QVERIFY2(named, qPrintable(outcome.error.userMessage()));
    }

    void pinComputedLikeOpenssl()
    {
        CertificateFactory factory(m_dir.path());
        const QString path = m_servers.value(QStringLiteral("good")).certificatePath;
        const QByteArray expected = factory.publicKeyPin(path);
        QVERIFY2(!expected.isEmpty(), qPrintable(factory.lastError()));
        QCOMPARE(TlsPolicy::publicKeyPin(QSslCertificate::fromPath(path).constFirst()), expected);
    }

    void matchingPinAccepted()
    {
        CertificateFactory factory(m_dir.path());
        const QByteArray pin =
            factory.publicKeyPin(m_servers.value(QStringLiteral("good")).certificatePath);
        const Outcome outcome = fetch(QStringLiteral("good"), [&](ServerProfile &p) {
            trustCa(p);
            p.pinSha256 = pin;
        });
        QVERIFY2(outcome.ok, qPrintable(outcome.error.userMessage()));
    }

    void pinMismatchAbortsBeforeTheRequest()
    {
        CertificateFactory factory(m_dir.path());
        // A valid, trusted chain, but the pin is another key's.
        const QByteArray otherPin = factory.publicKeyPin(m_otherCa.certificatePath);
        const Outcome outcome = fetch(QStringLiteral("good"), [&](ServerProfile &p) {
            trustCa(p);
            p.pinSha256 = otherPin;
        });
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Tls);
        QVERIFY2(outcome.error.userMessage().contains(QLatin1String("pinned")),
                 qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.requestsReceived, 0);
    }

    void diagnoserReportsTheChain()
    {
        TlsTestServer server;
        QString error;
        const auto good = m_servers.value(QStringLiteral("good"));
        QVERIFY2(server.listen(good.certificatePath, good.keyPath, &error), qPrintable(error));
        server.setDate(QDateTime::currentDateTimeUtc());
        Diagnoser diagnoser;
        QSignalSpy finished(&diagnoser, &Diagnoser::finished);
        diagnoser.run(server.origin(), m_ca.certificatePath);
        QVERIFY(finished.wait(30000));
        const auto report = finished.constFirst().constFirst().value<DiagnosisReport>();
        QVERIFY2(report.ok(), qPrintable(report.toText()));
        QVERIFY(report.reachable);
        QVERIFY(report.tlsProtocol.startsWith(QLatin1String("TLS 1.")));
        QVERIFY(!report.chain.isEmpty());
        QCOMPARE(report.chain.constFirst().subject, QStringLiteral("good"));
        QCOMPARE(report.chain.constFirst().sha256Fingerprint,
                 QString::fromLatin1(QSslCertificate::fromPath(good.certificatePath)
                                         .constFirst()
                                         .digest(QCryptographicHash::Sha256)
                                         .toHex(':')
                                         .toUpper()));
        QVERIFY(report.clockSkewSeconds);
        QVERIFY(qAbs(*report.clockSkewSeconds) <= 5);
        QCOMPARE(report.providerName, QStringLiteral("TLS test"));
        QVERIFY(report.roundTripMilliseconds >= 0);
    }

    void diagnoserReportsVerificationErrors()
    {
        TlsTestServer server;
        QString error;
        const auto expired = m_servers.value(QStringLiteral("expired"));
        QVERIFY2(server.listen(expired.certificatePath, expired.keyPath, &error),
                 qPrintable(error));
        Diagnoser diagnoser;
        QSignalSpy finished(&diagnoser, &Diagnoser::finished);
        diagnoser.run(server.origin(), m_ca.certificatePath);
        QVERIFY(finished.wait(30000));
        const auto report = finished.constFirst().constFirst().value<DiagnosisReport>();
        QVERIFY(!report.ok());
        QVERIFY(report.reachable);
        QVERIFY(!report.certificateVerified);
        QVERIFY(report.verificationErrors.contains(
            QSslError(QSslError::CertificateExpired).errorString()));
        QCOMPARE(report.chain.constFirst().subject, QStringLiteral("expired"));
        QVERIFY(!report.discoveryAttempted);
        QCOMPARE(server.requests(), 0);
    }

    void diagnoserFlagsClockSkew()
    {
        TlsTestServer server;
        QString error;
        const auto good = m_servers.value(QStringLiteral("good"));
        QVERIFY2(server.listen(good.certificatePath, good.keyPath, &error), qPrintable(error));
        server.setDate(QDateTime::currentDateTimeUtc().addSecs(3600));
        Diagnoser diagnoser;
        QSignalSpy finished(&diagnoser, &Diagnoser::finished);
        diagnoser.run(server.origin(), m_ca.certificatePath);
        QVERIFY(finished.wait(30000));
        const auto report = finished.constFirst().constFirst().value<DiagnosisReport>();
        QVERIFY(report.discoveryOk);
        QVERIFY(report.clockSkewSeconds);
        QVERIFY(qAbs(*report.clockSkewSeconds - 3600) <= 5);
        QVERIFY(!report.clockOk());
        QVERIFY(!report.ok());
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
