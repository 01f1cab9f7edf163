// The less common rights requests (stop marketing, restrict and object to
// processing, a guardian's removal request, a security report) and the
// "Other requests" chooser, driven through their real widgets against the
// reference backend: what each dialog lets through, the exact payload the
// server receives, and, for "stop marketing", the server's opt-ins after it
// processed the request.
#include "DataPagesSession.h"

#include "core/AppServices.h"
#include "pages/DataLocationsPage.h"
#include "requests/GuardianRemovalDialog.h"
#include "requests/ObjectToProcessingDialog.h"
#include "requests/OtherRequestsDialog.h"
#include "requests/ReportSecurityConcernDialog.h"
#include "requests/RequestFlows.h"
#include "requests/RestrictProcessingDialog.h"
#include "requests/UnsubscribeDialog.h"
#include "widgets/DataHoldersTree.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace pd;
using namespace pd::test;

namespace {

// Stands in for the Indonesian translation of the processing suggestions: a
// translation that differs from the English source in every string.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "pd::ProcessingRequestDialog") != 0)
            return {};
        return QStringLiteral("[id] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestGuiOtherRequests : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    Tokens m_tokens;
    // Parents the flows' dialogs, as the main window does.
    std::unique_ptr<QWidget> m_window;
    RequestFlows *m_flows = nullptr;

    template <class D> D *startFlow(const QString &type)
    {
        auto *dialog = qobject_cast<D *>(m_flows->start(type));
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Tab goes through the form first and ends on Submit, then Cancel.
    static void checkTabOrder(RequestFormDialog *dialog)
    {
        QList<QWidget *> chain;
        QWidget *widget = dialog;
        while ((widget = widget->nextInFocusChain()) != dialog) {
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(dialog))
                chain.append(widget);
        }
        QVERIFY(chain.size() > 2);
        QCOMPARE(chain.at(chain.size() - 2), dialog->submitButton());
        QCOMPARE(chain.constLast()->accessibleName(), QStringLiteral("Cancel"));
    }

    static bool closed(const QPointer<QDialog> &dialog)
    {
        return dialog.isNull() || !dialog->isVisible();
    }

    // The newest request of `type` the server holds (empty when none).
    QJsonObject serverRequest(const QString &type)
    {
        const QJsonArray requests =
            serverJson(m_server, m_tokens, QStringLiteral("/api/v1/requests?limit=50"))
                .value(QLatin1String("items"))
                .toArray();
        for (const QJsonValue &value : requests) {
            if (value.toObject().value(QLatin1String("type")).toString() == type)
                return value.toObject();
        }
        return {};
    }

    QJsonObject marketingChannels()
    {
        return serverJson(m_server, m_tokens, QStringLiteral("/api/v1/marketing-preferences"))
            .value(QLatin1String("channels"))
            .toObject();
    }

    static QString compact(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }

    // Submits `dialog` with its Submit button and checks the server received
    // exactly `payload`.
    void submitAndCheck(RequestFormDialog *dialog, const QJsonObject &payload)
    {
        QPointer<QDialog> guard(dialog);
        const QString type = dialog->type();
        QVERIFY(dialog->submitButton()->isEnabled());
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(closed(guard));
        QTRY_COMPARE_WITH_TIMEOUT(
            compact(serverRequest(type).value(QLatin1String("payload")).toObject()),
            compact(payload), 30000);
    }

private Q_SLOTS:
    // A failed test leaves no dialog open for the next one.
    void cleanup()
    {
        QPointer<QDialog> open = m_flows ? m_flows->currentDialog() : nullptr;
        if (open && open->isVisible())
            open->reject();
        QTRY_VERIFY(closed(open));
    }

    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        // Requests are processed as soon as they arrive.
        QString error;
        QVERIFY2(m_session.startSignedIn(m_server, TestServer::processAfter(0), 1, &error),
                 qPrintable(error));
        m_tokens = m_server.signIn(m_server.accounts().at(1), QStringLiteral("tst_gui_other"));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        m_window = std::make_unique<QWidget>();
        QVERIFY(showExposed(m_window.get(), {900, 700}));
        m_flows = new RequestFlows(m_session.services(), m_window.get());
    }

