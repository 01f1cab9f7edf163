// When the session ends after the user asked for their account's deletion,
// the app says "your account was deleted" only when that can be true: the
// deletion was not cancelled (as recorded from the server, also in an earlier
// run) and its grace period is over. Otherwise the session just expired.
#include "DataPagesSession.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "requests/RequestFlows.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace pd;
using namespace pd::test;

namespace {

// Ends every session of the account on the server, as a purge or a
// "sign out everywhere" elsewhere would.
bool revokeAllSessions(TestServer &server)
{
    bool ok = false;
    server.runSql(QStringLiteral("UPDATE sessions SET revoked_at = 1 WHERE revoked_at IS NULL"), {},
                  &ok);
    return ok;
}

} // namespace

class TestGuiDeletionInference : public QObject
{
    Q_OBJECT

    // Optionally fetches the discovery document (the grace period), then
    // re-authenticates and files a deletion; returns its outbox id once the
    // server has it (0 on failure).
    static qint64 fileDeletion(TestServer &server, DataPagesSession &session, bool withDiscovery)
    {
        AppServices *services = session.services();
        if (withDiscovery) {
            QWidget window;
            RequestFlows flows(services, &window);
            flows.refreshDiscovery();
            if (!QTest::qWaitFor([&] { return flows.discovery().has_value(); }, 30000))
                return 0;
        }
        const DemoAccount account = server.accounts().at(1);
        ApiJob *job = services->api()->send(ApiRequest::post(
            QStringLiteral("/auth/reauthenticate"),
            QJsonDocument(QJsonObject{{QStringLiteral("password"), account.password}})));
        QSignalSpy reauthenticated(job, &ApiJob::finished);
        if (!reauthenticated.wait(30000) ||
            !reauthenticated.constFirst().constFirst().value<ApiResult>().ok())
            return 0;
        QString error;
        const auto item = services->outbox()->submit(
            QStringLiteral("delete"), {{QStringLiteral("confirm_email"), account.email}}, &error);
        if (!item || !QTest::qWaitFor(
                         [&] {
                             return services->outbox()->item(item->id)->state ==
                                    OutboxItem::State::Sent;
                         },
                         30000))
            return 0;
        return item->id;
    }

    // Starts `server` with requests left open and a deletion grace period of
    // `graceDays`, and signs `session` in.
    static bool startWithGracePeriod(TestServer &server, DataPagesSession &session, int graceDays,
                                     QString *error)
    {
        return session.startSignedIn(
            server,
            TestServer::processAfter(3600) +
                QStringList{QStringLiteral("--deletion-grace-days"), QString::number(graceDays)},
            1, error);
    }

    static AppServices::SignOutReason reasonAfterRevocation(TestServer &server,
                                                            AppServices *services)
    {
        QSignalSpy ended(services, &AppServices::sessionEnded);
        if (!revokeAllSessions(server))
            return AppServices::SignOutReason::User;
        services->syncNow();
        if (!ended.wait(30000))
            return AppServices::SignOutReason::User;
        return ended.constFirst().constFirst().value<AppServices::SignOutReason>();
    }

private Q_SLOTS:
    // Within a 30-day grace period, or without the discovery document (the
    // grace period unknown), nothing says the purge is due.
    void aSessionEndingBeforeThePurgeJustExpired_data()
    {
        QTest::addColumn<bool>("withDiscovery");
        QTest::newRow("grace period unknown") << false;
        QTest::newRow("within the grace period") << true;
    }
    void aSessionEndingBeforeThePurgeJustExpired()
    {
        QFETCH(bool, withDiscovery);
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(startWithGracePeriod(server, session, 30, &error), qPrintable(error));
        QVERIFY(fileDeletion(server, session, withDiscovery) > 0);
        QCOMPARE(reasonAfterRevocation(server, session.services()),
                 AppServices::SignOutReason::SessionExpired);
    }

    void aCancelledDeletionIsRemembered()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(startWithGracePeriod(server, session, 0, &error), qPrintable(error));
        AppServices *services = session.services();
        const qint64 outboxId = fileDeletion(server, session, true);
        QVERIFY(outboxId > 0);
        // Cancelled elsewhere; the app learns it from the server.
        const QString serverId = services->outbox()->item(outboxId)->serverRequestId;
        const Tokens tokens = server.signIn(server.accounts().at(1));
        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/requests/") + serverId +
                                   QStringLiteral("/cancel"),
                               {}, tokens.accessToken)
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            services->outbox()->item(outboxId)->serverRequest.value(u"status").toString() ==
                QLatin1String("cancelled"),
            120000);
        // Kept with the outbox item (it outlives this run). The grace period
        // (0 days) is over, yet the deletion was cancelled.
        QCOMPARE(reasonAfterRevocation(server, services),
                 AppServices::SignOutReason::SessionExpired);
    }
};

QTEST_MAIN(TestGuiDeletionInference)
#include "tst_gui_deletion_inference.moc"
