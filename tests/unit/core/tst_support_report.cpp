// The support report behind Help → Copy Diagnostics: collected from the
// app's services in a temporary data folder (no server needed), it carries
// the versions, the server's origin, TLS settings, request ids, outbox
// counts and the sync per category, and none of the personal data or paths
// that sit right next to them.
#include "api/ApiClient.h"
#include "core/AppServices.h"
#include "diagnostics/SupportReport.h"
#include "net/ServerProfileStore.h"
#include "outbox/Outbox.h"
#include "store/LocalStore.h"
#include "store/SyncStateStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kEmail = QStringLiteral("jane.roe@example.org");
const QString kName = QStringLiteral("Jane Roe");
const QString kHome = QStringLiteral("/home/janeroe");

} // namespace

class TestSupportReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppServices> m_services;

private Q_SLOTS:
    void init()
    {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        AppServices::Options options;
        options.dataDir = m_dir.filePath(u"data"_qs);
        options.settings = m_settings.get();
        options.ephemeralSecrets = true;
        m_services = std::make_unique<AppServices>(options);
        QString error;
        QVERIFY2(m_services->start(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_services.reset();
        m_settings.reset();
    }

    void originIsSchemeHostAndPortOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("default https port")
            << u"https://jane:secret@privacy.example.com/api/v1?email=x#y"_qs
            << u"https://privacy.example.com:443"_qs;
        QTest::newRow("explicit port")
            << u"https://127.0.0.1:8443/"_qs << u"https://127.0.0.1:8443"_qs;
        QTest::newRow("http") << u"http://localhost/x"_qs << u"http://localhost:80"_qs;
        QTest::newRow("none") << QString() << u"(none)"_qs;
    }
    void originIsSchemeHostAndPortOnly()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(SupportReport::originText(QUrl(url)), origin);
    }

    void withoutAServerSaysSo()
    {
        QCoreApplication::setApplicationVersion(u"4.5.6-test"_qs);
        const QString text = SupportReport::collect(*m_services).toText();
        QVERIFY2(text.contains(u"App version: 4.5.6-test"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Qt version: "_qs + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"No server profile is active."_qs));
        QVERIFY(text.contains(u"pending: 0"_qs));
    }

    void collectsFactsButNoPersonalData()
    {
        QCoreApplication::setApplicationVersion(u"4.5.6-test"_qs);
        ServerProfile profile = ServerProfile::forUrl(QUrl(u"https://privacy.example.com"_qs));
        profile.name = kName; // whatever the discovery said, it is not needed
        profile.caBundlePath = kHome + u"/ca.pem"_qs;
        profile.pinSha256 = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
        m_services->profiles().save(profile);
        m_services->activateProfile(profile);
        QVERIFY(m_services->api());

        QString error;
        Outbox *outbox = m_services->outbox();
        const QJsonObject payload{{u"email"_qs, kEmail}, {u"name"_qs, kName}};
        const auto first = outbox->submit(u"edit"_qs, payload, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(outbox->submit(u"access"_qs, payload, &error));
        const auto failed = outbox->submit(u"delete"_qs, payload, &error);
        QVERIFY(failed);
        QVERIFY(outbox->markFailed(failed->id, u"refused"_qs));

        QSqlQuery insert(m_services->store()->database());
        QVERIFY(insert.exec(u"INSERT INTO logs (id, occurred_at, level, event, detail) VALUES "
                            "('l1', '2026-01-01T00:00:00Z', 'info', 'sign_in', '"_qs +
                            kEmail + u"')"_qs));
        SyncState state;
        state.category = u"logs"_qs;
        state.lastCompleteAt = u"2026-01-02T03:04:05.000Z"_qs;
        SyncStateStore states(m_services->store()->database());
        QVERIFY2(states.save(state, &error), qPrintable(error));

        RequestRecorder &recorder = m_services->api()->recorder();
        recorder.record(u"11111111-2222-3333-4444-555555555555"_qs, "GET",
                        u"/requests/r-77?email="_qs + kEmail, 200);
        recorder.record(u"66666666-7777-8888-9999-000000000000"_qs, "POST", u"/requests"_qs, 0);
        recorder.recordTls(QSsl::TlsV1_3, u"TLS_AES_256_GCM_SHA384"_qs);

        const QString text = SupportReport::collect(*m_services).toText();
        const auto has = [&text](const QString &part) {
            return text.contains(part) ? true : (qWarning().noquote() << text, false);
        };
        QVERIFY(has(u"App version: 4.5.6-test"_qs));
        QVERIFY(has(u"Qt version: "_qs + QString::fromLatin1(qVersion())));
        QVERIFY(has(u"OS: "_qs + QSysInfo::prettyProductName()));
        QVERIFY(has(u"Architecture: "_qs + QSysInfo::currentCpuArchitecture()));
        QVERIFY(has(u"Origin: https://privacy.example.com:443\n"_qs));
        QVERIFY(has(u"Custom CA configured: yes"_qs));
        QVERIFY(has(u"Public key pin set: yes"_qs));
        QVERIFY(has(u"Signed in: no"_qs));
        QVERIFY(has(u"Last connection TLS: TLS 1.3, cipher TLS_AES_256_GCM_SHA384"_qs));
        QVERIFY(
            has(u"GET /requests/{id} 200 X-Request-ID=11111111-2222-3333-4444-555555555555"_qs));
        QVERIFY(has(u"POST /requests no-response X-Request-ID=66666666"_qs));
        // Newest first.
        QVERIFY(text.indexOf(u"66666666"_qs) < text.indexOf(u"11111111"_qs));
        QVERIFY(has(u"pending: 2\n"_qs));
        QVERIFY(has(u"failed: 1\n"_qs));
        QVERIFY(has(u"sent: 0\n"_qs));
        QVERIFY(has(u"logs: 1 rows, last complete sync 2026-01-02T03:04:05.000Z"_qs));
        QVERIFY(has(u"visits: 0 rows, last complete sync never"_qs));

        for (const QString &secret : {kEmail, kName, kHome, u"janeroe"_qs, u"r-77"_qs,
                                      QString::fromLatin1(profile.pinSha256), profile.id})
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestSupportReport)
#include "tst_support_report.moc"