    void stopMarketingOnTheChosenChannelsOnly()
    {
        // Every channel on first, so that the ones not chosen can be seen to
        // stay on.
        const QJsonObject allOn{
            {QStringLiteral("channels"), QJsonObject{{QStringLiteral("email"), true},
                                                     {QStringLiteral("sms"), true},
                                                     {QStringLiteral("whatsapp"), true},
                                                     {QStringLiteral("push"), true}}}};
        QCOMPARE(m_server
                     .request("PUT", QStringLiteral("/api/v1/marketing-preferences"),
                              QJsonDocument(allOn).toJson(), {{"Content-Type", "application/json"}},
                              m_tokens.accessToken)
                     .status,
                 200);

        auto *dialog = startFlow<UnsubscribeDialog>(QStringLiteral("unsubscribe"));
        QVERIFY(dialog);
        checkAccessibleNames(dialog);
        checkTabOrder(dialog);
        // The current opt-ins, from the server.
        PlainTextLabel *current = dialog->currentOptInsLabel();
        QTRY_VERIFY2_WITH_TIMEOUT(current->text().contains(QStringLiteral("push notifications")),
                                  qPrintable(current->text()), 15000);
        for (const char *channel : {"email", "SMS", "WhatsApp"})
            QVERIFY2(current->text().contains(QLatin1String(channel)), channel);
        // Administrative messages go on, and the dialog says so.
        QVERIFY(dialog->administrativeLabel()->isVisible());
        QVERIFY(dialog->administrativeLabel()->text().contains(
            QStringLiteral("Administrative messages continue")));
        QVERIFY(dialog->administrativeLabel()->text().contains(QStringLiteral("security")));
        QVERIFY(dialog->administrativeLabel()->text().contains(QStringLiteral("billing")));

        // Nothing chosen: nothing to submit.
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problemBanner()->isVisible());
        // A click on its label ticks a channel, as does Space.
        QCheckBox *email = dialog->channelBox(QStringLiteral("email"));
        QTest::mouseClick(email, Qt::LeftButton, {},
                          QPoint(email->height() / 2, email->height() / 2));
        QVERIFY(email->isChecked());
        QVERIFY(dialog->submitButton()->isEnabled());
        QCheckBox *sms = dialog->channelBox(QStringLiteral("sms"));
        sms->setFocus();
        QTest::keyClick(sms, Qt::Key_Space);
        QVERIFY(sms->isChecked());

