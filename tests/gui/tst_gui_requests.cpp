// The requests page against the reference backend: a request submitted
// through the outbox appears, is followed to completion and offers its
// archive; an open one is cancelled through the typed confirmation, with the
// user's reason; an extended and a refused one (the schedule's
// --demo-outcomes) read in plain words with their dates, reasons and history.
// An ended request's signed receipt is verified, shown, exported, and kept
// after sign-out.
#include "AccessibilityAudit.h"
#include "DataPagesSession.h"

#include "common/DisplayText.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "pages/RequestsPage.h"
#include "receipts/ReceiptDialog.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptStore.h"
#include "receipts/ReceiptsDialog.h"
#include "requests/CancelRequestDialog.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestListModel.h"
#include "requests/RequestRecord.h"
#include "requests/RequestText.h"
#include "requests/RequestTimeline.h"
#include "widgets/DetailPane.h"
#include "widgets/FieldFormat.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject exportPayload()
{
    return {{QStringLiteral("categories"),
             QJsonArray{QStringLiteral("visits"), QStringLiteral("messages")}},
            {QStringLiteral("format"), QStringLiteral("json")}};
}

// The row of the request the outbox item `outboxId` became, once the server
// has it; -1 before.
int serverRowOf(RequestsPage &page, Outbox *outbox, qint64 outboxId)
{
    const auto item = outbox->item(outboxId);
    if (!item || item->serverRequestId.isEmpty())
        return -1;
    return page.model()->rowOf(item->serverRequestId);
}

