// Request tracking against the reference backend: a request made while the
// server cannot be reached waits in the outbox, shown as pending on the
// Requests page, and goes out exactly once when the server is back; a
// request past its due date is flagged on the Requests page and in the
// Overview's open requests.
#include "DataPagesSession.h"

#include "auth/AuthService.h"
#include "auth/IdleMonitor.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "pages/OverviewPage.h"
#include "pages/RequestsPage.h"
#include "requests/OpenRequestsList.h"
#include "requests/RequestListModel.h"
#include "widgets/NoticeBanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject unsubscribePayload()
{
    return {{QStringLiteral("channels"), QJsonArray{QStringLiteral("sms")}}};
}

QString outboxKey(qint64 id)
{
    return QStringLiteral("outbox:") + QString::number(id);
}

// Stops `server` and files an unsubscribe request; the item once its first
// attempt failed for the network and it waits, pending.
std::optional<OutboxItem> fileWhileOffline(TestServer &server, Outbox *outbox)
{
    server.halt();
    QString error;
    const auto item = outbox->submit(QStringLiteral("unsubscribe"), unsubscribePayload(), &error);
    if (!item || !QTest::qWaitFor(
                     [&] {
                         return outbox->item(item->id)->attempts >= 1 &&
                                outbox->item(item->id)->state == OutboxItem::State::Pending;
                     },
                     30000))
        return std::nullopt;
    return item;
}

} // namespace

class TestGuiOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineRequestIsSentOnceWhenBack()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, TestServer::processAfter(3600), 1, &error),
                 qPrintable(error));
        AppServices *services = session.services();

        RequestsPage page(services);
        QVERIFY(showAndActivate(&page));
        QTRY_VERIFY(pageState(&page) == QStringLiteral("content") ||
                    pageState(&page) == QStringLiteral("empty"));

        // The server goes away; the request is made anyway. It was tried,
        // failed for the network, and waits: pending on the page.
        Outbox *outbox = services->outbox();
        const auto item = fileWhileOffline(server, outbox);
        QVERIFY(item);
        QTRY_VERIFY(page.model()->rowOf(outboxKey(item->id)) >= 0);
        const int row = page.model()->rowOf(outboxKey(item->id));
        QVERIFY(page.model()->record(row)->waiting);
        QCOMPARE(page.model()->index(row, RequestListModel::Status).data().toString(),
                 QStringLiteral("Waiting to be sent"));
        QCOMPARE(pageState(&page), QStringLiteral("content"));

        // Back on the same address and data: sent, without the user acting.
        QVERIFY2(server.restart(), qPrintable(server.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(item->id)->state, OutboxItem::State::Sent, 120000);
        const QString id = outbox->item(item->id)->serverRequestId;
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(page.model()->rowOf(id) >= 0);
        QCOMPARE(page.model()->rowOf(outboxKey(item->id)), -1);
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(id), RequestListModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("Received"));

        // Exactly once on the server.
        const Tokens tokens = server.signIn(server.accounts().at(1));
        const QJsonArray items =
            serverJson(server, tokens, QStringLiteral("/api/v1/requests?limit=100"))
                .value(QStringLiteral("items"))
                .toArray();
        int unsubscribes = 0;
        for (const QJsonValue &request : items) {
            if (request.toObject().value(QStringLiteral("type")).toString() ==
                QLatin1String("unsubscribe")) {
                ++unsubscribes;
                QCOMPARE(request.toObject().value(QStringLiteral("id")).toString(), id);
                QCOMPARE(request.toObject().value(QStringLiteral("status")).toString(),
                         QStringLiteral("received"));
            }
        }
        QCOMPARE(unsubscribes, 1);
    }

    // A request filed offline is not lost when the session ends before it
    // could be sent (here by the idle time-out, which wipes the cache): it
    // waits for the same account, not another, and is then filed once.
    void offlineRequestSurvivesTheIdleSignOut()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, TestServer::processAfter(3600), 1, &error),
                 qPrintable(error));
        AppServices *services = session.services();
        RequestsPage page(services);
        QVERIFY(showAndActivate(&page));
        Outbox *outbox = services->outbox();
        const auto item = fileWhileOffline(server, outbox);
        QVERIFY(item);

        // The user walks away: the idle time-out ends the session.
        QSignalSpy ended(services, &AppServices::sessionEnded);
        QSignalSpy signedOut(services, &AppServices::signedOut);
        services->idle()->setTimeout(std::chrono::seconds(1));
        QVERIFY(signedOut.wait(30000));
        services->idle()->setTimeout(std::chrono::minutes(15));
        QCOMPARE(ended.size(), 1);
        QVERIFY2(ended.constFirst().at(1).toString().contains(
                     QStringLiteral("had not reached the server yet")),
                 qPrintable(ended.constFirst().at(1).toString()));
        // The cache and its outbox were wiped...
        QVERIFY(outbox->items().isEmpty());
        // ...but the request waits in the held store, bound to the account.
        QFile held(QDir(session.dataDir()).filePath(QStringLiteral("held-requests.sqlite3")));
        QVERIFY(held.exists());
        QCOMPARE(held.permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QVERIFY2(server.restart(), qPrintable(server.lastError()));
        QSignalSpy resumed(services, &AppServices::heldRequestsResumed);
        QSignalSpy signedIn(services, &AppServices::signedIn);

        // Another account signs in on this computer: not theirs to send.
        const DemoAccount other = server.accounts().at(0); // with two-factor
        QSignalSpy secondStep(services->auth(), &AuthService::twoFactorRequired);
        services->auth()->signInWithPassword(other.email, other.password,
                                             QStringLiteral("tst_gui_offline"));
        QVERIFY(secondStep.wait(30000));
        services->auth()->submitTotp(TestServer::totpCode(other.totpSecret));
        QVERIFY(signedIn.wait(30000));
        QVERIFY(resumed.isEmpty());
        QVERIFY(outbox->items().isEmpty());
        services->signOut();
        QVERIFY(signedOut.wait(30000));

        // The same account again: queued again with its key, and sent.
        const DemoAccount account = server.accounts().at(1);
        services->auth()->signInWithPassword(account.email, account.password,
                                             QStringLiteral("tst_gui_offline"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 2, 30000);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(resumed.constFirst().constFirst().toInt(), 1);
        const auto again = outbox->itemWithKey(item->idempotencyKey);
        QVERIFY(again);
        QCOMPARE(again->payload, unsubscribePayload());
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(again->id)->state, OutboxItem::State::Sent, 120000);
        const QString id = outbox->item(again->id)->serverRequestId;
        QTRY_VERIFY(page.model()->rowOf(id) >= 0);

        // Exactly once on the server.
        const Tokens tokens = server.signIn(account);
        QCOMPARE(countServerRequests(server, tokens, QStringLiteral("unsubscribe")), 1);
    }

    void overdueRequestIsFlagged()
    {
        // The server's clock runs 100 days behind: a request made now was due
        // long ago.
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(
            session.startSignedIn(server,
                                  {QStringLiteral("--process-after"), QStringLiteral("3600"),
                                   QStringLiteral("--clock-offset"), QStringLiteral("-8640000")},
                                  1, &error),
            qPrintable(error));
        AppServices *services = session.services();

        Outbox *outbox = services->outbox();
        const auto item =
            outbox->submit(QStringLiteral("unsubscribe"), unsubscribePayload(), &error);
        QVERIFY2(item, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(item->id)->state, OutboxItem::State::Sent, 60000);
        const QString id = outbox->item(item->id)->serverRequestId;

        RequestsPage page(services);
        QVERIFY(showExposed(&page, {1200, 700}));
        QVERIFY(!page.overdueBanner()->isVisible());
        page.activate();
        QTRY_VERIFY(page.model()->rowOf(id) >= 0);
        const QModelIndex due = page.model()->index(page.model()->rowOf(id), RequestListModel::Due);
        QVERIFY2(due.data().toString().contains(QStringLiteral("overdue")),
                 qPrintable(due.data().toString()));
        QVERIFY(!due.data(Qt::DecorationRole).isNull());
        QVERIFY(due.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Overdue")));
        QTRY_VERIFY(page.overdueBanner()->isVisible());
        QVERIFY2(page.overdueBanner()->text().contains(QStringLiteral("1 request")),
                 qPrintable(page.overdueBanner()->text()));
        QCOMPARE(page.overdueBanner()->accessibleName(), QStringLiteral("Overdue requests"));

        OverviewPage overview(services);
        QVERIFY(showAndActivate(&overview, {1200, 800}));
        OpenRequestsList *open = overview.openRequests();
        const auto overdueItem = [open]() -> QTreeWidgetItem * {
            for (int i = 0; i < open->topLevelItemCount(); ++i) {
                if (open->topLevelItem(i)->text(2).contains(QStringLiteral("overdue")))
                    return open->topLevelItem(i);
            }
            return nullptr;
        };
        QTRY_VERIFY(overdueItem());
        QVERIFY(!overdueItem()->icon(2).isNull());
        QVERIFY(overdueItem()
                    ->data(2, Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Overdue")));
    }
};

QTEST_MAIN(TestGuiOffline)
#include "tst_gui_offline.moc"
