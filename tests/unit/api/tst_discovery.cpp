#include "discovery/DiscoveryClient.h"
#include "net/ServerProfileStore.h"

#include "DiscoveryDocument.h"
#include "FakeNetwork.h"
#include "ManualTimerSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ServerProfile>();
        qRegisterMetaType<Discovery>();
        qRegisterMetaType<ApiError>();
    }

    void parsesEveryField()
    {
        ApiError error;
        const auto discovery = Discovery::fromJson(QJsonDocument(discoveryDocument()), &error);
        QVERIFY2(discovery, qPrintable(error.developerDetail()));
        QCOMPARE(discovery->providerName, QStringLiteral("Qiscus"));
        QCOMPARE(discovery->apiBaseUrl, QUrl(QStringLiteral("https://api.test/api/v1")));
        QCOMPARE(discovery->apiVersion, QStringLiteral("1"));
        QCOMPARE(discovery->privacyPolicyUrl, QUrl(QStringLiteral("https://example.com/policy")));
        QCOMPARE(discovery->passwordResetUrl, QUrl(QStringLiteral("https://example.com/reset")));
        QCOMPARE(discovery->supportEmail, QStringLiteral("support@example.com"));
        QCOMPARE(discovery->securityEmail, QStringLiteral("security@example.com"));
        QCOMPARE(discovery->oidcIssuers.size(), 1);
        QCOMPARE(discovery->oidcIssuers.constFirst().clientId, QStringLiteral("pd"));
        QCOMPARE(discovery->oidcIssuers.constFirst().displayName, QStringLiteral("Example ID"));
        QCOMPARE(discovery->requestTypes,
                 (QStringList{QStringLiteral("export"), QStringLiteral("delete")}));
        QCOMPARE(discovery->requestDeadlineDays.value(QStringLiteral("export")), 3);
        QCOMPARE(discovery->backupRetentionDays, 30);
        QCOMPARE(discovery->deletionGraceDays, 7);
        QCOMPARE(discovery->storageRegions.constFirst().country, QStringLiteral("ID"));
    }

    // The keys that sign receipts: optional (older servers), an Ed25519
    // JWK read into its 32 bytes, another kind skipped, a bad one an error.
    void readsTheReceiptKeys()
    {
        ApiError error;
        QJsonObject document = discoveryDocument();
        QVERIFY(Discovery::fromJson(QJsonDocument(document), &error)->receiptKeys.isEmpty());
        const QByteArray x(32, '\x07');
        const QString encoded = QString::fromLatin1(
            x.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        document.insert(QStringLiteral("receipt_keys"),
                        QJsonArray{QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                               {QStringLiteral("crv"), QStringLiteral("P-256")},
                                               {QStringLiteral("kid"), QStringLiteral("ec")}},
                                   QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                                               {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                                               {QStringLiteral("x"), encoded},
                                               {QStringLiteral("kid"), QStringLiteral("k1")}}});
        const auto discovery = Discovery::fromJson(QJsonDocument(document), &error);
        QVERIFY2(discovery, qPrintable(error.developerDetail()));
        QCOMPARE(discovery->receiptKeys.size(), 1);
        QCOMPARE(discovery->receiptKeys.first().kid, QStringLiteral("k1"));
        QCOMPARE(discovery->receiptKeys.first().publicKey, x);

        document.insert(QStringLiteral("receipt_keys"),
                        QJsonArray{QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                                               {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                                               {QStringLiteral("x"), QStringLiteral("c2hvcnQ")},
                                               {QStringLiteral("kid"), QStringLiteral("k2")}}});
        QVERIFY(!Discovery::fromJson(QJsonDocument(document), &error));
    }

    void namesTheBadField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing name")
            << QStringLiteral("provider_name") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("discovery.provider_name: missing");
        QTest::newRow("number url")
            << QStringLiteral("api_base_url") << QJsonValue(5)
            << QStringLiteral("discovery.api_base_url: expected string, got number");
        QTest::newRow("relative url")
            << QStringLiteral("privacy_policy_url") << QJsonValue(QStringLiteral("policy"))
            << QStringLiteral("discovery.privacy_policy_url: not an absolute URL");
        QTest::newRow("object types")
            << QStringLiteral("request_types") << QJsonValue(QJsonObject())
            << QStringLiteral("discovery.request_types: expected array, got object");
        QTest::newRow("issuer")
            << QStringLiteral("oidc_issuers")
            << QJsonValue(
                   QJsonArray{QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://x")},
                                          {QStringLiteral("client_id"), 7},
                                          {QStringLiteral("display_name"), QStringLiteral("X")}}})
            << QStringLiteral("discovery.oidc_issuers[0].client_id: expected string, got number");
        QTest::newRow("deadline")
            << QStringLiteral("request_deadline_days")
            << QJsonValue(QJsonObject{{QStringLiteral("export"), QStringLiteral("3")}})
            << QStringLiteral(
                   "discovery.request_deadline_days.export: expected number, got string");
        QTest::newRow("negative")
            << QStringLiteral("deletion_grace_days") << QJsonValue(-1)
            << QStringLiteral("discovery.deletion_grace_days: -1 is outside 0..2147483647");
    }
    void namesTheBadField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject document = discoveryDocument();
        if (value.isUndefined())
            document.remove(path);
        else
            document.insert(path, value);
        ApiError error;
        QVERIFY(!Discovery::fromJson(QJsonDocument(document), &error));
        QCOMPARE(error.kind(), ApiError::Kind::Malformed);
        QCOMPARE(error.developerDetail(), expected);
    }

    void checkRejectsOtherOriginAndVersion()
    {
        const ServerProfile profile =
            ServerProfile::forUrl(QUrl(QStringLiteral("https://api.test")));
        auto discovery = Discovery::fromJson(QJsonDocument(discoveryDocument()), nullptr);
        QVERIFY(discovery);
        QCOMPARE(DiscoveryClient::check(profile, *discovery), std::nullopt);
        discovery->apiBaseUrl = QUrl(QStringLiteral("https://tokens.evil.test/api/v1"));
        QVERIFY(DiscoveryClient::check(profile, *discovery));
        discovery->apiBaseUrl = QUrl(QStringLiteral("https://api.test/api/v1"));
        discovery->apiVersion = QStringLiteral("2");
        QVERIFY(DiscoveryClient::check(profile, *discovery));
    }

    void addServerFetchesAndSaves()
    {
        FakeNetworkAccessManager network;
        ManualTimerSource timers;
        network.setHandler([](const FakeRequest &) {
            return FakeResponse::json(200, QJsonDocument(discoveryDocument()).toJson());
        });
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerProfileStore store(settings);
        DiscoveryClient discovery(&store, {&network, &timers, nullptr});
        QSignalSpy added(&discovery, &DiscoveryClient::serverAdded);
        QSignalSpy failed(&discovery, &DiscoveryClient::failed);
        discovery.addServer(ServerProfile::forUrl(QUrl(QStringLiteral("https://api.test/"))));
        QVERIFY(added.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(network.requests().constFirst().url,
                 QUrl(QStringLiteral("https://api.test/.well-known/privacy-dashboard")));
        QVERIFY(network.requests().constFirst().header("Authorization").isEmpty());
        const auto profile = added.constFirst().constFirst().value<ServerProfile>();
        QCOMPARE(profile.name, QStringLiteral("Qiscus"));
        QCOMPARE(store.profiles(), QList<ServerProfile>{profile});
    }

    void addServerRefusesForeignApiBase()
    {
        FakeNetworkAccessManager network;
        ManualTimerSource timers;
        network.setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                200,
                QJsonDocument(discoveryDocument(QStringLiteral("https://evil.test"))).toJson());
        });
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerProfileStore store(settings);
        DiscoveryClient discovery(&store, {&network, &timers, nullptr});
        QSignalSpy failed(&discovery, &DiscoveryClient::failed);
        discovery.addServer(ServerProfile::forUrl(QUrl(QStringLiteral("https://api.test"))));
        QVERIFY(failed.wait(5000));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(failed.constFirst().at(1).value<ApiError>().userMessage().contains(
            QLatin1String("evil.test")));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
