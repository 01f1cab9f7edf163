// The requests page against the reference backend: a request submitted
// through the outbox appears, is followed to completion and offers its
// archive; an open one is cancelled through the typed confirmation.
#include "DataPagesSession.h"

#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "outbox/Outbox.h"
#include "pages/RequestsPage.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestListModel.h"
#include "requests/RequestTimeline.h"
#include "widgets/DetailPane.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
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
        const int row = page.model()->rowOf(id);
        QVERIFY(!page.model()->record(row)->isFinal());

        clickRow(page.table(), row);
        QPushButton *cancel = page.details()->cancelButton();
        QTRY_VERIFY(cancel->isEnabled());
        QVERIFY(!page.details()->downloadButton()->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);

        TypedConfirmationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<TypedConfirmationDialog *>()) && dialog->isVisible());
        // Nothing happens before the word is typed.
        QVERIFY(!dialog->actionButton()->isEnabled());
        QTest::keyClicks(dialog->input(), dialog->phrase());
        QVERIFY(dialog->actionButton()->isEnabled());
        QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);

        QTRY_COMPARE(serverJson(server, tokens, QStringLiteral("/api/v1/requests/") + id)
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("cancelled"));
        QTRY_COMPARE(page.model()->record(page.model()->rowOf(id))->status,
                     QStringLiteral("cancelled"));
        QTRY_COMPARE(page.details()->fields()->valueLabel(QStringLiteral("Status"))->text(),
                     QStringLiteral("Cancelled"));
        QVERIFY(!cancel->isEnabled());
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