        submitAndCheck(dialog,
                       QJsonObject{{QStringLiteral("channels"),
                                    QJsonArray{QStringLiteral("email"), QStringLiteral("sms")}}});
        // Processed: marketing stopped on email and SMS, and only there.
        QTRY_COMPARE_WITH_TIMEOUT(
            serverRequest(QStringLiteral("unsubscribe")).value(QLatin1String("status")).toString(),
            QStringLiteral("completed"), 30000);
        const QJsonObject channels = marketingChannels();
        QCOMPARE(channels.value(QLatin1String("email")).toBool(true), false);
        QCOMPARE(channels.value(QLatin1String("sms")).toBool(true), false);
        QCOMPARE(channels.value(QLatin1String("whatsapp")).toBool(false), true);
        QCOMPARE(channels.value(QLatin1String("push")).toBool(false), true);
    }

    void restrictProcessing()
    {
        auto *dialog = startFlow<RestrictProcessingDialog>(QStringLiteral("restrict"));
        QVERIFY(dialog);
        QCOMPARE(dialog->type(), QStringLiteral("restrict"));
        checkAccessibleNames(dialog);
        checkTabOrder(dialog);
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("with your consent")));
        // The policy's uses of data are offered.
        QListWidget *list = dialog->activityList();
        const QStringList suggestions = ProcessingRequestDialog::policyActivities();
        QCOMPARE(list->count(), suggestions.size());
        QVERIFY(suggestions.join(u'\n').contains(QStringLiteral("Marketing messages")));
        QVERIFY(!dialog->submitButton()->isEnabled());

        // Tick the first and third suggestions with the keyboard.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(dialog->chosenActivities(), (QStringList{suggestions.at(0), suggestions.at(2)}));
        QVERIFY(!dialog->submitButton()->isEnabled()); // no reason yet

        // An activity of one's own: at most 200 characters, Enter adds it
        // (and does not submit).
        QLineEdit *other = dialog->newActivityEdit();
        typeInto(other, QString(250, QLatin1Char('x')));
        QCOMPARE(other->text().size(), ProcessingRequestDialog::kMaxActivityLength);
        other->clear();
        QVERIFY(!dialog->addButton()->isEnabled());
        const QString own = QStringLiteral("Profiling for advertising");
        typeInto(other, own);
        QVERIFY(dialog->addButton()->isEnabled());
        QTest::keyClick(other, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(other->text().isEmpty());
        // The same one again is not a second entry.
        typeInto(other, own);
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(list->count(), suggestions.size() + 1);
        QCOMPARE(dialog->chosenActivities(),
                 (QStringList{suggestions.at(0), suggestions.at(2), own}));

        // The reason: required, at most 2000 characters.
        dialog->reasonEdit()->setPlainText(
            QString(ProcessingRequestDialog::kMaxReason + 1, QLatin1Char('r')));
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problemBanner()->isVisible());
        QVERIFY(dialog->problemBanner()->text().contains(QStringLiteral("too long")));
        dialog->reasonEdit()->clear();
        const QString reason = QStringLiteral("I asked for my address to be corrected.");
        typeInto(dialog->reasonEdit(), reason);
        QVERIFY(!dialog->problemBanner()->isVisible());

        submitAndCheck(dialog, QJsonObject{{QStringLiteral("processing"),
                                            QJsonArray{suggestions.at(0), suggestions.at(2), own}},
                                           {QStringLiteral("reason"), reason}});
    }

    void objectToProcessingHoldsAtMostTwentyUses()
    {
        auto *dialog = startFlow<ObjectToProcessingDialog>(QStringLiteral("object"));
        QVERIFY(dialog);
        QCOMPARE(dialog->type(), QStringLiteral("object"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Object to processing"));
        checkAccessibleNames(dialog);
        checkTabOrder(dialog);
        typeInto(dialog->reasonEdit(), QStringLiteral("I do not want to be profiled."));
        QVERIFY(!dialog->submitButton()->isEnabled()); // no use ticked

        // Every suggestion, then uses of one's own up to 20.
        QListWidget *list = dialog->activityList();
        list->setFocus();
        for (int row = 0; row < list->count(); ++row) {
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
        }
        QLineEdit *other = dialog->newActivityEdit();
        for (int n = list->count(); n < ProcessingRequestDialog::kMaxActivities; ++n) {
            typeInto(other, QStringLiteral("Use %1").arg(n));
            QTest::keyClick(other, Qt::Key_Return);
        }
        QCOMPARE(dialog->chosenActivities().size(), ProcessingRequestDialog::kMaxActivities);
        typeInto(other, QStringLiteral("One use too many"));
        QVERIFY(!dialog->addButton()->isEnabled());
        QTest::keyClick(other, Qt::Key_Return);
        QCOMPARE(dialog->chosenActivities().size(), ProcessingRequestDialog::kMaxActivities);
        QVERIFY(dialog->submitButton()->isEnabled());

        // Back to one use: the request the server gets.
        other->clear();
        const QString kept = ProcessingRequestDialog::policyActivities().at(2);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text() != kept) {
                list->setCurrentRow(row);
                QTest::keyClick(list, Qt::Key_Space);
            }
        }
        QCOMPARE(dialog->chosenActivities(), QStringList{kept});
        submitAndCheck(dialog, QJsonObject{{QStringLiteral("processing"), QJsonArray{kept}},
                                           {QStringLiteral("reason"),
                                            QStringLiteral("I do not want to be profiled.")}});
    }

    // "Who else has my data": "Object to this…" on a row of the Data
    // locations page opens the objection about that row, and the server gets
    // a request naming it.
    void objectionFromADataLocationsRowIsAboutThatRow()
    {
        DataLocationsPage page(m_session.services());
        connect(&page, &DataLocationsPage::objectionRequested, m_flows,
                [this](const ObjectionTarget &target) { m_flows->objectTo(target); });
        QVERIFY(showAndActivate(&page, {1000, 800}));
        QTRY_VERIFY_WITH_TIMEOUT(page.holdersTree()->categoryCount() > 0, 30000);
        // The payment gateway's row under billing information.
        DataHoldersTree *tree = page.holdersTree();
        QTreeWidgetItem *row = nullptr;
        QString category;
        for (int i = 0; i < tree->topLevelItemCount() && !row; ++i) {
            QTreeWidgetItem *branch = tree->topLevelItem(i);
            for (int r = 0; r < branch->childCount(); ++r) {
                if (branch->child(r)->text(DataHoldersTree::NameColumn) ==
                        QLatin1String("Payment gateway") &&
                    branch->text(0).startsWith(QLatin1String("Billing information"))) {
                    row = branch->child(r);
                    category = QStringLiteral("billing information");
                }
            }
        }
        QVERIFY(row);
        const QString purpose = row->text(DataHoldersTree::PurposeColumn);
        QVERIFY(!page.objectButton()->isEnabled());
        tree->setFocus();
        tree->setCurrentItem(row);
        QVERIFY(page.objectButton()->isEnabled());
        QTest::mouseClick(page.objectButton(), Qt::LeftButton);

        auto *dialog = qobject_cast<ObjectToProcessingDialog *>(m_flows->currentDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const ObjectionTarget expected{QStringLiteral("Payment gateway"),
                                       ObjectionTarget::Kind::Processor, category, purpose};
        QVERIFY(dialog->target());
        QCOMPARE(*dialog->target(), expected);
        QVERIFY(dialog->targetLabel()->text().contains(QLatin1String("Payment gateway")));
        QVERIFY(dialog->targetLabel()->text().contains(category));
        // The row's use is ticked already: a reason is all it needs.
        const QString activity = ObjectToProcessingDialog::targetActivity(expected);
        QCOMPARE(dialog->chosenActivities(), QStringList{activity});
        QVERIFY(!dialog->submitButton()->isEnabled());
        checkAccessibleNames(dialog);
        typeInto(dialog->reasonEdit(), QStringLiteral("I pay another way now."));
        submitAndCheck(
            dialog,
            QJsonObject{{QStringLiteral("processing"), QJsonArray{activity}},
                        {QStringLiteral("reason"), QStringLiteral("I pay another way now.")},
                        {QStringLiteral("target"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Payment gateway")},
                                     {QStringLiteral("kind"), QStringLiteral("processor")},
                                     {QStringLiteral("data_category"), category},
                                     {QStringLiteral("purpose"), purpose}}}});
    }

    // The provider gets the policy's English words whatever the UI language.
    void processingSuggestionsAreSentInEnglish()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall =
            qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        auto *dialog = startFlow<ObjectToProcessingDialog>(QStringLiteral("object"));
        QVERIFY(dialog);
        QListWidget *list = dialog->activityList();
        const QStringList suggestions = ProcessingRequestDialog::policyActivities();
        QCOMPARE(list->count(), suggestions.size());
        for (int row = 0; row < list->count(); ++row)
            QCOMPARE(list->item(row)->text(), QStringLiteral("[id] ") + suggestions.at(row));
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(dialog->chosenActivities(), QStringList{suggestions.at(2)});
        // Typing a suggestion's English words ticks it rather than adding it twice.
        typeInto(dialog->newActivityEdit(), suggestions.at(0));
        QTest::keyClick(dialog->newActivityEdit(), Qt::Key_Return);
        QCOMPARE(list->count(), suggestions.size());
        QCOMPARE(dialog->chosenActivities(), (QStringList{suggestions.at(0), suggestions.at(2)}));
        QPointer<QDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(closed(guard));
    }

    void guardianRemoval()
    {
        auto *dialog = startFlow<GuardianRemovalDialog>(QStringLiteral("guardian_removal"));
        QVERIFY(dialog);
        checkAccessibleNames(dialog);
        checkTabOrder(dialog);
        // What the policy says about children's data.
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("under 13")));
        QVERIFY(dialog->consequenceLabel()->text().contains(QStringLiteral("guardian")));
        QVERIFY(!dialog->submitButton()->isEnabled());

        typeInto(dialog->guardianNameEdit(), QStringLiteral("Maria Santoso"));
        QComboBox *relation = dialog->relationBox();
        relation->setFocus();
        QTest::keyClick(relation, Qt::Key_Down);
        QCOMPARE(relation->currentData().toString(), QStringLiteral("legal_guardian"));
        typeInto(dialog->minorNameEdit(), QStringLiteral("Budi Santoso"));
        typeInto(dialog->statementEdit(), QStringLiteral("I am Budi's legal guardian; he is 12."));
        // No identifier yet.
        QVERIFY(!dialog->submitButton()->isEnabled());
        QVERIFY(dialog->problemBanner()->text().contains(QStringLiteral("at least one")));

        typeInto(dialog->minorEmailEdit(), QStringLiteral("not an email"));
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->minorEmailEdit()->clear();
        typeInto(dialog->minorEmailEdit(), QStringLiteral("budi.s@example.org"));
        QVERIFY(dialog->submitButton()->isEnabled());
        typeInto(dialog->minorPhoneEdit(), QStringLiteral("0812"));
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->minorPhoneEdit()->clear();
        // "+" and digits is not enough: no number starts with country code 1 and a 0.
        typeInto(dialog->minorPhoneEdit(), QStringLiteral("+10"));
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->minorPhoneEdit()->clear();
        typeInto(dialog->minorPhoneEdit(), QStringLiteral("+62 812-3456-7890"));
        QVERIFY(dialog->submitButton()->isEnabled());
        dialog->minorPhoneEdit()->clear();
        // Written as people write it, a local number read as dialled in the
        // user's country (as the profile form reads it), sent in E.164 form.
        const QLocale previousLocale;
        const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(previousLocale); });
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        typeInto(dialog->minorPhoneEdit(), QStringLiteral("0812-3456-7890"));
        QVERIFY2(dialog->submitButton()->isEnabled(), qPrintable(dialog->problemBanner()->text()));
        // Limits: names at most 200 characters, the statement 10000.
        QCOMPARE(dialog->guardianNameEdit()->maxLength(), GuardianRemovalDialog::kMaxName);
        QCOMPARE(dialog->minorNameEdit()->maxLength(), GuardianRemovalDialog::kMaxName);
        const QString statement = dialog->statementEdit()->toPlainText();
        dialog->statementEdit()->setPlainText(
            QString(GuardianRemovalDialog::kMaxStatement + 1, QLatin1Char('s')));
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->statementEdit()->setPlainText(statement);
        QVERIFY(dialog->submitButton()->isEnabled());

        submitAndCheck(
            dialog,
            QJsonObject{
                {QStringLiteral("guardian_name"), QStringLiteral("Maria Santoso")},
                {QStringLiteral("relation"), QStringLiteral("legal_guardian")},
                {QStringLiteral("minor"),
                 QJsonObject{{QStringLiteral("full_name"), QStringLiteral("Budi Santoso")},
                             {QStringLiteral("email"), QStringLiteral("budi.s@example.org")},
                             {QStringLiteral("phone"), QStringLiteral("+6281234567890")}}},
                {QStringLiteral("statement"), statement}});
    }

    void theChooserOpensEachFlow_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("className");
        QTest::newRow("restrict") << QStringLiteral("restrict")
                                  << QStringLiteral("pd::RestrictProcessingDialog");
        QTest::newRow("object") << QStringLiteral("object")
                                << QStringLiteral("pd::ObjectToProcessingDialog");
        QTest::newRow("guardian_removal")
            << QStringLiteral("guardian_removal") << QStringLiteral("pd::GuardianRemovalDialog");
        QTest::newRow("security_report") << QStringLiteral("security_report")
                                         << QStringLiteral("pd::ReportSecurityConcernDialog");
    }

    void theChooserOpensEachFlow()
    {
        QFETCH(QString, type);
        QFETCH(QString, className);
        auto *chooser = startFlow<OtherRequestsDialog>(QStringLiteral("other"));
        QVERIFY(chooser);
        checkAccessibleNames(chooser);
        QCommandLinkButton *choice = chooser->choiceButton(type);
        QVERIFY(choice);
        QCOMPARE(choice->description(), RequestFlows::explanation(type));
        QCOMPARE(choice->accessibleName(), RequestFlows::accessibleName(type));
        QPointer<QDialog> chooserGuard(chooser);
        QTest::mouseClick(choice, Qt::LeftButton);
        QDialog *flow = m_flows->currentDialog();
        QVERIFY(flow && flow != chooser);
        QCOMPARE(QString::fromLatin1(flow->metaObject()->className()), className);
        QVERIFY(QTest::qWaitForWindowExposed(flow));
        QVERIFY(closed(chooserGuard));
        QPointer<QDialog> guard(flow);
        flow->reject();
        QTRY_VERIFY(guard.isNull());
    }

    void securityReportFromTheChooser()
    {
        auto *chooser = startFlow<OtherRequestsDialog>(QStringLiteral("other"));
        QVERIFY(chooser);
        QTest::mouseClick(chooser->choiceButton(QStringLiteral("security_report")), Qt::LeftButton);
        auto *dialog = qobject_cast<ReportSecurityConcernDialog *>(m_flows->currentDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkAccessibleNames(dialog);
        checkTabOrder(dialog);
        QVERIFY(!dialog->submitButton()->isEnabled());

        QComboBox *category = dialog->categoryBox();
        category->setFocus();
        const int exposure = category->findData(QStringLiteral("data_exposure"));
        QVERIFY(exposure >= 0);
        while (category->currentIndex() < exposure)
            QTest::keyClick(category, Qt::Key_Down);
        dialog->descriptionEdit()->setPlainText(
            QString(ReportSecurityConcernDialog::kMaxDescription + 1, QLatin1Char('d')));
        QVERIFY(!dialog->submitButton()->isEnabled());
        dialog->descriptionEdit()->clear();
        const QString description = QStringLiteral("My messages appeared in a search engine.");
        typeInto(dialog->descriptionEdit(), description);
        // Diagnostics are shown when ticked, and not sent once unticked.
        dialog->diagnosticsBox()->setFocus();
        QTest::keyClick(dialog->diagnosticsBox(), Qt::Key_Space);
        QVERIFY(dialog->diagnosticsView()->isVisible());
        checkAccessibleNames(dialog);
        checkTabOrder(dialog);
        QTest::keyClick(dialog->diagnosticsBox(), Qt::Key_Space);
        QVERIFY(!dialog->diagnosticsView()->isVisible());

        submitAndCheck(dialog,
                       QJsonObject{{QStringLiteral("category"), QStringLiteral("data_exposure")},
                                   {QStringLiteral("description"), description}});
    }
};

QTEST_MAIN(TestGuiOtherRequests)
#include "tst_gui_other_requests.moc"
