#include "net/TlsPolicy.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestTlsPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caPath;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_caPath = m_dir.filePath(QStringLiteral("ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")),
                       QStringLiteral("-out"), m_caPath, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Unit Test CA")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void allowsUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("developerMode");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://privacy.example.com") << false << true;
        QTest::newRow("https loopback")
            << QStringLiteral("https://127.0.0.1:8443") << false << true;
        QTest::newRow("http remote")
            << QStringLiteral("http://privacy.example.com") << false << false;
        QTest::newRow("http remote dev")
            << QStringLiteral("http://privacy.example.com") << true << false;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << false << false;
        QTest::newRow("http loopback dev")
            << QStringLiteral("http://127.0.0.1:8080") << true << true;
        QTest::newRow("http 127.5.5.5 dev") << QStringLiteral("http://127.5.5.5") << true << true;
        QTest::newRow("http ::1 dev") << QStringLiteral("http://[::1]:80") << true << true;
        QTest::newRow("http localhost dev")
            << QStringLiteral("http://LOCALHOST:80") << true << true;
        QTest::newRow("http lookalike dev")
            << QStringLiteral("http://127.0.0.1.example.com") << true << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << true << false;
        QTest::newRow("no host") << QStringLiteral("https:///x") << false << false;
    }
    void allowsUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, developerMode);
        QFETCH(bool, allowed);
        ServerProfile profile;
        profile.developerMode = developerMode;
        QString error;
        QCOMPARE(TlsPolicy(profile).allowsUrl(QUrl(url), &error), allowed);
        QCOMPARE(error.isEmpty(), allowed);
    }

    void strictConfigurationWithoutCustomCa()
    {
        const auto configuration = TlsPolicy(ServerProfile()).configuration(nullptr);
        QVERIFY(configuration);
        QCOMPARE(configuration->protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(configuration->peerVerifyMode(), QSslSocket::VerifyPeer);
        const QSslCertificate custom = QSslCertificate::fromPath(m_caPath).constFirst();
        QVERIFY(!configuration->caCertificates().contains(custom));
    }

    void customCaAddedToSystemRoots()
    {
        ServerProfile profile;
        profile.caBundlePath = m_caPath;
        const auto configuration = TlsPolicy(profile).configuration(nullptr);
        QVERIFY(configuration);
        const QSslCertificate custom = QSslCertificate::fromPath(m_caPath).constFirst();
        QVERIFY(configuration->caCertificates().contains(custom));
        for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates())
            QVERIFY(configuration->caCertificates().contains(root));
        QCOMPARE(configuration->protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(configuration->peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void unusableCaBundleIsAnError()
    {
        ServerProfile profile;
        profile.caBundlePath = m_dir.filePath(QStringLiteral("missing.pem"));
        QString error;
        QVERIFY(!TlsPolicy(profile).configuration(&error));
        QVERIFY(error.contains(QLatin1String("missing.pem")));

        const QString notPem = m_dir.filePath(QStringLiteral("not.pem"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        profile.caBundlePath = notPem;
        error.clear();
        QVERIFY(!TlsPolicy(profile).configuration(&error));
        QVERIFY(!error.isEmpty());
    }

    void pinMatching()
    {
        const QSslCertificate certificate = QSslCertificate::fromPath(m_caPath).constFirst();
        const QByteArray pin = TlsPolicy::publicKeyPin(certificate);
        QCOMPARE(QByteArray::fromBase64(pin).size(), 32);
        ServerProfile profile;
        QVERIFY(TlsPolicy(profile).pinMatches({}));
        profile.pinSha256 = pin;
        QVERIFY(TlsPolicy(profile).pinMatches({certificate}));
        QVERIFY(!TlsPolicy(profile).pinMatches({}));
        profile.pinSha256 = QByteArray(32, 'A').toBase64();
        QVERIFY(!TlsPolicy(profile).pinMatches({certificate}));
    }

    void managerSettings()
    {
        QNetworkAccessManager manager;
        TlsPolicy::configureManager(manager);
        QVERIFY(manager.isStrictTransportSecurityEnabled());
        QCOMPARE(manager.redirectPolicy(), QNetworkRequest::NoLessSafeRedirectPolicy);
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