void clickRow(QTableView *table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace

class TestGuiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A hostile server's status message: bounded, its length stated, its
    // control and bidi characters harmless (no server needed).
    void theTimelineShowsServerMessagesBounded()
    {
        RequestRecord record;
        RequestRecord::Step step;
        step.status = QStringLiteral("in_progress");
        step.at = QDateTime::currentDateTimeUtc();
        step.message = QString(QChar(0x202e)) + QStringLiteral("esc") + QChar(0x1b) +
                       QString(1024 * 1024, u'x');
        record.history.append(step);
        RequestTimeline timeline;
        timeline.setRecord(record);
        QCOMPARE(timeline.topLevelItemCount(), 1);
        const QString shown = timeline.topLevelItem(0)->text(2);
        QVERIFY2(shown.size() < 2 * DisplayText::kDetailChars,
                 qPrintable(QString::number(shown.size())));
        QVERIFY2(shown.contains(QLocale().toString(step.message.size())),
                 qPrintable(shown.right(60)));
        QVERIFY(!shown.contains(QChar(0x202e)) && !shown.contains(QChar(0x1b)));
    }

    // A kept receipt whose signature does not match (the file was altered)
    // reads as not verified, says why, and offers neither show nor export
    // (no server needed).
    void aReceiptThatDoesNotVerifyIsSaidSo()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QString error;
        std::optional<Receipt> receipt =
            Receipt::fromText(QJsonDocument(QJsonObject{
                                                {u"format"_qs, u"privacy-dashboard-receipt/1"_qs},
                                                {u"kid"_qs, u"k1"_qs},
                                                {u"request_id"_qs, u"r-1"_qs},
                                                {u"type"_qs, u"export"_qs},
                                                {u"outcome"_qs, u"completed"_qs},
                                                {u"ended_at"_qs, u"2026-12-01T10:00:00.000Z"_qs},
                                            })
                                  .toJson(QJsonDocument::Compact),
                              &error);
        QVERIFY2(receipt, qPrintable(error));
        receipt->publicKey = QByteArray(32, '\x01');
        receipt->signature = QByteArray(64, '\0');
        ReceiptService receipts(folder.path());
        QVERIFY2(receipts.store().save(*receipt, &error), qPrintable(error));

        RequestRecord record;
        record.id = u"r-1"_qs;
        record.type = u"export"_qs;
        record.status = u"completed"_qs;
        RequestDetailPanel panel;
        panel.setReceipts(&receipts);
        panel.setRecord(record);
        const QString shown = panel.fields()->valueLabel(u"Receipt"_qs)->text();
        QVERIFY2(shown.startsWith(u"Not verified: "_qs) && shown.size() > 20, qPrintable(shown));
        QVERIFY(panel.showReceiptButton()->isHidden());
        QVERIFY(panel.exportReceiptButton()->isHidden());
        // Listed, it is marked.
        ReceiptsDialog list(receipts.store());
        QCOMPARE(list.list()->count(), 1);
        QVERIFY(list.list()->item(0)->text().endsWith(u"(not verified)"_qs));
    }

    void submittedExportCompletes()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, TestServer::processAfter(0), 1, &error),
                 qPrintable(error));
        const Tokens tokens = server.signIn(server.accounts().at(1));

        RequestsPage page(session.services());
        QVERIFY(showAndActivate(&page));
        QTRY_VERIFY(pageState(&page) == QStringLiteral("content") ||
                    pageState(&page) == QStringLiteral("empty"));
        const int before = page.model()->rowCount();

        Outbox *outbox = session.services()->outbox();
        const auto item = outbox->submit(QStringLiteral("export"), exportPayload(), &error);
        QVERIFY2(item, qPrintable(error));
        // It shows at once, then as the server's request.
        QTRY_COMPARE(page.model()->rowCount(), before + 1);
        QTRY_COMPARE(pageState(&page), QStringLiteral("content"));
        QTRY_VERIFY(serverRowOf(page, outbox, item->id) >= 0);
        QCOMPARE(page.model()->rowCount(), before + 1);
        const QString id = outbox->item(item->id)->serverRequestId;

        // Followed until it completes, without the user refreshing.
        const auto status = [&] {
            const int row = page.model()->rowOf(id);
            return row < 0 ? QString() : page.model()->record(row)->status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("completed"), 90000);
        const QJsonObject request =
            serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + id);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

        clickRow(page.table(), page.model()->rowOf(id));
        RequestDetailPanel *details = page.details();
        QTRY_COMPARE(details->fields()->valueLabel(QStringLiteral("Status"))->text(),
                     QStringLiteral("Completed"));
        QCOMPARE(details->fields()->valueLabel(QStringLiteral("Request"))->text(),
                 QStringLiteral("Data export"));
        // The timeline holds every step of the server's history.
        const QJsonArray history = request.value(QStringLiteral("history")).toArray();
        QCOMPARE(details->timeline()->topLevelItemCount(), history.size());
        QCOMPARE(details->timeline()->topLevelItem(history.size() - 1)->text(2),
                 history.last().toObject().value(QStringLiteral("message")).toString());
        QVERIFY(!details->cancelButton()->isEnabled());

        const QJsonObject result = request.value(QStringLiteral("result")).toObject();
        QVERIFY(details->downloadButton()->isVisible());
        QSignalSpy download(&page, &RequestsPage::downloadRequested);
        QTest::mouseClick(details->downloadButton(), Qt::LeftButton);
        QCOMPARE(download.size(), 1);
        QCOMPARE(download.at(0).at(0).toString(), id);
        QCOMPARE(download.at(0).at(1).toString(),
                 result.value(QStringLiteral("archive_url")).toString());
        QCOMPARE(download.at(0).at(2).toString(),
                 result.value(QStringLiteral("sha256")).toString());
        QCOMPARE(download.at(0).at(3).toLongLong(),
                 result.value(QStringLiteral("size_bytes")).toInteger());

        const QStringList unnamed = unnamedFocusableWidgets(&page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // The provider's signed receipt: fetched, verified, shown as plain
        // text, exported with a readable copy, and kept after sign-out.
        QTRY_COMPARE(details->fields()->valueLabel(QStringLiteral("Receipt"))->text(),
                     QStringLiteral("Verified"));
        QVERIFY(details->showReceiptButton()->isVisible());
        QVERIFY(details->exportReceiptButton()->isVisible());
        QTest::mouseClick(details->showReceiptButton(), Qt::LeftButton);
        QTRY_VERIFY(details->receiptDialog() && details->receiptDialog()->isVisible());
        ReceiptDialog *dialog = details->receiptDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList clipped = clippedTexts(dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_qs)));
        const QStringList problems = AccessibilityAudit(dialog, 2).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_qs)));
        QVERIFY(dialog->verification()->text().startsWith(QStringLiteral("Verified")));
        QLabel *reference = dialog->fields()->valueLabel(QStringLiteral("Reference"));
        QCOMPARE(reference->text(), id);
        QCOMPARE(reference->textFormat(), Qt::PlainText);
        QCOMPARE(dialog->fields()->valueLabel(QStringLiteral("Outcome"))->text(),
                 QStringLiteral("Completed"));
        QCOMPARE(dialog->fields()->valueLabel(QStringLiteral("Archive SHA-256"))->text(),
                 result.value(QStringLiteral("sha256")).toString());
        QTemporaryDir out;
        QVERIFY(out.isValid());
        dialog->setFileChooser(
            [&](QWidget *, const QString &) { return out.filePath(QStringLiteral("proof")); });
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->exportNote()->isVisible());
        const std::optional<Receipt> exported =
            ReceiptStore::readFile(out.filePath(QStringLiteral("proof.pdreceipt")));
        QVERIFY(exported);
        QVERIFY(exported->isSignatureValid());
        QCOMPARE(exported->requestId, id);
        QFile readable(out.filePath(QStringLiteral("proof.txt")));
        QVERIFY(readable.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readable.readAll());
        QVERIFY(text.contains(id));
        QVERIFY(text.contains(result.value(QStringLiteral("sha256")).toString()));
        checkAccessibleNames(dialog);
        dialog->close();
        details->setReceiptFileChooser([&](QWidget *, const QString &) {
            return out.filePath(QStringLiteral("again.pdreceipt"));
        });
        QTest::mouseClick(details->exportReceiptButton(), Qt::LeftButton);
        QVERIFY(details->receiptNote()->isVisible());
        QVERIFY(ReceiptStore::readFile(out.filePath(QStringLiteral("again.pdreceipt"))));

        ReceiptService *receipts = session.services()->receipts();
        const QString kept = receipts->store().pathOf(id);
        QVERIFY(QFile::exists(kept));
        QSignalSpy signedOut(session.services(), &AppServices::signedOut);
        session.services()->signOut();
        QVERIFY(signedOut.wait(20000));
        QVERIFY(QFile::exists(kept));
        QCOMPARE(receipts->status(id).state, ReceiptService::State::Verified);
        ReceiptsDialog list(receipts->store());
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY2(clippedTexts(&list).isEmpty(), qPrintable(clippedTexts(&list).join(u"; "_qs)));
        const QStringList listProblems = AccessibilityAudit(&list, 4).problems();
        QVERIFY2(listProblems.isEmpty(), qPrintable(listProblems.join(u"; "_qs)));
        QCOMPARE(list.list()->count(), 1);
        QVERIFY(list.list()->item(0)->text().startsWith(QStringLiteral("Data export")));
        QVERIFY(list.showButton()->isEnabled());
    }

    void openRequestIsCancelled()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(server, TestServer::processAfter(3600), 1, &error),
                 qPrintable(error));
        const Tokens tokens = server.signIn(server.accounts().at(1));

        RequestsPage page(session.services());
        QVERIFY(showAndActivate(&page));

        Outbox *outbox = session.services()->outbox();
        const auto item = outbox->submit(QStringLiteral("export"), exportPayload(), &error);
        QVERIFY2(item, qPrintable(error));
        QTRY_VERIFY(serverRowOf(page, outbox, item->id) >= 0);
        const QString id = outbox->item(item->id)->serverRequestId;
        // The page's first load done: its reset of the list would otherwise
        // clear the selection between the press and the release of a click.
        RequestRepository *requests = session.services()->requests();
        QTRY_VERIFY(requests->hasLoaded() && !requests->isLoading());
        const int row = page.model()->rowOf(id);
        QVERIFY(!page.model()->record(row)->isFinal());

        clickRow(page.table(), row);
        QPushButton *cancel = page.details()->cancelButton();
        QTRY_VERIFY(cancel->isEnabled());
        QVERIFY(!page.details()->downloadButton()->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);

        CancelRequestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<CancelRequestDialog *>()) && dialog->isVisible());
        // It asks why first; nothing happens before the word is typed.
        QCOMPARE(dialog->focusWidget(), dialog->reasonInput());
        QTest::keyClicks(dialog->reasonInput(), QStringLiteral("I filed it twice."));
        QVERIFY(!dialog->actionButton()->isEnabled());
        QTest::keyClicks(dialog->input(), dialog->phrase());
        QVERIFY(dialog->actionButton()->isEnabled());
        QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);

        QTRY_COMPARE(serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + id)
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("cancelled"));
        // The reason is the provider's to keep, and shown back.
        QCOMPARE(serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + id)
                     .value(QStringLiteral("cancellation"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("I filed it twice."));
        QTRY_COMPARE(page.model()->record(page.model()->rowOf(id))->status,
                     QStringLiteral("cancelled"));
        QTRY_COMPARE(page.details()->fields()->valueLabel(QStringLiteral("Status"))->text(),
                     QStringLiteral("Cancelled"));
        QVERIFY(!cancel->isEnabled());
        const QString cancelled =
            page.details()->fields()->valueLabel(QStringLiteral("Cancelled"))->text();
        QVERIFY2(cancelled.contains(QStringLiteral("Your reason: I filed it twice.")),
                 qPrintable(cancelled));
        QVERIFY2(page.details()->timeline()->entries().constLast().contains(
                     QStringLiteral("I filed it twice.")),
                 qPrintable(page.details()->timeline()->entries().constLast()));
    }

    void extendedAndRefusedRequestsReadInPlainWords()
    {
        TestServer server;
        DataPagesSession session;
        QString error;
        QVERIFY2(session.startSignedIn(
                     server, TestServer::processAfter(0) << QStringLiteral("--demo-outcomes"), 1,
                     &error),
                 qPrintable(error));
        const Tokens tokens = server.signIn(server.accounts().at(1));
        RequestsPage page(session.services());
        QVERIFY(showAndActivate(&page));

        Outbox *outbox = session.services()->outbox();
        const auto objection =
            outbox->submit(QStringLiteral("object"),
                           {{QStringLiteral("processing"), QJsonArray{QStringLiteral("profiling")}},
                            {QStringLiteral("reason"), QStringLiteral("No profiling, please.")}},
                           &error);
        QVERIFY2(objection, qPrintable(error));
        const auto removal =
            outbox->submit(QStringLiteral("guardian_removal"),
                           {{QStringLiteral("guardian_name"), QStringLiteral("Grace Parent")},
                            {QStringLiteral("relation"), QStringLiteral("parent")},
                            {QStringLiteral("minor"),
                             QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Tim Minor")},
                                         {QStringLiteral("username"), QStringLiteral("tim2014")}}},
                            {QStringLiteral("statement"), QStringLiteral("My son is eleven.")}},
                           &error);
        QVERIFY2(removal, qPrintable(error));
        QTRY_VERIFY(serverRowOf(page, outbox, objection->id) >= 0);
        QTRY_VERIFY(serverRowOf(page, outbox, removal->id) >= 0);
        const QString objectionId = outbox->item(objection->id)->serverRequestId;
        const QString removalId = outbox->item(removal->id)->serverRequestId;
        const auto status = [&](const QString &id) {
            const int row = page.model()->rowOf(id);
            return row < 0 ? QString() : page.model()->record(row)->status;
        };
        // Followed to their ends without the user refreshing.
        QTRY_COMPARE_WITH_TIMEOUT(status(objectionId), QStringLiteral("completed"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(status(removalId), QStringLiteral("rejected"), 60000);
        RequestRepository *requests = session.services()->requests();
        QTRY_VERIFY(requests->hasLoaded() && !requests->isLoading());
        DetailPane *fields = page.details()->fields();
        const auto value = [fields](const char *name) {
            QLabel *label = fields->valueLabel(QString::fromLatin1(name));
            return label ? label->text() : QString();
        };

        // The extension: when, to which date, why; the legal deadline stays.
        const QJsonObject extended =
            serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + objectionId);
        const QDateTime expectedBy =
            FieldFormat::parseApiDateTime(extended.value(QStringLiteral("expected_by")).toString());
        QVERIFY(expectedBy.isValid());
        clickRow(page.table(), page.model()->rowOf(objectionId));
        QTRY_COMPARE(value("Status"), QStringLiteral("Completed"));
        QCOMPARE(value("Where it stands"),
                 QStringLiteral("Done: the provider carried out your request."));
        QCOMPARE(value("Received"),
                 FieldFormat::dateTime(FieldFormat::parseApiDateTime(
                                           extended.value(QStringLiteral("created_at")).toString()),
                                       QLocale::LongFormat));
        QCOMPARE(value("Expected by"), FieldFormat::date(expectedBy.toLocalTime().date()));
        const QString extension = value("Extended");
        QVERIFY2(extension.contains(
                     FieldFormat::date(expectedBy.toLocalTime().date(), QLocale::LongFormat)) &&
                     extension.contains(QStringLiteral("the request is complex")) &&
                     extension.contains(extended.value(QStringLiteral("extensions"))
                                            .toArray()
                                            .first()
                                            .toObject()
                                            .value(QStringLiteral("explanation"))
                                            .toString()),
                 qPrintable(extension));
        QVERIFY(!value("Legal deadline").isEmpty());
        QVERIFY(value("Refused because").isEmpty());
        // Every history entry is a row, the extension among them.
        const QStringList entries = page.details()->timeline()->entries();
        QCOMPARE(entries.size(), extended.value(QStringLiteral("history")).toArray().size());
        QCOMPARE(entries.size(), 5);
        QVERIFY2(entries.at(3).contains(QStringLiteral("Date moved")), qPrintable(entries.at(3)));

        // The refusal: its reason in words and by code, what it means, and
        // the provider's explanation.
        const QJsonObject refused =
            serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + removalId);
        clickRow(page.table(), page.model()->rowOf(removalId));
        QTRY_COMPARE(value("Status"), QStringLiteral("Rejected"));
        QCOMPARE(value("Where it stands"),
                 QStringLiteral("The provider refused your request: Identity not confirmed."));
        const QString because = value("Refused because");
        QVERIFY2(because.contains(QStringLiteral("Identity not confirmed (code: "
                                                 "insufficient_verification)")) &&
                     because.contains(refused.value(QStringLiteral("denial"))
                                          .toObject()
                                          .value(QStringLiteral("explanation"))
                                          .toString()),
                 qPrintable(because));
        QVERIFY(value("Extended").isEmpty());
        QVERIFY(!page.details()->cancelButton()->isEnabled());
        QVERIFY2(page.details()->timeline()->entries().constLast().contains(
                     QStringLiteral("Identity not confirmed")),
                 qPrintable(page.details()->timeline()->entries().constLast()));
    }

    void anOpenExtendedRequestShowsItsNewDate()
    {
        // Mid-way states the demo passes through in a step: drawn from the
        // server's JSON as the repository would hand it over.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString newDate = now.addDays(20).toString(Qt::ISODateWithMs);
        auto record = RequestRecord::fromJson(
            {{QStringLiteral("id"), QStringLiteral("r1")},
             {QStringLiteral("type"), QStringLiteral("object")},
             {QStringLiteral("status"), QStringLiteral("in_progress")},
             {QStringLiteral("created_at"), now.addDays(-40).toString(Qt::ISODateWithMs)},
             {QStringLiteral("due_at"), now.addDays(-10).toString(Qt::ISODateWithMs)},
             {QStringLiteral("expected_by"), newDate},
             {QStringLiteral("extensions"),
              QJsonArray{QJsonObject{{QStringLiteral("at"), now.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("reason_code"), QStringLiteral("volume")},
                                     {QStringLiteral("explanation"), QJsonValue()},
                                     {QStringLiteral("expected_by"), newDate}}}}});
        QVERIFY(record);
        // Past the legal deadline, but not the extended date: not overdue.
        QVERIFY(!record->isOverdue(now));
        const QString date = FieldFormat::date(now.addDays(20).toLocalTime().date());
        QCOMPARE(RequestText::due(*record, now), QStringLiteral("%1 (extended)").arg(date));
        RequestDetailPanel panel;
        panel.setRecord(*record);
        QVERIFY(panel.fields()
                    ->valueLabel(QStringLiteral("Where it stands"))
                    ->text()
                    .contains(QStringLiteral("needs more time")));
        QVERIFY(panel.fields()
                    ->valueLabel(QStringLiteral("Extended"))
                    ->text()
                    .contains(QStringLiteral("the provider received many requests")));
        QVERIFY(panel.cancelButton()->isEnabled());

        // Past the extended date too: overdue after all.
        QVERIFY(record->isOverdue(now.addDays(21)));
    }

    void overdueRequestsAreFlagged()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RequestListModel model(nullptr, [now] { return now; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto open = RequestRecord::fromJson(
            {{QStringLiteral("id"), QStringLiteral("r1")},
             {QStringLiteral("type"), QStringLiteral("delete")},
             {QStringLiteral("status"), QStringLiteral("in_progress")},
             {QStringLiteral("due_at"), now.addDays(-1).toString(Qt::ISODateWithMs)}});
        QVERIFY(open);
        auto done = *open;
        done.id = QStringLiteral("r2");
        done.status = QStringLiteral("completed");
        model.setServerRecords({*open, done});
        const QString due = model.index(0, RequestListModel::Due).data().toString();
        QVERIFY2(due.contains(QStringLiteral("overdue")), qPrintable(due));
        QVERIFY(!model.index(0, RequestListModel::Due).data(Qt::DecorationRole).isNull());
        QVERIFY(!model.index(1, RequestListModel::Due)
                     .data()
                     .toString()
                     .contains(QStringLiteral("overdue")));

        RequestRecord waiting;
        waiting.outboxId = 7;
        waiting.type = QStringLiteral("export");
        waiting.waiting = true;
        model.setWaitingRecords({waiting});
        QCOMPARE(model.index(0, RequestListModel::Status).data().toString(),
                 QStringLiteral("Waiting to be sent"));
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestGuiRequests)
#include "tst_gui_requests.moc"
