// The document pages (personal data, devices, cookies, connected apps, data
// locations, privacy policy) driven through their real widgets against the
// reference backend, and checked against what the server itself answers.
#include "DataPagesSession.h"

#include "cache/DocumentCache.h"
#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "pages/ConnectedAppsPage.h"
#include "pages/CookiesPage.h"
#include "pages/DataLocationsPage.h"
#include "pages/DevicesPage.h"
#include "pages/PersonalDataPage.h"
#include "pages/PolicyPage.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/BillingCardsView.h"
#include "widgets/CookieConsentList.h"
#include "widgets/DataHoldersTree.h"
#include "widgets/FreshnessBar.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ProfileView.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/ThirdPartyRecordsView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace pd;
using namespace pd::test;

namespace {

QJsonArray itemsOf(const QJsonObject &object)
{
    return object.value(QLatin1String("items")).toArray();
}

QJsonObject findById(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestGuiDocuments : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    Tokens m_tokens; // the test's own session, to ask the server directly

    AppServices *services() const { return m_session.services(); }
    QJsonObject server(const QString &path) { return serverJson(m_server, m_tokens, path); }

    // Builds, shows and activates a page, and waits for its content.
    template <class P> std::unique_ptr<P> open()
    {
        auto page = std::make_unique<P>(services());
        if (!showAndActivate(page.get(), {1100, 800}))
            return nullptr;
        if (!QTest::qWaitFor([&] { return pageState(page.get()) == QLatin1String("content"); },
                             30000)) {
            qWarning() << "page state" << pageState(page.get()) << pageMessage(page.get());
            return nullptr;
        }
        return page;
    }

    void confirmWithPassword(ReauthenticateDialog *dialog)
    {
        QTest::keyClicks(dialog->passwordField()->lineEdit(), m_server.accounts().at(1).password);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    }

    // Answers the typed confirmation the page opened, as a keyboard user.
    static bool confirm(QWidget *page, const QString &word)
    {
        TypedConfirmationDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = page->findChild<TypedConfirmationDialog *>();
                    return dialog && dialog->isVisible();
                },
                5000))
            return false;
        if (dialog->actionButton()->isEnabled())
            return false; // must wait for the word
        QTest::keyClicks(dialog->input(), word);
        if (!dialog->actionButton()->isEnabled())
            return false;
        QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
        return true;
    }

    // The widgets Tab reaches on `page`, as a keyboard user moves through it.
    static QList<QWidget *> tabStops(QWidget *page)
    {
        QList<QWidget *> stops;
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page))
            return stops;
        page->setFocus();
        for (int i = 0; i < 200; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            if (stops.contains(focus))
                break; // went round
            stops.append(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return stops;
    }

    static int rowWith(const QTableWidget *table, int column, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->text().contains(text))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        QString error;
        QVERIFY2(m_session.startSignedIn(m_server, {}, 1, &error), qPrintable(error));
        m_tokens = m_server.signIn(m_server.accounts().at(1), QStringLiteral("tst_gui_documents"));
        QVERIFY(!m_tokens.accessToken.isEmpty());
    }

    void personalDataShowsWhatTheServerHolds()
    {
        const QJsonObject profile = server(QStringLiteral("/api/v1/profile"));
        const QJsonArray cards =
            server(QStringLiteral("/api/v1/billing")).value(QLatin1String("cards")).toArray();
        const qint64 records = server(QStringLiteral("/api/v1/third-party-records?limit=1"))
                                   .value(QLatin1String("total"))
                                   .toInteger();
        QVERIFY(!profile.isEmpty());

        auto page = open<PersonalDataPage>();
        QVERIFY(page);
        ProfileView *view = page->profileView();
        QCOMPARE(view->value(QStringLiteral("full_name"))->text(),
                 profile.value(QLatin1String("full_name")).toString());
        QCOMPARE(view->value(QStringLiteral("email"))->text(),
                 profile.value(QLatin1String("email")).toString());
        QCOMPARE(view->value(QStringLiteral("email_verified"))->text(),
                 profile.value(QLatin1String("email_verified")).toBool()
                     ? QStringLiteral("Verified")
                     : QStringLiteral("Not verified yet"));
        if (profile.value(QLatin1String("phone")).isString())
            QCOMPARE(view->value(QStringLiteral("phone"))->text(),
                     profile.value(QLatin1String("phone")).toString());
        if (profile.value(QLatin1String("mailing_address")).isObject()) {
            const QJsonObject address = profile.value(QLatin1String("mailing_address")).toObject();
            QVERIFY(view->value(QStringLiteral("mailing_address"))
                        ->text()
                        .startsWith(address.value(QLatin1String("line1")).toString()));
        }

        // Masked cards, never more than the last four digits.
        QTRY_COMPARE(page->billingView()->table()->rowCount(), int(cards.size()));
        for (int i = 0; i < cards.size(); ++i) {
            const QJsonObject card = cards.at(i).toObject();
            QCOMPARE(page->billingView()->table()->text(i, 1),
                     QStringLiteral("•••• ") + card.value(QLatin1String("last4")).toString());
            QCOMPARE(page->billingView()->table()->text(i, 3),
                     card.value(QLatin1String("holder_name")).toString());
        }

        // The first sync filled the cache: the records come from its model.
        QVERIFY(records > 0);
        QVERIFY(page->recordsView()->showsSyncedModel());
        QVERIFY(page->recordsView()->view()->model()->rowCount() > 0);

        // The request entry points only announce the flow.
        QSignalSpy requested(page.get(), &PersonalDataPage::requestFlowRequested);
        const QList<QPushButton *> buttons = page->findChildren<QPushButton *>();
        QPushButton *exportButton = nullptr;
        for (QPushButton *button : buttons) {
            if (button->accessibleName() == QLatin1String("Export my data"))
                exportButton = button;
        }
        QVERIFY(exportButton);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), QStringLiteral("export"));
        checkAccessibleNames(page.get());
    }

    void serverTextIsNeverInterpretedAsHtml()
    {
        // A name with markup in it, set on the server behind the app's back.
        const test::Reply current =
            m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken);
        const QString markup = QStringLiteral("<b>Bold</b> &amp; <i>Ann</i>");
        const test::Reply patched = m_server.request(
            "PATCH", QStringLiteral("/api/v1/profile"),
            QJsonDocument(QJsonObject{{QStringLiteral("full_name"), markup}}).toJson(),
            {{"content-type", "application/merge-patch+json"},
             {"if-match", current.header("etag")}},
            m_tokens.accessToken);
        QCOMPARE(patched.status, 200);

        auto page = open<PersonalDataPage>();
        QVERIFY(page);
        PlainTextLabel *name = page->profileView()->value(QStringLiteral("full_name"));
        QTRY_COMPARE(name->text(), markup);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        // Every label of the page reads its text as plain text.
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }

    void devicesListsTheSessionsAndRevokesOne()
    {
        const Tokens victim =
            m_server.signIn(m_server.accounts().at(1), QStringLiteral("Victim laptop"));
        QVERIFY(!victim.accessToken.isEmpty());
        const QJsonArray sessions = itemsOf(server(QStringLiteral("/api/v1/auth/sessions")));

        auto page = open<DevicesPage>();
        QVERIFY(page);
        QTableWidget *table = page->table();
        QCOMPARE(table->rowCount(), int(sessions.size()));
        const int current = rowWith(table, 0, QStringLiteral("(this device)"));
        QVERIFY(current >= 0);
        QVERIFY(table->item(current, 0)->text().contains(QStringLiteral("tst_gui_data_pages")));
        const int row = rowWith(table, 0, QStringLiteral("Victim laptop"));
        QVERIFY(row >= 0);
        const QJsonObject victimSession = findById(sessions, victim.sessionId);
        QCOMPARE(table->item(row, 2)->text(),
                 victimSession.value(QLatin1String("ip_address")).toString());
        checkAccessibleNames(page.get());

        // The current session cannot be revoked from here.
        QPushButton *revoke = nullptr;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Revoke the selected session"))
                revoke = button;
        }
        QVERIFY(revoke);
        table->selectRow(current);
        QVERIFY(!revoke->isEnabled());
        table->setFocus();
        table->selectRow(row);
        QVERIFY(revoke->isEnabled());
        const QList<QWidget *> stops = tabStops(page.get());
        QVERIFY(stops.contains(table));
        QVERIFY(stops.contains(revoke));
        // Keyboard only: Space on the focused button opens the confirmation.
        revoke->setFocus();
        QTest::keyClick(revoke, Qt::Key_Space);
        QVERIFY(confirm(page.get(), QStringLiteral("revoke")));
        // Ending another device's session needs a recent re-authentication:
        // the page asks to confirm it is you. Declined, nothing is revoked.
        QTRY_VERIFY_WITH_TIMEOUT(visibleChild<ReauthenticateDialog>(page.get()), 15000);
        checkAccessibleNames(visibleChild<ReauthenticateDialog>(page.get()));
        QTest::keyClick(visibleChild<ReauthenticateDialog>(page.get()), Qt::Key_Escape);
        auto *status = page->findChild<ActionStatusBar *>();
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("not signed out")), 15000);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/profile"), victim.accessToken).status, 200);

        // Confirmed with the password, the revocation is sent again.
        table->selectRow(row);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(confirm(page.get(), QStringLiteral("revoke")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleChild<ReauthenticateDialog>(page.get()), 15000);
        confirmWithPassword(visibleChild<ReauthenticateDialog>(page.get()));

        QTRY_VERIFY_WITH_TIMEOUT(
            findById(itemsOf(server(QStringLiteral("/api/v1/auth/sessions"))), victim.sessionId)
                .isEmpty(),
            15000);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/profile"), victim.accessToken).status, 401);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), int(sessions.size()) - 1, 15000);
        QCOMPARE(rowWith(table, 0, QStringLiteral("Victim laptop")), -1);
    }

    void cookiesToggleConsentOnTheServer()
    {
        const QJsonArray cookies = itemsOf(server(QStringLiteral("/api/v1/cookies")));
        QString optional;
        QString required;
        for (const QJsonValue &value : cookies) {
            const QJsonObject cookie = value.toObject();
            if (cookie.value(QLatin1String("required")).toBool())
                required = cookie.value(QLatin1String("id")).toString();
            else if (cookie.value(QLatin1String("consent")).toBool() && optional.isEmpty())
                optional = cookie.value(QLatin1String("id")).toString();
        }
        QVERIFY(!optional.isEmpty() && !required.isEmpty());

        auto page = open<CookiesPage>();
        QVERIFY(page);
        // The policy's warning stands above the list.
        bool warned = false;
        for (const NoticeBanner *banner : page->findChildren<NoticeBanner *>()) {
            warned =
                warned || (banner->isVisible() && banner->kind() == NoticeBanner::Kind::Warning &&
                           banner->text().contains(QStringLiteral("loss of functionality")));
        }
        QVERIFY(warned);
        QCOMPARE(page->list()->ids().size(), cookies.size());
        QCheckBox *requiredBox = page->list()->checkBox(required);
        QVERIFY(requiredBox->isChecked());
        QVERIFY(!requiredBox->isEnabled());
        checkAccessibleNames(page.get());

        // Off with the keyboard.
        QCheckBox *box = page->list()->checkBox(optional);
        QVERIFY(box->isChecked() && box->isEnabled());
        QVERIFY(tabStops(page.get()).contains(box));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(
            !findById(itemsOf(server(QStringLiteral("/api/v1/cookies"))), optional)
                 .value(QLatin1String("consent"))
                 .toBool(),
            15000);
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        // ...and the cached copy holds the new state too.
        const QJsonArray cached =
            itemsOf(services()->documents()->cached(QStringLiteral("cookies"))->json.object());
        QCOMPARE(findById(cached, optional).value(QLatin1String("consent")).toBool(), false);

        // On again.
        QTest::keyClick(box, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(
            findById(itemsOf(server(QStringLiteral("/api/v1/cookies"))), optional)
                .value(QLatin1String("consent"))
                .toBool(),
            15000);
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(box->isChecked());
    }

    void connectedAppsRevokeAnAuthorization()
    {
        const QJsonObject before = server(QStringLiteral("/api/v1/google-authorizations"));
        const QJsonArray items = itemsOf(before);
        QVERIFY(!items.isEmpty());

        auto page = open<ConnectedAppsPage>();
        QVERIFY(page);
        QCOMPARE(page->limitedUseLabel()->text(),
                 before.value(QLatin1String("limited_use_statement")).toString());
        QCOMPARE(page->limitedUseLabel()->textFormat(), Qt::PlainText);
        QTableWidget *table = page->table();
        QCOMPARE(table->rowCount(), int(items.size()));
        const QString client =
            items.at(0).toObject().value(QLatin1String("client_name")).toString();
        const QString id = items.at(0).toObject().value(QLatin1String("id")).toString();
        const int row = rowWith(table, 0, client);
        QVERIFY(row >= 0);
        checkAccessibleNames(page.get());

        table->setFocus();
        table->selectRow(row);
        QPushButton *revoke = nullptr;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Revoke the selected app's access"))
                revoke = button;
        }
        QVERIFY(revoke);
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(confirm(page.get(), QStringLiteral("revoke")));
        QTRY_VERIFY_WITH_TIMEOUT(
            findById(itemsOf(server(QStringLiteral("/api/v1/google-authorizations"))), id)
                .isEmpty(),
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), int(items.size()) - 1, 15000);
    }

    void dataLocationsShowRegionsAndWhoElseHasTheData()
    {
        const QJsonObject locations = server(QStringLiteral("/api/v1/data-locations"));
        const QJsonObject sharing = server(QStringLiteral("/api/v1/sharing"));
        auto page = open<DataLocationsPage>();
        QVERIFY(page);
        const QJsonArray regions = locations.value(QLatin1String("regions")).toArray();
        QCOMPARE(page->regionsTable()->rowCount(), int(regions.size()));
        for (int i = 0; i < regions.size(); ++i) {
            const QJsonObject region = regions.at(i).toObject();
            QCOMPARE(page->regionsTable()->text(i, 0),
                     region.value(QLatin1String("name")).toString());
            QCOMPARE(page->regionsTable()->text(i, 2),
                     region.value(QLatin1String("provider")).toString());
            QCOMPARE(page->regionsTable()->text(i, 3) == QLatin1String("Main server"),
                     region.value(QLatin1String("primary")).toBool());
        }
        // Who else has the data, by category: every processor and recipient
        // under each category it receives, with its purpose and date.
        const QJsonArray processors = locations.value(QLatin1String("processors")).toArray();
        const QJsonArray recipients = sharing.value(QLatin1String("recipients")).toArray();
        QMap<QString, QStringList> expected; // category -> names
        for (const QJsonArray &rows : {processors, recipients}) {
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                for (const QJsonValue &category :
                     row.value(QLatin1String("data_categories")).toArray())
                    expected[category.toString()].append(
                        row.value(QLatin1String("name")).toString());
            }
        }
        QVERIFY(expected.size() >= 4);
        DataHoldersTree *tree = page->holdersTree();
        QCOMPARE(tree->categoryCount(), int(expected.size()));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *branch = tree->topLevelItem(i);
            QString category;
            for (const QString &key : expected.keys()) {
                if (branch->text(0).startsWith(DataHoldersTree::categoryTitle(key)))
                    category = key;
            }
            QVERIFY2(!category.isEmpty(), qPrintable(branch->text(0)));
            QVERIFY(branch->isExpanded());
            QStringList names;
            for (int r = 0; r < branch->childCount(); ++r)
                names.append(branch->child(r)->text(DataHoldersTree::NameColumn));
            QStringList want = expected.value(category);
            want.sort();
            names.sort();
            QCOMPARE(names, want);
        }
        // A dated row shows its date in the user's locale; the page is whole
        // with nothing chosen, and its objection waits for a row.
        QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
        const QJsonObject firstRow = [&] {
            for (const QJsonArray &rows : {processors, recipients}) {
                for (const QJsonValue &value : rows) {
                    if (value.toObject().value(QLatin1String("name")).toString() ==
                        first->text(DataHoldersTree::NameColumn))
                        return value.toObject();
                }
            }
            return QJsonObject();
        }();
        const QDate since =
            QDate::fromString(firstRow.value(QLatin1String("since")).toString(), Qt::ISODate);
        if (since.isValid())
            QCOMPARE(first->text(DataHoldersTree::SinceColumn),
                     QLocale().toString(since, QLocale::ShortFormat));
        QCOMPARE(first->text(DataHoldersTree::PurposeColumn),
                 firstRow.value(QLatin1String("purpose")).toString());
        QVERIFY(!page->objectButton()->isEnabled());
        tree->setCurrentItem(first);
        QVERIFY(page->objectButton()->isEnabled());
        QVERIFY(page->holderDetailLabel()->text().contains(
            firstRow.value(QLatin1String("purpose")).toString()));
        // The tree is as tall as its rows: nothing is hidden in the scrolled page.
        QTreeWidgetItem *lastBranch = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QTreeWidgetItem *last = lastBranch->child(lastBranch->childCount() - 1);
        QVERIFY(tree->visualItemRect(last).bottom() < tree->viewport()->height());
        QCOMPARE(page->statementLabel()->text(),
                 sharing.value(QLatin1String("statement")).toString());
        QVERIFY(
            page->statementLabel()->text().contains(QStringLiteral("do not share, rent, sell")));
        QCOMPARE(page->noteLabel()->text(), locations.value(QLatin1String("note")).toString());
        checkAccessibleNames(page.get());
    }

    void policyShowsPlainTextAndIsAcknowledged()
    {
        const QJsonObject policy = server(QStringLiteral("/api/v1/policy"));
        QVERIFY(!policy.value(QLatin1String("acknowledged")).toBool());
        const QString version = policy.value(QLatin1String("version")).toString();

        auto page = open<PolicyPage>();
        QVERIFY(page);
        QCOMPARE(page->textView()->toPlainText(), policy.value(QLatin1String("text")).toString());
        QVERIFY(page->textView()->isReadOnly());
        QVERIFY(page->versionLabel()->text().contains(version));
        QVERIFY(page->versionNotice()->isVisible());
        QVERIFY(page->versionNotice()->text().contains(version));
        checkAccessibleNames(page.get());

        QVERIFY(page->acknowledgeButton()->isEnabled());
        QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            server(QStringLiteral("/api/v1/policy")).value(QLatin1String("acknowledged")).toBool(),
            15000);
        QCOMPARE(server(QStringLiteral("/api/v1/policy"))
                     .value(QLatin1String("acknowledged_version"))
                     .toString(),
                 version);
        QTRY_VERIFY(!page->versionNotice()->isVisible());
        QVERIFY(!page->acknowledgeButton()->isEnabled());
    }

    void offlineShowsTheCachedCopy()
    {
        // Filled by the earlier tests; now the server cannot be reached.
        QVERIFY(services()->documents()->cached(QStringLiteral("policy")));
        services()->documents()->setApiClient(nullptr);
        auto page = std::make_unique<PolicyPage>(services());
        page->show();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->activate();
        QCOMPARE(pageState(page.get()), QStringLiteral("content")); // at once
        QVERIFY(!page->textView()->toPlainText().isEmpty());
        FreshnessBar *bar = page->findChild<FreshnessBar *>();
        QTRY_VERIFY(bar->statusText().startsWith(QStringLiteral("Could not refresh")));
        services()->documents()->setApiClient(services()->api());

        // F5 refreshes.
        page->textView()->setFocus();
        QTest::keyClick(page->textView(), Qt::Key_F5);
        QVERIFY(bar->statusText().startsWith(QStringLiteral("Refreshing")));
        QTRY_VERIFY(bar->statusText().startsWith(QStringLiteral("Updated")));
    }

    void signOutEverywhereElse()
    {
        const Tokens other =
            m_server.signIn(m_server.accounts().at(1), QStringLiteral("Old phone"));
        auto page = open<DevicesPage>();
        QVERIFY(page);
        QTRY_VERIFY(rowWith(page->table(), 0, QStringLiteral("Old phone")) >= 0);
        QPushButton *everywhere = nullptr;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Sign out everywhere else"))
                everywhere = button;
        }
        QVERIFY(everywhere && everywhere->isEnabled());
        QTest::mouseClick(everywhere, Qt::LeftButton);
        QVERIFY(confirm(page.get(), QStringLiteral("sign out")));
        // Re-authenticated by the revocation above; should that be more than
        // 5 minutes ago, the page asks again.
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleChild<ReauthenticateDialog>(page.get()) ||
                m_server.get(QStringLiteral("/api/v1/profile"), other.accessToken).status == 401,
            15000);
        if (ReauthenticateDialog *reauth = visibleChild<ReauthenticateDialog>(page.get()))
            confirmWithPassword(reauth);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server.get(QStringLiteral("/api/v1/profile"), other.accessToken).status, 401, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 1, 15000);
        QVERIFY(page->table()->item(0, 0)->text().contains(QStringLiteral("(this device)")));
        // The app's own session goes on.
        QVERIFY(services()->api());
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken).status, 401);
    }
};

QTEST_MAIN(TestGuiDocuments)
#include "tst_gui_documents.moc"
