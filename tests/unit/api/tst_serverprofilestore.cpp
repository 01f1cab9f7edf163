#include "net/ServerProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestServerProfileStore : public QObject
{
    Q_OBJECT

    static ServerProfile sample(const QString &url)
    {
        ServerProfile profile = ServerProfile::forUrl(QUrl(url));
        profile.name = QStringLiteral("Provider");
        profile.caBundlePath = QStringLiteral("/etc/ca.pem");
        profile.caSha256 = QByteArray(64, 'c');
        profile.pinSha256 = QByteArray(32, 'p').toBase64();
        profile.developerMode = true;
        return profile;
    }

private Q_SLOTS:
    void forUrlKeepsOriginOnly()
    {
        const ServerProfile profile = ServerProfile::forUrl(
            QUrl(QStringLiteral("HTTPS://user:pw@Privacy.Example.com:8443/path?q#f")));
        QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("https://privacy.example.com:8443")));
        QVERIFY(!profile.id.isEmpty());
        QVERIFY(ServerProfile::forUrl(profile.baseUrl).id != profile.id);
    }

    void roundTripReplaceRemove()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerProfileStore store(settings);
        QVERIFY(store.profiles().isEmpty());

        ServerProfile a = sample(QStringLiteral("https://a.example"));
        const ServerProfile b = sample(QStringLiteral("https://b.example:8443"));
        store.save(a);
        store.save(b);
        QCOMPARE(store.profiles(), (QList<ServerProfile>{a, b}));

        a.name = QStringLiteral("Renamed");
        a.developerMode = false;
        a.pinSha256.clear();
        store.save(a);
        QCOMPARE(store.profiles(), (QList<ServerProfile>{a, b}));
        QCOMPARE(store.profile(a.id), std::optional<ServerProfile>(a));

        // A second store on the same file sees the same profiles.
        QSettings reopened(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(ServerProfileStore(reopened).profiles(), (QList<ServerProfile>{a, b}));

        store.remove(a.id);
        QCOMPARE(store.profiles(), QList<ServerProfile>{b});
        QCOMPARE(store.profile(a.id), std::nullopt);
    }

    void writesOnlyPublicFields()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ServerProfileStore(settings).save(sample(QStringLiteral("https://a.example")));
        const QStringList allowed{QStringLiteral("id"),
                                  QStringLiteral("name"),
                                  QStringLiteral("base_url"),
                                  QStringLiteral("ca_bundle"),
                                  QStringLiteral("ca_sha256"),
                                  QStringLiteral("pin_sha256"),
                                  QStringLiteral("developer_mode")};
        for (const QString &key : settings.allKeys()) {
            if (key == QLatin1String("servers/size"))
                continue;
            QVERIFY2(allowed.contains(key.section(QLatin1Char('/'), -1)), qPrintable(key));
            QVERIFY(!key.contains(QLatin1String("token"), Qt::CaseInsensitive));
            QVERIFY(!key.contains(QLatin1String("password"), Qt::CaseInsensitive));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerProfileStore)
#include "tst_serverprofilestore.moc"
