// Correcting the profile (`edit` requests) through the real dialog against the
// reference backend: a local Indonesian phone number is filed in E.164 after a
// before/after summary; a profile changed elsewhere is shown, never
// overwritten, and the correction re-applied; a correction the server refused
// with 412 is explained on the Requests page and offered again; invalid input
// keeps Submit disabled; the email changes only with a code mailed to the new
// address, after confirming it is the user.
#include "DataPagesSession.h"

#include "core/AppServices.h"
#include "core/SettingKeys.h"
#include "outbox/Outbox.h"
#include "pages/RequestsPage.h"
#include "requests/EditRequestDialog.h"
#include "requests/EditSummaryDialog.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestFlows.h"
#include "requests/RequestListModel.h"
#include "security/ChangeEmailDialog.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/DetailPane.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/TotpCodeEdit.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pd;
using namespace pd::test;
using Field = ProfileFields::Field;

namespace {

// JSON written with single quotes (fewer escapes in the tests).
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}

// Replaces the text of `edit` by typing, as a user would.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestGuiEdit : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DataPagesSession m_session;
    Tokens m_tokens;
    QWidget m_window;
    std::unique_ptr<RequestFlows> m_flows;

    Reply serverProfile()
    {
        return m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken);
    }

    // Changes the profile on the server behind the app's back (as another
    // device would).
    bool patchServerProfile(const QJsonObject &patch)
    {
        const QByteArray etag = serverProfile().header("etag");
        const Reply reply = m_server.request("PATCH", QStringLiteral("/api/v1/profile"),
                                             QJsonDocument(patch).toJson(), {{"If-Match", etag}},
                                             m_tokens.accessToken);
        if (reply.status != 200)
            qWarning() << "PATCH /profile answered" << reply.status << reply.body;
        return reply.status == 200;
    }

    EditRequestDialog *openDialog()
    {
        auto *dialog = qobject_cast<EditRequestDialog *>(m_flows->start(QStringLiteral("edit")));
        if (!dialog)
            return nullptr;
        // Filled from the server's current profile.
        const QByteArray etag = serverProfile().header("etag");
        if (!QTest::qWaitFor([&] { return dialog->hasProfile() && dialog->baseEtag() == etag; },
                             20000))
            return nullptr;
        return dialog;
    }

    // Submits, confirms the summary (after checking its lines when given) and
    // waits until the server completed the request. Returns its id.
    QString submitAndProcess(EditRequestDialog *dialog, const QStringList &expectedLines = {})
    {
        QPointer<EditRequestDialog> guard(dialog);
        QSignalSpy queued(m_flows.get(), &RequestFlows::requestQueued);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return guard && guard->summaryDialog(); }, 20000)) {
            qWarning() << "no summary";
            return {};
        }
        EditSummaryDialog *summary = dialog->summaryDialog();
        if (!QTest::qWaitForWindowExposed(summary))
            return {};
        if (!expectedLines.isEmpty() && summary->lines() != expectedLines) {
            qWarning() << "summary" << summary->lines() << "expected" << expectedLines;
            return {};
        }
        QTest::mouseClick(summary->confirmButton(), Qt::LeftButton);
        if (queued.size() != 1 || (guard && guard->isVisible()))
            return {};
        const qint64 outboxId = queued.at(0).at(0).value<OutboxItem>().id;
        Outbox *outbox = m_session.services()->outbox();
        QString id;
        const bool sent = QTest::qWaitFor(
            [&] {
                id = outbox->item(outboxId)->serverRequestId;
                return !id.isEmpty();
            },
            30000);
        if (!sent)
            return {};
        const bool done = QTest::qWaitFor(
            [&] {
                return serverJson(m_server, m_tokens, QStringLiteral("/api/v1/requests/") + id)
                           .value(QStringLiteral("status"))
                           .toString() == QLatin1String("completed");
            },
            60000);
        return done ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_session.startSignedIn(m_server, TestServer::processAfter(0), 1, &error),
                 qPrintable(error));
        m_tokens = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        QVERIFY(showExposed(&m_window, {900, 700}));
        m_flows = std::make_unique<RequestFlows>(m_session.services(), &m_window);
        QVERIFY(m_flows->types().contains(QStringLiteral("edit")));
        // James moved to Jakarta: the address says Indonesia.
        QVERIFY(patchServerProfile(
            json("{'mailing_address': { "
                 "'line1': 'Jl. Jend. Sudirman Kav. 52', 'line2': null, 'city': 'Jakarta Selatan', "
                 "'region': 'DKI Jakarta', 'postal_code': '12190', 'country': 'ID'}}")));
    }

    void cleanup()
    {
        if (QDialog *dialog = m_flows->currentDialog())
            dialog->reject();
        QTRY_VERIFY(!m_flows->currentDialog());
    }

    void correctsNameAndLocalPhone()
    {
        const QJsonObject before = serverProfile().json();
        QPointer<EditRequestDialog> dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->edit(Field::FullName)->text(),
                 before.value(QStringLiteral("full_name")).toString());
        QCOMPARE(dialog->edit(Field::Country)->text(), QStringLiteral("ID"));
        // Nothing changed yet: nothing to file.
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problemBanner()->isVisible());
        QVERIFY(unnamedFocusableWidgets(dialog).isEmpty());

        typeInto(dialog->edit(Field::FullName), QStringLiteral("James Carter-Wijaya"));
        typeInto(dialog->edit(Field::Phone), QStringLiteral("0812-3456-7890"));
        QCOMPARE(dialog->phoneHint()->text(), QStringLiteral("Filed as +6281234567890."));
        QVERIFY(dialog->submitButton()->isEnabled());
        // The sign-in email is not part of a correction, and the form says so.
        QVERIFY(dialog->emailNote()->isVisible());

        const auto shown = [](const QJsonValue &value) {
            return value.isString() ? value.toString() : QStringLiteral("(none)");
        };
        const QString id = submitAndProcess(
            dialog, {QStringLiteral("Full name: %1 → James Carter-Wijaya")
                         .arg(before.value(QStringLiteral("full_name")).toString()),
                     QStringLiteral("Phone number: %1 → +6281234567890")
                         .arg(shown(before.value(QStringLiteral("phone"))))});
        QVERIFY(!id.isEmpty());

        // Only what changed was filed, against the profile's ETag.
        const QJsonObject request =
            serverJson(m_server, m_tokens, QStringLiteral("/api/v1/requests/") + id);
        const QJsonObject changes = request.value(QStringLiteral("payload"))
                                        .toObject()
                                        .value(QStringLiteral("changes"))
                                        .toObject();
        QCOMPARE(changes,
                 (QJsonObject{{QStringLiteral("full_name"), QStringLiteral("James Carter-Wijaya")},
                              {QStringLiteral("phone"), QStringLiteral("+6281234567890")}}));
        const QJsonObject after = serverProfile().json();
        QCOMPARE(after.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("James Carter-Wijaya"));
        QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("+6281234567890"));
        QCOMPARE(after.value(QStringLiteral("mailing_address")),
                 before.value(QStringLiteral("mailing_address")));
    }

    void internationalLandlineAndClearingWebsite()
    {
        QVERIFY(patchServerProfile(
            {{QStringLiteral("website"), QStringLiteral("https://old.example.com")}}));
        QPointer<EditRequestDialog> dialog = openDialog();
        QVERIFY(dialog);
        typeInto(dialog->edit(Field::Phone), QStringLiteral("+62 21 5795 1234"));
        typeInto(dialog->edit(Field::Website), QString());
        QVERIFY(dialog->submitButton()->isEnabled());
        const QString id = submitAndProcess(
            dialog, {QStringLiteral("Phone number: +6281234567890 → +622157951234"),
                     QStringLiteral("Website: https://old.example.com → (none)")});
        QVERIFY(!id.isEmpty());
        const QJsonObject after = serverProfile().json();
        QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("+622157951234"));
        QVERIFY(after.value(QStringLiteral("website")).isNull());
    }

    void invalidInputKeepsSubmitDisabled()
    {
        QPointer<EditRequestDialog> dialog = openDialog();
        QVERIFY(dialog);
        QPushButton *submit = dialog->submitButton();
        NoticeBanner *problem = dialog->problemBanner();

        typeInto(dialog->edit(Field::Phone), QStringLiteral("12345"));
        QVERIFY(!submit->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), dialog->phoneHint()->text());
        QVERIFY2(problem->text().contains(QStringLiteral("phone number")),
                 qPrintable(problem->text()));
        typeInto(dialog->edit(Field::Phone), QStringLiteral("0812-CALL-NOW"));
        QVERIFY(!submit->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("only digits")));
        typeInto(dialog->edit(Field::Phone), QStringLiteral("0813 1111 2222"));
        QCOMPARE(dialog->phoneHint()->text(), QStringLiteral("Filed as +6281311112222."));
        QVERIFY(submit->isEnabled());
        QVERIFY(!problem->isVisible());

        for (const QString &website :
             {QStringLiteral("example.com"), QStringLiteral("ftp://example.com"),
              QStringLiteral("https://user:secret@example.com")}) {
            typeInto(dialog->edit(Field::Website), website);
            QVERIFY2(!submit->isEnabled(), qPrintable(website));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("https://")),
                     qPrintable(problem->text()));
        }
        typeInto(dialog->edit(Field::Website), QStringLiteral("https://james.example.com"));
        QVERIFY(submit->isEnabled());

        // A half-removed address and an empty name are caught as well.
        typeInto(dialog->edit(Field::City), QString());
        QVERIFY(!submit->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("city")));
        typeInto(dialog->edit(Field::City), QStringLiteral("Jakarta Selatan"));
        typeInto(dialog->edit(Field::FullName), QString());
        QVERIFY(!submit->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("full name")));

        // Clicking the disabled Submit files nothing.
        const int items = m_session.services()->outbox()->items().size();
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!dialog->summaryDialog());
        QCOMPARE(m_session.services()->outbox()->items().size(), items);
    }

    void staleProfileShowsConflictAndIsReapplied()
    {
        QPointer<EditRequestDialog> dialog = openDialog();
        QVERIFY(dialog);
        typeInto(dialog->edit(Field::FullName), QStringLiteral("James Mine"));
        typeInto(dialog->edit(Field::Website), QStringLiteral("https://mine.example.com"));
        QVERIFY(dialog->submitButton()->isEnabled());
        const QByteArray stale = dialog->baseEtag();

        // Meanwhile, another device changes the name and the city.
        QVERIFY(patchServerProfile(json("{'full_name': 'James Theirs', "
                                        "'mailing_address': {'city': 'Bandung'}}")));
        const int items = m_session.services()->outbox()->items().size();
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        // The check at Submit finds the change: shown, nothing filed.
        // (The banner may already show a change found when the dialog opened.)
        QTRY_VERIFY(dialog->baseEtag() != stale);
        QVERIFY(dialog->conflictBanner()->isVisible());
        const QString conflict = dialog->conflictBanner()->text();
        QVERIFY2(conflict.contains(QStringLiteral("City: Jakarta Selatan → Bandung")),
                 qPrintable(conflict));
        QVERIFY2(conflict.contains(QStringLiteral(
                     "Full name: now “James Theirs” in your profile, yours “James Mine”")),
                 qPrintable(conflict));
        QVERIFY(!dialog->summaryDialog());
        QCOMPARE(m_session.services()->outbox()->items().size(), items);
        // The form took over the city and kept the user's own edits.
        QCOMPARE(dialog->edit(Field::City)->text(), QStringLiteral("Bandung"));
        QCOMPARE(dialog->edit(Field::FullName)->text(), QStringLiteral("James Mine"));
        // The server keeps the other change.
        QJsonObject server = serverProfile().json();
        QCOMPARE(server.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("James Theirs"));

        // Submitting again re-applies the user's changes to the current profile.
        QVERIFY(dialog->submitButton()->isEnabled());
        const QString id = submitAndProcess(
            dialog, {QStringLiteral("Full name: James Theirs → James Mine"),
                     QStringLiteral("Website: (none) → https://mine.example.com")});
        QVERIFY(!id.isEmpty());
        server = serverProfile().json();
        QCOMPARE(server.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("James Mine"));
        QCOMPARE(server.value(QStringLiteral("website")).toString(),
                 QStringLiteral("https://mine.example.com"));
        QCOMPARE(server.value(QStringLiteral("mailing_address"))
                     .toObject()
                     .value(QStringLiteral("city"))
                     .toString(),
                 QStringLiteral("Bandung"));
    }

    void cachedCopyOlderThanServerIsShownOnOpen()
    {
        // The stored copy is current; then another device changes the phone.
        QPointer<EditRequestDialog> first = openDialog();
        QVERIFY(first);
        first->reject();
        QTRY_VERIFY(!m_flows->currentDialog());
        QVERIFY(patchServerProfile({{QStringLiteral("phone"), QStringLiteral("+6281299998888")}}));
        auto *dialog = qobject_cast<EditRequestDialog *>(m_flows->start(QStringLiteral("edit")));
        QVERIFY(dialog);
        // Opened from the stored copy, then refreshed: the change is shown.
        QTRY_VERIFY(dialog->conflictBanner()->isVisible());
        QVERIFY(dialog->conflictBanner()->text().contains(
            QStringLiteral("Phone number: +622157951234 → +6281299998888")));
        QCOMPARE(dialog->edit(Field::Phone)->text(), QStringLiteral("+6281299998888"));
        QCOMPARE(dialog->baseEtag(), serverProfile().header("etag"));
    }

    void refusedCorrectionIsExplainedAndReapplied()
    {
        // A correction prepared against an old profile reaches the server
        // (e.g. queued offline): 412, refused for good, nothing overwritten.
        QSignalSpy failed(m_session.services(), &AppServices::requestSubmissionFailed);
        Outbox *outbox = m_session.services()->outbox();
        QString error;
        const auto item = outbox->submit(
            QStringLiteral("edit"),
            {{QStringLiteral("changes"),
              QJsonObject{{QStringLiteral("full_name"), QStringLiteral("James Offline")}}},
             {QStringLiteral("expected_etag"), QStringLiteral("\"stale\"")}},
            &error);
        QVERIFY2(item, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QCOMPARE(failed.at(0).at(0).toLongLong(), item->id);
        const QString message = failed.at(0).at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("changed elsewhere")), qPrintable(message));
        QCOMPARE(serverProfile().json().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("James Mine"));

        // The Requests page says why, in words the user can act on.
        RequestsPage page(m_session.services());
        QVERIFY(showAndActivate(&page));
        const QString key = QStringLiteral("outbox:") + QString::number(item->id);
        QTRY_VERIFY(page.model()->rowOf(key) >= 0);
        const int row = page.model()->rowOf(key);
        QVERIFY(page.model()->record(row)->refused);
        page.table()->setCurrentIndex(page.model()->index(row, 0));
        QLabel *why = page.details()->fields()->valueLabel(QStringLiteral("Why"));
        QVERIFY(why);
        QVERIFY2(why->text().contains(QStringLiteral("Correct my data")), qPrintable(why->text()));
        page.close();

        // The dialog offers to re-apply it to the current profile.
        QPointer<EditRequestDialog> dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->reapplyBanner()->isVisible());
        QPushButton *reapply = dialog->reapplyBanner()->findChild<QPushButton *>();
        QVERIFY(reapply);
        QTest::mouseClick(reapply, Qt::LeftButton);
        QVERIFY(!dialog->reapplyBanner()->isVisible());
        QCOMPARE(dialog->edit(Field::FullName)->text(), QStringLiteral("James Offline"));
        const QString id =
            submitAndProcess(dialog, {QStringLiteral("Full name: James Mine → James Offline")});
        QVERIFY(!id.isEmpty());
        QCOMPARE(serverProfile().json().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("James Offline"));
        // Settled: not offered again.
        dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->reapplyBanner()->isVisible());
    }

    // Last: the account's email changes, only with the code mailed to the
    // new address (after confirming it is the user).
    void emailChangesOnlyWithTheMailedCode()
    {
        const QString oldEmail = m_server.accounts().at(1).email;
        const QString newEmail = QStringLiteral("james.wijaya@example.id");
        QPointer<EditRequestDialog> dialog = openDialog();
        QVERIFY(dialog);
        // Not part of a correction: the field is read-only and says why.
        QVERIFY(dialog->edit(Field::Email)->isReadOnly());
        QVERIFY(dialog->emailNote()->isVisible());
        QTest::mouseClick(dialog->changeEmailButton(), Qt::LeftButton);
        QPointer<ChangeEmailDialog> change;
        QTRY_VERIFY((change = dialog->findChild<ChangeEmailDialog *>()) && change->isVisible());
        QVERIFY(unnamedFocusableWidgets(change).isEmpty());
        QVERIFY(!change->actionButton()->isEnabled());
        typeInto(change->newEmailEdit(), QStringLiteral("not-an-email"));
        QVERIFY(!change->actionButton()->isEnabled());
        typeInto(change->newEmailEdit(), newEmail);
        QVERIFY(change->actionButton()->isEnabled());
        QTest::mouseClick(change->actionButton(), Qt::LeftButton);

        // The app's session has not confirmed lately: the server asks first.
        QTRY_VERIFY(change->reauthenticateDialog() && change->reauthenticateDialog()->isVisible());
        QPointer<ReauthenticateDialog> reauth = change->reauthenticateDialog();
        QTest::keyClicks(reauth->passwordField()->lineEdit(), m_server.accounts().at(1).password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(change->isAskingForCode(), 20000);
        QCOMPARE(change->codePrompt()->text(),
                 QStringLiteral("Enter the code we sent to %1. It is valid for 30 minutes.")
                     .arg(newEmail));
        const QString code = m_server.latestCode(newEmail);
        QVERIFY(!code.isEmpty());
        QCOMPARE(serverProfile().json().value(QStringLiteral("email")).toString(), oldEmail);

        // A wrong code is refused, clearly, and changes nothing.
        const QString wrong =
            QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
        QTest::keyClicks(change->codeEdit(), wrong);
        QTest::mouseClick(change->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(change->problemBanner()->isVisible(), 20000);
        QCOMPARE(change->problemBanner()->text(),
                 QStringLiteral("That code is not correct. Check the message we sent to %1 and "
                                "try again (4 tries left).")
                     .arg(newEmail));
        QVERIFY(change->isVisible());
        QCOMPARE(serverProfile().json().value(QStringLiteral("email")).toString(), oldEmail);

        // Closed and opened again, the dialog continues at the code.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->pendingEmail(), newEmail, 20000);
        change->reject();
        QTRY_VERIFY(!change);
        QTest::mouseClick(dialog->changeEmailButton(), Qt::LeftButton);
        QTRY_VERIFY((change = dialog->findChild<ChangeEmailDialog *>()) && change->isVisible());
        QVERIFY(change->isAskingForCode());
        QVERIFY(change->codePrompt()->text().contains(newEmail));

        QTest::keyClicks(change->codeEdit(), code);
        QTest::mouseClick(change->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!change, 20000); // accepted and closed
        QCOMPARE(serverProfile().json().value(QStringLiteral("email")).toString(), newEmail);
        // The form shows the new address.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->edit(Field::Email)->text(), newEmail, 20000);
    }

    // The demo's server sends no mail: the code step says where its message is.
    void demoSaysWhereTheCodeIs()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        // Never the developer's own Documents.
        SettingKeys::receiptsFolder.write(settings, dir.filePath(QStringLiteral("receipts")));
        AppServices::Options options;
        options.dataDir = dir.filePath(QStringLiteral("app"));
        options.settings = &settings;
        options.ephemeralSecrets = true;
        options.demoMailDir = dir.filePath(QStringLiteral("mail"));
        AppServices services(options);
        ChangeEmailDialog change(&services, QStringLiteral("old@example.com"),
                                 QStringLiteral("new@example.com"));
        QVERIFY(change.isAskingForCode());
        const QString prompt = change.codePrompt()->text();
        QVERIFY2(prompt.contains(QStringLiteral("new@example.com")), qPrintable(prompt));
        QVERIFY2(
            prompt.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("mail/new")))),
            qPrintable(prompt));
    }
};

QTEST_MAIN(TestGuiEdit)
#include "tst_gui_edit.moc"
