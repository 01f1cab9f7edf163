// The account deletion flow against the reference backend, through the real
// widgets: the typed email confirmation, the re-authentication (cancelled,
// wrong password, right password), the request in the outbox, the server's
// purge after a zero-day grace period, and the app signing out and erasing
// its local copy. Also the resend of a deletion the server refused for want
// of a recent re-authentication; the "export first?" step; a deletion's
// grace period counting down on Overview and Requests, cancelled there with
// one click, and a cancellation that comes too late.
#include "DataPagesSession.h"

#include "auth/AuthService.h"
#include "cache/DocumentCache.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "outbox/RequestTracker.h"
#include "pages/OverviewPage.h"
#include "pages/RequestsPage.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptStore.h"
#include "requests/DeleteAccountDialog.h"
#include "requests/DeletionBanner.h"
#include "requests/DeletionCountdown.h"
#include "requests/ExportRequestDialog.h"
#include "requests/ReauthenticationRetry.h"
#include "requests/RequestFlows.h"
#include "requests/RequestListModel.h"
#include "requests/RequestRepository.h"
#include "security/ReauthenticateDialog.h"
#include "store/LocalStore.h"
#include "store/StoreSchema.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/TotpCodeEdit.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;

namespace {

// Rows left in the local store's account tables and documents, read through
// a connection of the test's own.
int localRows(const QString &path)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    int rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        QStringList tables = StoreSchema::accountTables();
        tables << QStringLiteral("documents");
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
                return -1;
            rows += query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

namespace {

// A server that carries requests out at once, deletions after `graceDays`,
// keeping backups for `backupDays` days (the server's default when -1).
QStringList deletionServer(int graceDays, int backupDays = -1)
{
    QStringList arguments{QStringLiteral("--process-after"), QStringLiteral("0"),
                          QStringLiteral("--deletion-grace-days"), QString::number(graceDays)};
    if (backupDays >= 0)
        arguments << QStringLiteral("--backup-retention-days") << QString::number(backupDays);
    return arguments;
}

} // namespace

class TestGuiDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletionPurgesAndWipes()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, deletionServer(0, 30), 1, &error),
                 qPrintable(error));
        AppServices *services = session.services();
        const DemoAccount account = server.accounts().at(1);
        QVERIFY(localRows(services->store()->path()) > 0);

        QWidget window;
        QVERIFY(showExposed(&window, {900, 700}));
        RequestFlows flows(services, &window);
        flows.refreshDiscovery();
        QTRY_VERIFY(flows.discovery().has_value());
        QVERIFY(flows.types().contains(QStringLiteral("delete")));

        auto *dialog = qobject_cast<DeleteAccountDialog *>(flows.start(QStringLiteral("delete")));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // What it means, from the policy and the server's discovery facts.
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("terminates")));
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("erased")));
        const QString retention = dialog->retentionLabel()->text();
        QVERIFY2(retention.contains(QStringLiteral("30 day")), qPrintable(retention));
        QVERIFY2(retention.contains(QStringLiteral("Requests page")), qPrintable(retention));
        QTRY_COMPARE(dialog->accountEmail(), account.email);
        QVERIFY(!dialog->submitButton()->isEnabled());

        // The first step: going on without an export.
        QVERIFY(dialog->exportStep()->isVisible());
        QTest::mouseClick(dialog->skipExportButton(), Qt::LeftButton);
        QVERIFY(!dialog->exportItem());

        // Another address: Submit stays disabled, with a warning.
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("someone.else@example.com"));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problemBanner()->isVisible());
        dialog->confirmEdit()->clear();
        // The account's address, in other case: accepted.
        QTest::keyClicks(dialog->confirmEdit(), account.email.toUpper());
        QVERIFY(dialog->submitButton()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("I no longer use the service."));
        const QStringList unnamed = unnamedFocusableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Submit asks to confirm it is you; cancelling files nothing.
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->reauthenticateDialog() && dialog->reauthenticateDialog()->isVisible());
        QPointer<ReauthenticateDialog> reauth = dialog->reauthenticateDialog();
        QTest::mouseClick(reauth->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!reauth);
        QVERIFY(dialog->isVisible());
        QVERIFY(services->outbox()->items().isEmpty());

        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->reauthenticateDialog() && dialog->reauthenticateDialog()->isVisible());
        reauth = dialog->reauthenticateDialog();
        QVERIFY(!reauth->confirmButton()->isEnabled());
        // A wrong password: a clear message, the dialog stays, nothing filed.
        QTest::keyClicks(reauth->passwordField()->lineEdit(), QStringLiteral("not-the-password"));
        QVERIFY(reauth->confirmButton()->isEnabled());
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(reauth->problemBanner()->isVisible());
        QVERIFY2(reauth->problemBanner()->text().contains(QStringLiteral("password is not right")),
                 qPrintable(reauth->problemBanner()->text()));
        QVERIFY(reauth->isVisible());
        QVERIFY(reauth->passwordField()->text().isEmpty());
        QVERIFY(services->outbox()->items().isEmpty());

        QSignalSpy queued(&flows, &RequestFlows::requestQueued);
        QSignalSpy ended(services, &AppServices::sessionEnded);
        QSignalSpy signedOut(services, &AppServices::signedOut);
        QTest::keyClicks(reauth->passwordField()->lineEdit(), account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        const auto item = queued.at(0).at(0).value<OutboxItem>();
        QCOMPARE(item.type, QStringLiteral("delete"));
        QCOMPARE(item.payload.value(QStringLiteral("confirm_email")).toString(),
                 account.email.toUpper());
        QCOMPARE(item.payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("I no longer use the service."));
        QTRY_VERIFY(!flows.currentDialog());

        // The server purges the account; the app learns it and signs out.
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 120000);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<AppServices::SignOutReason>(),
                 AppServices::SignOutReason::AccountDeleted);
        QVERIFY2(ended.at(0).at(1).toString().contains(QStringLiteral("deleted")),
                 qPrintable(ended.at(0).at(1).toString()));

        // The server no longer has the account: it cannot sign in.
        bool ok = false;
        const auto rows = server.runSql(
            QStringLiteral("SELECT COUNT(*) FROM accounts WHERE lower(email) = lower(?)"),
            {account.email}, &ok);
        QVERIFY2(ok, qPrintable(server.lastError()));
        QCOMPARE(rows.at(0).at(0).toInt(), 0);
        const Reply signIn = server.postJson(QStringLiteral("/api/v1/auth/password"),
                                             {{QStringLiteral("email"), account.email},
                                              {QStringLiteral("password"), account.password}});
        QCOMPARE(signIn.status, 401);

        // Nothing is left on this computer: store, documents, outbox, token.
        QCOMPARE(localRows(services->store()->path()), 0);
        QVERIFY(services->outbox()->items().isEmpty());
        QVERIFY(!services->documents()->cached(QStringLiteral("profile")));
        QVERIFY(!services->documents()->cached(QStringLiteral("discovery")));
        // But the deletion's signed receipt is: the user's proof, kept in
        // their receipts folder.
        QTRY_COMPARE(services->receipts()->store().all().size(), 1);
        const Receipt proof = services->receipts()->store().all().first();
        QCOMPARE(proof.type, QStringLiteral("delete"));
        QCOMPARE(proof.outcome, QStringLiteral("completed"));
        QVERIFY(proof.isSignatureValid());
        QSignalSpy signedIn(services, &AppServices::signedIn);
        signedOut.clear();
        services->restoreSession();
        QTRY_COMPARE(signedOut.size(), 1);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(services->auth()->state(), AuthService::State::SignedOut);
    }

    // "Export your data first?" files an export before the deletion; the
    // deletion then counts down on Overview and Requests (the date the
    // server will carry it out, in the locale's words) until one click on
    // Cancel deletion has the server cancel it.
    void exportFirstThenCountdownAndOneClickCancel()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, deletionServer(7, 30), 1, &error),
                 qPrintable(error));
        AppServices *services = session.services();
        const DemoAccount account = server.accounts().at(1);
        const Tokens tokens = server.signIn(account);
        Outbox *outbox = services->outbox();

        QWidget window;
        QVERIFY(showExposed(&window, {900, 700}));
        RequestFlows flows(services, &window);
        flows.refreshDiscovery();
        QTRY_VERIFY(flows.discovery().has_value());
        auto *dialog = qobject_cast<DeleteAccountDialog *>(flows.start(QStringLiteral("delete")));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The step comes first and says what is at stake; the consequences
        // and the typed confirmation stay.
        QVERIFY(dialog->exportStep()->isVisible());
        QVERIFY2(dialog->exportStepLabel()->text().contains(QStringLiteral("cannot be recovered")),
                 qPrintable(dialog->exportStepLabel()->text()));
        QVERIFY(dialog->exportFirstButton()->hasFocus());
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("terminates")));
        QTRY_COMPARE(dialog->accountEmail(), account.email);
        QTest::keyClicks(dialog->confirmEdit(), account.email);
        // Until the user chose, the deletion cannot be filed.
        QVERIFY(!dialog->submitButton()->isEnabled());

        QTest::mouseClick(dialog->exportFirstButton(), Qt::LeftButton);
        QVERIFY(dialog->exportItem().has_value());
        const OutboxItem exportItem = *dialog->exportItem();
        QCOMPARE(exportItem.type, QStringLiteral("export"));
        QStringList categories;
        for (const QJsonValue &category :
             exportItem.payload.value(QStringLiteral("categories")).toArray())
            categories << category.toString();
        QCOMPARE(categories, ExportRequestDialog::categories());
        QVERIFY(!dialog->exportFirstButton()->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->submitButton()->isEnabled());
        const QStringList unnamed = unnamedFocusableWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        QSignalSpy queued(&flows, &RequestFlows::requestQueued);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->reauthenticateDialog() && dialog->reauthenticateDialog()->isVisible());
        ReauthenticateDialog *reauth = dialog->reauthenticateDialog();
        QTest::keyClicks(reauth->passwordField()->lineEdit(), account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        const auto deletionItem = queued.at(0).at(0).value<OutboxItem>();
        QCOMPARE(deletionItem.type, QStringLiteral("delete"));

        // The export was filed first, then the deletion; the server has both.
        QVERIFY(exportItem.id < deletionItem.id);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(exportItem.id)->state, OutboxItem::State::Sent,
                                  30000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(deletionItem.id)->state, OutboxItem::State::Sent,
                                  30000);
        const QString exportId = outbox->item(exportItem.id)->serverRequestId;
        const QString deletionId = outbox->item(deletionItem.id)->serverRequestId;
        const QJsonObject exported =
            serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + exportId);
        const QJsonObject deletion =
            serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + deletionId);
        QCOMPARE(exported.value(QStringLiteral("type")).toString(), QStringLiteral("export"));
        QCOMPARE(deletion.value(QStringLiteral("type")).toString(), QStringLiteral("delete"));
        const auto createdAt = [](const QJsonObject &request) {
            return QDateTime::fromString(request.value(QStringLiteral("created_at")).toString(),
                                         Qt::ISODateWithMs);
        };
        QVERIFY(createdAt(exported).isValid());
        QVERIFY(createdAt(exported) <= createdAt(deletion));

        // The countdown, on both pages: seven days of 24 hours from when the
        // server received the deletion, the date and time in the user's
        // locale (Indonesian here: its own month names and time format).
        const QLocale previous;
        const auto restoreLocale = qScopeGuard([previous] { QLocale::setDefault(previous); });
        const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
        QLocale::setDefault(indonesian);
        const QDateTime carriedOut = createdAt(deletion).addSecs(7 * 24 * 3600).toLocalTime();
        const QString date = indonesian.toString(carriedOut.date(), QLocale::LongFormat);
        const QString time = indonesian.toString(carriedOut.time(), QLocale::ShortFormat);
        QVERIFY(date != QLocale(QLocale::English).toString(carriedOut.date(), QLocale::LongFormat));
        OverviewPage overview(services);
        QVERIFY(showAndActivate(&overview));
        RequestsPage requests(services);
        QVERIFY(showAndActivate(&requests));
        for (DeletionBanner *banner : {overview.deletionBanner(), requests.deletionBanner()}) {
            QTRY_VERIFY(banner->isVisible());
            const QString text = banner->text();
            // (English plural forms come from the translation: "day(s)" without it.)
            QVERIFY2(text.contains(QStringLiteral("Your account will be deleted in 6 day")) &&
                         text.contains(QStringLiteral(" 23 hour")),
                     qPrintable(text));
            QVERIFY2(text.contains(date) && text.contains(time), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Backups are kept for 30 day")),
                     qPrintable(text));
            QVERIFY(banner->cancelButton()->isVisible() && banner->cancelButton()->isEnabled());
            QVERIFY(!banner->progressBar()->isVisible());
            // The next change is waited for, not polled.
            QVERIFY(banner->countdown()->isTicking());
            QCOMPARE(banner->countdown()->pending()->requestId, deletionId);
        }

        // One click, no typed confirmation: the cancellation is queued with a
        // key of its own and shows its progress.
        QSignalSpy confirmed(overview.deletionBanner(), &DeletionBanner::cancelConfirmed);
        QTest::mouseClick(overview.deletionBanner()->cancelButton(), Qt::LeftButton);
        QVERIFY(!QApplication::activeModalWidget());
        const auto cancellation = services->requests()->cancellationOf(deletionId);
        QVERIFY(cancellation.has_value());
        QVERIFY(!cancellation->idempotencyKey.isEmpty());
        QVERIFY(cancellation->idempotencyKey != deletionItem.idempotencyKey);
        QVERIFY(overview.deletionBanner()->progressBar()->isVisible());
        QVERIFY(!overview.deletionBanner()->cancelButton()->isEnabled());
        // Not a request of its own in the list.
        QVERIFY(requests.model()->rowOf(QStringLiteral("outbox:") +
                                        QString::number(cancellation->id)) < 0);

        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, 30000);
        QCOMPARE(outbox->item(cancellation->id)->state, OutboxItem::State::Sent);
        QCOMPARE(serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + deletionId)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!overview.deletionBanner()->isVisible());
        QTRY_VERIFY(!requests.deletionBanner()->isVisible());
        QVERIFY(overview.deletionResult()->isVisible());
        QVERIFY2(overview.deletionResult()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(overview.deletionResult()->text()));
        // The deletion's own outbox item knows it was cancelled (what is
        // read when a session ends: no "account deleted" then).
        QCOMPARE(
            outbox->item(deletionItem.id)->serverRequest.value(QStringLiteral("status")).toString(),
            QStringLiteral("cancelled"));
    }

    // The server refuses a cancellation that arrives after it finished the
    // deletion: the banner says so plainly and offers no more Cancel.
    void aCancellationTooLateSaysSo()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, deletionServer(3), 1, &error), qPrintable(error));
        AppServices *services = session.services();
        const DemoAccount account = server.accounts().at(1);
        const Tokens tokens = server.signIn(account);
        // A deletion filed elsewhere (another device).
        QCOMPARE(server.reauthenticate(account, tokens.accessToken).status, 204);
        const Reply filed =
            server.submitRequest(tokens.accessToken, "too-late-deletion",
                                 {{QStringLiteral("type"), QStringLiteral("delete")},
                                  {QStringLiteral("payload"),
                                   QJsonObject{{QStringLiteral("confirm_email"), account.email}}}});
        QCOMPARE(filed.status, 201);
        const QString deletionId = filed.json().value(QStringLiteral("id")).toString();

        RequestsPage page(services);
        QVERIFY(showAndActivate(&page));
        DeletionBanner *banner = page.deletionBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QVERIFY2(banner->text().contains(QStringLiteral("in 2 day")) &&
                     banner->text().contains(QStringLiteral(" 23 hour")),
                 qPrintable(banner->text()));

        // The server finishes the deletion before the cancellation arrives
        // (the app's status polling held off, so that it learns it only from
        // the refusal).
        services->requestTracker()->untrack(deletionId);
        bool ok = false;
        const QDateTime purged = QDateTime::currentDateTimeUtc();
        const QJsonObject result{{QStringLiteral("purged_at"), purged.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("backups_retained_until"),
                                  purged.addDays(30).toString(Qt::ISODateWithMs)}};
        server.runSql(
            QStringLiteral("UPDATE requests SET status = 'completed', result = ? WHERE id = ?"),
            {QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)), deletionId},
            &ok);
        QVERIFY2(ok, qPrintable(server.lastError()));

        QTest::mouseClick(banner->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(banner->countdown()->cancelState(),
                                  DeletionCountdown::CancelState::TooLate, 30000);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), NoticeBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("could not be cancelled")) &&
                     banner->text().contains(QStringLiteral("grace period is over")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->cancelButton()->isVisible());
        QVERIFY(!banner->progressBar()->isVisible());
    }

    void refusedForReauthenticationIsResent()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, TestServer::processAfter(3600), 1, &error),
                 qPrintable(error));
        AppServices *services = session.services();
        const DemoAccount account = server.accounts().at(1);
        const Tokens tokens = server.signIn(account);

        QWidget window;
        QVERIFY(showExposed(&window, {900, 700}));
        RequestFlows flows(services, &window);
        auto *retry = flows.findChild<ReauthenticationRetry *>();
        QVERIFY(retry);
        QSignalSpy prompted(retry, &ReauthenticationRetry::prompted);
        RequestsPage page(services);
        page.activate();

        // A deletion that waited in the outbox without a recent
        // re-authentication (as after a long time offline).
        Outbox *outbox = services->outbox();
        const auto item = outbox->submit(
            QStringLiteral("delete"), {{QStringLiteral("confirm_email"), account.email}}, &error);
        QVERIFY2(item, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 60000);
        QCOMPARE(outbox->item(item->id)->state, OutboxItem::State::FailedPermanently);
        QVERIFY(ReauthenticationRetry::needsReauthentication(*outbox->item(item->id)));
        // Not lost: the Requests page shows it as not accepted.
        QTRY_VERIFY(page.model()->rowOf(QStringLiteral("outbox:") + QString::number(item->id)) >=
                    0);
        const int row = page.model()->rowOf(QStringLiteral("outbox:") + QString::number(item->id));
        QCOMPARE(page.model()->index(row, RequestListModel::Status).data().toString(),
                 QStringLiteral("Not accepted by the server"));

        QPointer<ReauthenticateDialog> reauth =
            prompted.at(0).at(0).value<ReauthenticateDialog *>();
        QVERIFY(reauth && reauth->isVisible());
        QCOMPARE(retry->currentDialog(), reauth.data());
        // A code on an account without two-factor sign-in: told to use the password.
        QTest::mouseClick(
            reauth->codeOption(), Qt::LeftButton, {},
            QPoint(reauth->codeOption()->height() / 2, reauth->codeOption()->height() / 2));
        QVERIFY(reauth->codeOption()->isChecked());
        QVERIFY(!reauth->passwordField()->isEnabled());
        QTest::keyClicks(reauth->codeEdit(), QStringLiteral("123456"));
        QVERIFY(reauth->confirmButton()->isEnabled());
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(reauth->problemBanner()->isVisible());
        QVERIFY2(reauth->problemBanner()->text().contains(QStringLiteral("not on")),
                 qPrintable(reauth->problemBanner()->text()));
        // A radio button reacts to clicks on its indicator and label, not on
        // the empty width the form layout gives it.
        const QPoint onLabel(reauth->passwordOption()->height() / 2,
                             reauth->passwordOption()->height() / 2);
        QTest::mouseClick(reauth->passwordOption(), Qt::LeftButton, {}, onLabel);
        QVERIFY(reauth->passwordOption()->isChecked());
        QVERIFY(reauth->passwordField()->isEnabled());
        QTest::keyClicks(reauth->passwordField()->lineEdit(), QStringLiteral("wrong-password"));
        QVERIFY(reauth->confirmButton()->isEnabled());
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY(reauth->problemBanner()->isVisible());
        QCOMPARE(outbox->item(item->id)->state, OutboxItem::State::FailedPermanently);

        QSignalSpy resent(retry, &ReauthenticationRetry::resent);
        QTest::keyClicks(reauth->passwordField()->lineEdit(), account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(resent.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(item->id)->state, OutboxItem::State::Sent, 60000);
        QCOMPARE(countServerRequests(server, tokens, QStringLiteral("delete")), 1);
        const QString id = outbox->item(item->id)->serverRequestId;
        QTRY_VERIFY(page.model()->rowOf(id) >= 0);
    }

    // A second refusal while a prompt is open waits its turn, and refusals
    // left from an earlier run are offered again at sign-in.
    void refusalsAreQueuedAndOfferedAtSignIn()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, TestServer::processAfter(3600), 1, &error),
                 qPrintable(error));
        AppServices *services = session.services();
        const DemoAccount account = server.accounts().at(1);
        QWidget window;
        QVERIFY(showExposed(&window, {900, 700}));
        Outbox *outbox = services->outbox();
        const auto refused = [&](qint64 id) {
            const auto item = outbox->item(id);
            return item && ReauthenticationRetry::needsReauthentication(*item);
        };
        const auto cancel = [](ReauthenticateDialog *dialog) {
            QPointer<ReauthenticateDialog> guard(dialog);
            QVERIFY(guard && guard->isVisible());
            QTest::mouseClick(guard->cancelButton(), Qt::LeftButton);
            QTRY_VERIFY(!guard);
        };

        qint64 first = 0;
        qint64 second = 0;
        {
            auto flows = std::make_unique<RequestFlows>(services, &window);
            auto *retry = flows->findChild<ReauthenticationRetry *>();
            QVERIFY(retry);
            QSignalSpy prompted(retry, &ReauthenticationRetry::prompted);
            const QJsonObject payload{{QStringLiteral("confirm_email"), account.email}};
            const auto a = outbox->submit(QStringLiteral("delete"), payload, &error);
            QVERIFY2(a, qPrintable(error));
            const auto b = outbox->submit(QStringLiteral("delete"), payload, &error);
            QVERIFY2(b, qPrintable(error));
            first = a->id;
            second = b->id;
            QTRY_VERIFY_WITH_TIMEOUT(refused(first) && refused(second), 60000);
            // One prompt, the other item waits.
            QTRY_COMPARE(prompted.size(), 1);
            QCOMPARE(retry->currentDialog(), prompted.at(0).at(0).value<ReauthenticateDialog *>());
            cancel(prompted.at(0).at(0).value<ReauthenticateDialog *>());
            // Declined: the waiting one is offered next.
            QTRY_COMPARE(prompted.size(), 2);
            QCOMPARE(retry->currentDialog(), prompted.at(1).at(0).value<ReauthenticateDialog *>());
            cancel(prompted.at(1).at(0).value<ReauthenticateDialog *>());
            QTest::qWait(100); // nothing more is offered in this run
            QCOMPARE(prompted.size(), 2);
        }
        QVERIFY(refused(first) && refused(second));

        // A later run (a new RequestFlows) on a resumed session: AppServices
        // emits signedIn with the outbox kept (a new sign-in would have wiped it).
        RequestFlows flows(services, &window);
        auto *retry = flows.findChild<ReauthenticationRetry *>();
        QVERIFY(retry);
        QSignalSpy prompted(retry, &ReauthenticationRetry::prompted);
        QSignalSpy resent(retry, &ReauthenticationRetry::resent);
        Q_EMIT services->signedIn();
        QTRY_COMPARE(prompted.size(), 1);
        QPointer<ReauthenticateDialog> reauth =
            prompted.at(0).at(0).value<ReauthenticateDialog *>();
        QVERIFY(reauth && reauth->isVisible());
        // One confirmation sends both again.
        QTest::keyClicks(reauth->passwordField()->lineEdit(), account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(resent.size(), 2);
        QCOMPARE(prompted.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(outbox->item(first)->state, OutboxItem::State::Sent, 60000);
        // The second was sent again too (the server may refuse a second
        // deletion for another reason, but not for want of a confirmation).
        QTRY_VERIFY_WITH_TIMEOUT(
            !refused(second) && outbox->item(second)->state != OutboxItem::State::Pending, 60000);
    }
};

QTEST_MAIN(TestGuiDelete)
#include "tst_gui_delete.moc"
